using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;

namespace Copywise.Crawl;

/// <summary>One page the crawl visited: extracted and ready for analysis, or the one-line reason it is not.</summary>
/// <param name="Url">The URL as queued.</param>
/// <param name="FinalUrl">The URL after redirects.</param>
/// <param name="Status">The HTTP status (0 when none).</param>
/// <param name="Page">The extracted page; null when it could not be read. A page with a <paramref name="Problem"/> (a
/// duplicate) still lends its links to the crawl but is not analysed.</param>
/// <param name="Problem">What went wrong, or why the page is skipped; null for a page to analyse.</param>
/// <param name="LastModified">The sitemap's <c>lastmod</c>, when the page came from one.</param>
public sealed record CrawledPage(Uri Url, Uri FinalUrl, int Status, ExtractedPage? Page, string? Problem, DateTimeOffset? LastModified = null)
{
    /// <summary>True when robots.txt kept the crawl from asking for the page (it may well exist).</summary>
    public bool Disallowed { get; init; }

    /// <summary>True when the address answered with something other than an HTML page (a PDF, an image, a feed): a file, not a page to audit.</summary>
    public bool NotHtml { get; init; }

    /// <summary>True when no answer came for the page: its host could not be reached or refused, or the request timed out.</summary>
    public bool Unreachable => Status == 0 && Page is null && !Disallowed;
}

/// <summary>
/// Reads a site as a search engine does: from its sitemaps, or breadth first from a start URL along links on the same
/// site (scheme and <c>www.</c> ignored, fragments dropped, queries kept, canonical URLs honoured), up to a page limit.
/// Polite: robots.txt (our agent's group, else <c>*</c>; Allow/Disallow; Crawl-delay), a per-host concurrency limit and
/// delay, retries that honour Retry-After. Safe: see <see cref="Fetcher"/> and <see cref="AddressGuard"/>.
/// </summary>
public sealed class SiteCrawler : IDisposable
{
    private readonly CrawlOptions _options;
    private readonly Fetcher _fetcher;
    private readonly ConcurrentDictionary<string, Lazy<Task<HostPolicy>>> _hosts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, HostGate> _gates = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _notes = new();

    static SiteCrawler() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Creates a crawler; <paramref name="handler"/> replaces the guarded HTTP handler (tests only).</summary>
    public SiteCrawler(CrawlOptions options, HttpMessageHandler? handler = null)
    {
        options.Validate();
        _options = options;
        _fetcher = new Fetcher(options, handler, (url, ct) => Gate(url).EnterAsync(ct));
    }

    /// <summary>Site-wide remarks gathered on the way (unreadable sitemaps, robots.txt trouble).</summary>
    public IReadOnlyCollection<string> Notes => _notes;

    /// <summary>Crawls from <paramref name="start"/>, yielding pages as they are read.</summary>
    public async IAsyncEnumerable<CrawledPage> CrawlAsync(Uri start, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!SiteUrl.IsWeb(start)) throw new ArgumentException("the start URL must be an absolute http or https URL");
        var frontier = new Queue<(Uri Url, DateTimeOffset? LastModified)>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { SiteUrl.Key(start) };
        frontier.Enqueue((start, null));
        await foreach (var page in RunAsync(frontier, follow: true, start, seen, cancellationToken).ConfigureAwait(false))
            yield return page;
    }

    /// <summary>
    /// Reads the pages a sitemap (or sitemap index, recursively) lists on its own site; with
    /// <paramref name="changedSince"/>, pages whose <c>lastmod</c> is not newer are skipped.
    /// </summary>
    public async IAsyncEnumerable<CrawledPage> SitemapAsync(Uri sitemap, DateTimeOffset? changedSince = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var entries = await ReadSitemapAsync(sitemap, cancellationToken).ConfigureAwait(false);
        var changed = entries.Where(e => changedSince is not { } since || e.LastModified is not { } modified || modified > since).ToList();
        if (changed.Count < entries.Count) _notes.Enqueue($"{entries.Count - changed.Count} sitemap pages unchanged since the last run were skipped.");
        await foreach (var page in ReadPagesAsync(changed, sitemap, cancellationToken).ConfigureAwait(false))
            yield return page;
    }

    /// <summary>
    /// Reads a sitemap (or sitemap index, recursively) without visiting its pages: the pages it lists on its own site,
    /// each once, in the order listed. Throws <see cref="CrawlException"/> when the sitemap itself cannot be read.
    /// </summary>
    public async Task<IReadOnlyList<SitemapEntry>> ReadSitemapAsync(Uri sitemap, CancellationToken cancellationToken = default)
    {
        if (!SiteUrl.IsWeb(sitemap)) throw new ArgumentException("the sitemap URL must be an absolute http or https URL");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return (await ReadSitemapsAsync(sitemap, cancellationToken).ConfigureAwait(false))
            .Where(e => SiteUrl.SameSite(e.Url, sitemap) && seen.Add(SiteUrl.Key(e.Url)))
            .ToList();
    }

    /// <summary>
    /// Reads the given pages (up to the page limit) without following their links: a sitemap's pages, or the part of
    /// them that changed. Pages off <paramref name="site"/> are left out.
    /// </summary>
    public async IAsyncEnumerable<CrawledPage> ReadPagesAsync(IEnumerable<SitemapEntry> entries, Uri site, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var frontier = new Queue<(Uri, DateTimeOffset?)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (frontier.Count >= _options.MaxPages) break;
            if (SiteUrl.SameSite(entry.Url, site) && seen.Add(SiteUrl.Key(entry.Url))) frontier.Enqueue((entry.Url, entry.LastModified));
        }
        await foreach (var page in RunAsync(frontier, follow: false, site, seen, cancellationToken).ConfigureAwait(false))
            yield return page;
    }

    /// <summary>
    /// Why the crawl would not ask for <paramref name="url"/>: its host cannot be reached (or is a refused address), or
    /// robots.txt disallows it; null when it would. Reads the host's robots.txt once.
    /// </summary>
    public async Task<string?> RefusalAsync(Uri url, CancellationToken cancellationToken = default)
    {
        var host = await HostAsync(url, cancellationToken).ConfigureAwait(false);
        return host.Unreachable ?? (host.Robots.IsAllowed(url) ? null : Disallowed);
    }

    private const string Disallowed = "disallowed by robots.txt";

    private async Task<List<SitemapEntry>> ReadSitemapsAsync(Uri root, CancellationToken cancellationToken)
    {
        var pages = new List<SitemapEntry>();
        var queue = new Queue<(Uri Url, int Depth)>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { root.AbsoluteUri };
        queue.Enqueue((root, 0));
        int read = 0;
        while (queue.Count > 0 && read < _options.MaxSitemaps)
        {
            var (url, depth) = queue.Dequeue();
            read++;
            var result = await _fetcher.GetAsync(url, _ => true, cancellationToken).ConfigureAwait(false);
            if (!result.Ok || result.Truncated)
            {
                _notes.Enqueue($"sitemap {url}: {result.Problem ?? "cut off"}");
                if (url == root) throw new CrawlException($"cannot read the sitemap {url}: {result.Problem ?? "too large"}");
                continue;
            }
            Sitemap.Content content;
            try { content = Sitemap.Parse(result.Body!, result.FinalUrl); }
            catch (FormatException e)
            {
                if (url == root) throw new CrawlException($"{url} is {e.Message}");
                _notes.Enqueue($"sitemap {url}: {e.Message}");
                continue;
            }
            pages.AddRange(content.Pages);
            foreach (var child in content.Sitemaps)
                if (depth < 3 && seen.Add(child.Url.AbsoluteUri)) queue.Enqueue((child.Url, depth + 1));
        }
        return pages;
    }

    private async IAsyncEnumerable<CrawledPage> RunAsync(Queue<(Uri Url, DateTimeOffset? LastModified)> frontier, bool follow, Uri site, HashSet<string> seen,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Every page queued counts towards the limit, whether it is read or fails.
        int scheduled = frontier.Count;
        var running = new List<Task<CrawledPage>>();
        while (frontier.Count > 0 || running.Count > 0)
        {
            while (running.Count < _options.Concurrency && frontier.Count > 0)
            {
                var (url, lastModified) = frontier.Dequeue();
                running.Add(VisitAsync(url, lastModified, site, seen, cancellationToken));
            }
            var done = await Task.WhenAny(running).ConfigureAwait(false);
            running.Remove(done);
            var page = await done.ConfigureAwait(false);
            yield return page;
            if (!follow || page.Page is null) continue;
            var next = page.Page?.Links ?? [];
            if (page.Page?.Canonical is { } canonical) next = [canonical, .. next];
            foreach (var link in next)
            {
                if (scheduled >= _options.MaxPages) break;
                if (!SiteUrl.SameSite(link, site)) continue;
                lock (seen) { if (!seen.Add(SiteUrl.Key(link))) continue; }
                frontier.Enqueue((link, null));
                scheduled++;
            }
        }
    }

    private async Task<CrawledPage> VisitAsync(Uri url, DateTimeOffset? lastModified, Uri site, HashSet<string> seen, CancellationToken cancellationToken)
    {
        var host = await HostAsync(url, cancellationToken).ConfigureAwait(false);
        if (host.Unreachable is { } reason) return new CrawledPage(url, url, 0, null, reason, lastModified);
        if (!host.Robots.IsAllowed(url)) return new CrawledPage(url, url, 0, null, Disallowed, lastModified) { Disallowed = true };
        var result = await _fetcher.GetAsync(url, IsHtml, cancellationToken).ConfigureAwait(false);
        if (result.Body is null && result.Status is >= 200 and < 300 && !IsHtml(result.ContentType))
            return new CrawledPage(url, result.FinalUrl, result.Status, null, result.Problem ?? "not HTML", lastModified) { NotHtml = true };
        if (result.Body is null || result.Problem is not null && !result.Truncated)
            return new CrawledPage(url, result.FinalUrl, result.Status, null, result.Problem ?? "no body", lastModified);
        if (result.Truncated) return new CrawledPage(url, result.FinalUrl, result.Status, null, result.Problem, lastModified);
        if (!SiteUrl.SameSite(result.FinalUrl, site)) return new CrawledPage(url, result.FinalUrl, result.Status, null, $"redirects off the site to {result.FinalUrl}", lastModified);

        var html = Decode(result.Body, result.Charset);
        var page = PageExtractor.Extract(result.FinalUrl, html, _options.KeyphraseMeta);
        string finalKey = SiteUrl.Key(result.FinalUrl);
        if (finalKey != SiteUrl.Key(url))
        {
            lock (seen)
            {
                if (!seen.Add(finalKey)) return new CrawledPage(url, result.FinalUrl, result.Status, page, "redirects to a page already read", lastModified);
            }
        }
        if (page.Canonical is { } canonical && SiteUrl.SameSite(canonical, site) && SiteUrl.Key(canonical) != finalKey)
            return new CrawledPage(url, result.FinalUrl, result.Status, page, $"duplicate: its canonical URL is {canonical}", lastModified);
        return new CrawledPage(url, result.FinalUrl, result.Status, page, null, lastModified);
    }

    private static bool IsHtml(string? media) => media is null or "text/html" or "application/xhtml+xml";

    private static string Decode(byte[] body, string? charset)
    {
        Encoding encoding = new UTF8Encoding(false);
        var name = charset?.Trim('"', ' ');
        if (string.IsNullOrEmpty(name))
        {
            // <meta charset> in the first kilobyte, as browsers look for it.
            var head = Encoding.ASCII.GetString(body, 0, Math.Min(body.Length, 1024));
            var m = System.Text.RegularExpressions.Regex.Match(head, "charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-:.]+)", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
            if (m.Success) name = m.Groups[1].Value;
        }
        if (!string.IsNullOrEmpty(name))
        {
            try { encoding = Encoding.GetEncoding(name); }
            catch (ArgumentException) { }
        }
        return encoding.GetString(body);
    }

    private Task<HostPolicy> HostAsync(Uri url, CancellationToken cancellationToken)
    {
        var authority = url.GetLeftPart(UriPartial.Authority);
        return _hosts.GetOrAdd(authority, a => new Lazy<Task<HostPolicy>>(() => LoadHostAsync(new Uri(a), cancellationToken))).Value;
    }

    private async Task<HostPolicy> LoadHostAsync(Uri authority, CancellationToken cancellationToken)
    {
        var result = await _fetcher.GetAsync(new Uri(authority, "/robots.txt"), _ => true, cancellationToken).ConfigureAwait(false);
        if (result.Refused) return new HostPolicy(RobotsTxt.DisallowAll, result.Problem);
        // No answer at all (DNS failure, connection refused, timeout): the host cannot be crawled, and saying why beats "disallowed".
        if (result.Status == 0) return new HostPolicy(RobotsTxt.DisallowAll, $"cannot reach {authority.Host}: {result.Problem}");
        RobotsTxt robots;
        if (result.Ok) robots = RobotsTxt.Parse(Encoding.UTF8.GetString(result.Body!), _options.UserAgent);
        else if (result.Status is >= 400 and < 500) robots = RobotsTxt.AllowAll;
        else
        {
            // RFC 9309: when robots.txt cannot be read for a server or network reason, assume everything is disallowed.
            robots = RobotsTxt.DisallowAll;
            _notes.Enqueue($"{authority.Host}: robots.txt unreadable ({result.Problem}); nothing is crawled there.");
        }
        if (robots.CrawlDelay is { } d && d > _options.Delay) Gate(authority).Delay = d;
        return new HostPolicy(robots, null);
    }

    /// <inheritdoc/>
    public void Dispose() => _fetcher.Dispose();

    private HostGate Gate(Uri url) => _gates.GetOrAdd(url.GetLeftPart(UriPartial.Authority), _ => new HostGate(_options.Concurrency, _options.Delay));

    // A host's robots rules, or why it cannot be reached at all.
    private sealed record HostPolicy(RobotsTxt Robots, string? Unreachable);

    // The per-host concurrency limit and the pause between two requests to the host (raised by Crawl-delay). With a
    // delay, requests to the host go one at a time and the pause runs from the end of the previous one, so the spacing
    // holds at the server however long a connection takes to open.
    private sealed class HostGate(int concurrency, TimeSpan delay)
    {
        private readonly SemaphoreSlim _slots = new(concurrency);
        private readonly SemaphoreSlim _serial = new(1);
        private readonly Lock _gate = new();
        private DateTime _next = DateTime.MinValue;

        public TimeSpan Delay { get; set; } = delay;

        public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
        {
            await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            if (Delay <= TimeSpan.Zero) return new Slot(this, serial: false);
            try
            {
                await _serial.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                _slots.Release();
                throw;
            }
            try
            {
                TimeSpan wait;
                lock (_gate) wait = _next - DateTime.UtcNow;
                if (wait > TimeSpan.Zero) await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                _serial.Release();
                _slots.Release();
                throw;
            }
            return new Slot(this, serial: true);
        }

        private void Exit(bool serial)
        {
            if (serial)
            {
                lock (_gate) _next = DateTime.UtcNow + Delay;
                _serial.Release();
            }
            _slots.Release();
        }

        private sealed class Slot(HostGate gate, bool serial) : IDisposable
        {
            private int _released;
            public void Dispose() { if (Interlocked.Exchange(ref _released, 1) == 0) gate.Exit(serial); }
        }
    }
}

/// <summary>A crawl that cannot start (an unreadable sitemap, a bad start URL).</summary>
public sealed class CrawlException(string message) : Exception(message);
