using System.Runtime.CompilerServices;
using Copywise.Crawl;
using Copywise.Documents;

namespace Copywise.Audit;

/// <summary>
/// The pages of a live site, for an audit: crawled from a start URL along the site's links, or listed by its sitemap.
/// A page is known by its URL (after redirects); the keys of every URL it answers to (as asked for, after redirects,
/// its canonical URL) let links find it. A page that cannot be read comes with its problem; one that answered 404 or
/// 410, or nothing at all, is missing, so links to it are broken. A page whose canonical URL is another page, or that
/// redirects to a page already read, is that other page and is not audited twice; a page robots.txt disallows is left
/// out.
/// </summary>
/// <remarks>
/// Opening the source reaches the site (the start page, or the sitemap and robots.txt) before anything is stored, so a
/// site that cannot be read fails at once with nothing half-written.
/// </remarks>
public sealed class WebSource : PageSource, IDisposable
{
    private readonly SiteCrawler _crawler;
    private readonly CrawlOptions _options;
    private readonly Uri _url;
    private readonly CancellationTokenSource _cancel = new();
    // A crawl: started, its first page read. A sitemap: the pages it lists.
    private IAsyncEnumerator<CrawledPage>? _crawl;
    private IReadOnlyList<SitemapEntry>? _entries;
    private bool _skipUnchanged;

    private WebSource(Uri url, CrawlOptions options)
    {
        _url = url;
        _options = options;
        _crawler = new SiteCrawler(options);
        Root = url.GetLeftPart(UriPartial.Authority) + "/";
    }

    /// <summary>The site's address (scheme, host and port): the run's root.</summary>
    public override string Root { get; }

    /// <summary>The sitemap's pages (up to the page limit); unknown for a crawl.</summary>
    public override int? Count => _entries is null ? null : Math.Min(_entries.Count, _options.MaxPages);

    /// <summary>False: pages the crawl did not reach may exist.</summary>
    public override bool Complete => false;

    /// <summary>The site's own runs.</summary>
    public override string? HistoryRoot => Root;

    /// <summary>Remarks gathered while reading (sitemaps or robots.txt that could not be read).</summary>
    public IReadOnlyCollection<string> Notes => _files == 0
        ? _crawler.Notes
        : [.. _crawler.Notes, $"{_files} linked address{(_files == 1 ? " was a file" : "es were files")} (not HTML: PDF, images, feeds…), skipped."];

    // Addresses that answered with something other than a page.
    private int _files;

    /// <summary>Starts a crawl from <paramref name="start"/> and reads the start page.</summary>
    /// <exception cref="CopywiseInputException">The start page cannot be read: the host cannot be reached or is a refused address, robots.txt disallows it, or it answers with an error.</exception>
    public static async Task<WebSource> CrawlAsync(Uri start, CrawlOptions options, CancellationToken cancellationToken = default)
    {
        var source = new WebSource(start, options);
        try
        {
            source._crawl = source._crawler.CrawlAsync(start, source._cancel.Token).GetAsyncEnumerator(source._cancel.Token);
            using (cancellationToken.Register(source._cancel.Cancel))
            {
                // The start page always comes first: it is the only page queued until it is read.
                await source._crawl.MoveNextAsync().ConfigureAwait(false);
            }
            var first = source._crawl.Current;
            if (first.Page is null) throw new CopywiseInputException($"cannot audit {start}: {first.Problem}");
            return source;
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    /// <summary>Reads the sitemap at <paramref name="sitemap"/> (an index too) and checks that its pages may be read.</summary>
    /// <param name="sitemap">The sitemap's URL.</param>
    /// <param name="options">The crawl's limits and manners.</param>
    /// <param name="skipUnchanged">Skip pages whose <c>lastmod</c> is not newer than the previous complete run of the site, reusing their analysis.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <exception cref="CopywiseInputException">The sitemap cannot be read, lists no page of its site, or none of them may be read.</exception>
    public static async Task<WebSource> SitemapAsync(Uri sitemap, CrawlOptions options, bool skipUnchanged, CancellationToken cancellationToken = default)
    {
        var source = new WebSource(sitemap, options) { _skipUnchanged = skipUnchanged };
        try
        {
            IReadOnlyList<SitemapEntry> entries;
            try { entries = await source._crawler.ReadSitemapAsync(sitemap, cancellationToken).ConfigureAwait(false); }
            catch (CrawlException e) { throw new CopywiseInputException(e.Message); }
            if (entries.Count == 0) throw new CopywiseInputException($"the sitemap {sitemap} lists no page of its site");
            // robots.txt or an unreachable host may refuse the whole site; one readable page is enough to go on.
            string? refusal = null;
            foreach (var entry in entries.Take(options.MaxPages))
            {
                refusal = await source._crawler.RefusalAsync(entry.Url, cancellationToken).ConfigureAwait(false);
                if (refusal is null) break;
            }
            if (refusal is not null) throw new CopywiseInputException($"no page of the sitemap {sitemap} can be read: {refusal}");
            source._entries = entries;
            return source;
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    public override async IAsyncEnumerable<SourcePage> ReadAsync(AuditHistory history, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = cancellationToken.Register(_cancel.Cancel);
        if (_crawl is { } crawl)
        {
            do
            {
                if (Page(crawl.Current) is { } page) yield return page;
            }
            while (await crawl.MoveNextAsync().ConfigureAwait(false));
            yield break;
        }
        var read = new List<SitemapEntry>();
        foreach (var entry in _entries!.Take(_options.MaxPages))
        {
            // Unchanged since the site's previous run, by the sitemap's word: its analysis from then, if it still holds.
            if (_skipUnchanged && history.PreviousRunStarted is { } since && entry.LastModified is { } modified && modified <= since
                && history.Reusable(entry.Url.AbsoluteUri) is { } analysis)
            {
                yield return new UnchangedPage(entry.Url.AbsoluteUri, analysis);
            }
            else read.Add(entry);
        }
        await foreach (var crawled in _crawler.ReadPagesAsync(read, _url, _cancel.Token).ConfigureAwait(false))
        {
            if (Page(crawled) is { } page) yield return page;
        }
    }

    // A crawled page as the audit takes it; null for a page that is another one under a second URL, or that robots.txt
    // keeps out of reach (the site asked for it not to be read; it may well exist).
    private SourcePage? Page(CrawledPage crawled)
    {
        if (crawled.Disallowed) return null;
        if (crawled.NotHtml)
        {
            Interlocked.Increment(ref _files);
            return null;
        }
        if (crawled.Page is { } page)
        {
            if (crawled.Problem is not null) return null;
            var url = crawled.FinalUrl.AbsoluteUri;
            return new WebPage(url, page.Paper, Keys(crawled.Url, crawled.FinalUrl, page.Canonical));
        }
        bool missing = crawled.Status is 404 or 410 || crawled.Unreachable;
        var asked = crawled.Url.AbsoluteUri;
        return new FailedPage(asked, asked, Keys(crawled.Url, crawled.FinalUrl, null), crawled.Problem ?? "not read", missing);
    }

    private IReadOnlyList<string> Keys(Uri asked, Uri final, Uri? canonical)
    {
        var keys = new List<string> { SitePaths.Key(asked.AbsoluteUri) };
        foreach (var other in new[] { final, canonical })
        {
            if (other is null || !SiteUrl.SameSite(other, _url)) continue;
            var key = SitePaths.Key(other.AbsoluteUri);
            if (!keys.Contains(key)) keys.Add(key);
        }
        return keys;
    }

    private async Task DisposeCrawlAsync()
    {
        if (_crawl is null) return;
        _cancel.Cancel();
        try { await _crawl.DisposeAsync().ConfigureAwait(false); }
        catch (OperationCanceledException) { }
        _crawl = null;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        DisposeCrawlAsync().GetAwaiter().GetResult();
        _crawler.Dispose();
        _cancel.Dispose();
    }
}
