using Copywise.Audit.Storage;
using Copywise.Documents;

namespace Copywise.Audit;

/// <summary>
/// Where an audit's pages come from: the files of a folder, or the pages of a live site (<see cref="WebSource"/>).
/// A source streams its pages; the auditor analyses them as they come, so a source never needs to hold them all.
/// </summary>
public abstract class PageSource
{
    /// <summary>What the run records as its root: the site's folder, or the site's URL.</summary>
    public abstract string Root { get; }

    /// <summary>How many pages the source will give, when it knows in advance (the progress bar's total).</summary>
    public virtual int? Count => null;

    /// <summary>
    /// True when the source gives every page of the site, so a link to a page it does not have is broken (a folder).
    /// False when pages it did not read may exist (a crawl stopped by its page limit, a sitemap that lists only part of
    /// a site): then only a link to a page found missing is broken.
    /// </summary>
    public virtual bool Complete => true;

    /// <summary>
    /// The root whose runs count as the previous run; null for any run of the store. A folder keeps its history
    /// wherever it is checked out; a live site's history is its own.
    /// </summary>
    public virtual string? HistoryRoot => null;

    /// <summary>The pages, as they are read.</summary>
    /// <param name="history">What the store knows of earlier runs, for a source that can skip unchanged pages unread.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    public abstract IAsyncEnumerable<SourcePage> ReadAsync(AuditHistory history, CancellationToken cancellationToken);

    /// <summary>The files of a folder (or of the paths given), read when their turn comes.</summary>
    public static PageSource Files(SiteFileSet site) => new FileSource(site);

    private sealed class FileSource(SiteFileSet site) : PageSource
    {
        public override string Root => site.Root;
        public override int? Count => site.Files.Count;
        public override IAsyncEnumerable<SourcePage> ReadAsync(AuditHistory history, CancellationToken cancellationToken) =>
            site.Files.Select(f => (SourcePage)new FilePage(f)).ToAsyncEnumerable();
    }
}

/// <summary>One page as a source gives it to the auditor.</summary>
/// <param name="Path">The page's key in the store: its path relative to the site root, or its URL.</param>
public abstract record SourcePage(string Path);

/// <summary>A page file, read by the auditor when its turn comes.</summary>
/// <param name="File">The file.</param>
public sealed record FilePage(SiteFile File) : SourcePage(File.RelativePath);

/// <summary>A page read from a live site: its main content and attributes, and the keys its URLs give it.</summary>
/// <param name="Url">Its URL (after redirects), the page's key in the store.</param>
/// <param name="Paper">The extracted main content (HTML) with title, description, keyphrase, permalink and locale.</param>
/// <param name="Keys">The keys of the URLs it is known by (as asked for, after redirects, canonical); see <see cref="SitePaths.Key"/>.</param>
public sealed record WebPage(string Url, Paper Paper, IReadOnlyList<string> Keys) : SourcePage(Url);

/// <summary>A page that could not be read, with the reason.</summary>
/// <param name="Path">Its path or URL.</param>
/// <param name="Url">Its URL, when it has one.</param>
/// <param name="Keys">The keys it is known by.</param>
/// <param name="Problem">Why it could not be read, in one line.</param>
/// <param name="Missing">True when the page does not exist (HTTP 404 or 410, or no answer at all): links to it are broken.</param>
public sealed record FailedPage(string Path, string Url, IReadOnlyList<string> Keys, string Problem, bool Missing) : SourcePage(Path);

/// <summary>A page known unchanged since the previous run without reading it (a sitemap's <c>lastmod</c>): its stored analysis is reused.</summary>
/// <param name="Path">Its path or URL.</param>
/// <param name="AnalysisId">The stored analysis, from <see cref="AuditHistory.Reusable"/>.</param>
public sealed record UnchangedPage(string Path, long AnalysisId) : SourcePage(Path);

/// <summary>What the store knows of the previous run, for a source that can skip pages unchanged since then.</summary>
public sealed class AuditHistory
{
    private readonly Func<string, long?> _reusable;

    internal AuditHistory(RunInfo? previous, Func<string, long?> reusable)
    {
        _reusable = reusable;
        PreviousRunStarted = previous is not null && DateTimeOffset.TryParse(previous.StartedAt, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal, out var started) ? started : null;
    }

    /// <summary>No earlier run.</summary>
    public static AuditHistory None { get; } = new(null, _ => null);

    /// <summary>When the previous complete run started; null when there is none.</summary>
    public DateTimeOffset? PreviousRunStarted { get; }

    /// <summary>
    /// The analysis a page had in the previous complete run, when it still holds: made by this engine version with the
    /// page's current settings. Null otherwise (the page must be read).
    /// </summary>
    public long? Reusable(string path) => _reusable(path);
}
