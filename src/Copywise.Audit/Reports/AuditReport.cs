using Copywise.Analysis;
using Copywise.Audit.Storage;

namespace Copywise.Audit.Reports;

/// <summary>What counts as failing, for reports and the exit code.</summary>
public sealed record ReportPolicy
{
    /// <summary>A page whose SEO score is under this fails, and the site when its average is.</summary>
    public int? SeoFailUnder { get; init; }
    /// <summary>The same for readability.</summary>
    public int? ReadabilityFailUnder { get; init; }
    /// <summary>Results rated this or worse are failing: <see cref="Rating.Ok"/> (orange and red) or <see cref="Rating.Bad"/>.</summary>
    public Rating Failing { get; init; } = Rating.Ok;
    /// <summary>Report only pages that are new or changed since the previous complete run.</summary>
    public bool ChangedOnly { get; init; }

    /// <summary>The policy of a config, with <c>--fail-under</c> (both scores) taking precedence over its thresholds.</summary>
    public static ReportPolicy From(AuditConfig config, int? failUnder, bool changedOnly) => new()
    {
        SeoFailUnder = failUnder ?? config.Thresholds.Seo,
        ReadabilityFailUnder = failUnder ?? config.Thresholds.Readability,
        Failing = config.Thresholds.Failing == "bad" ? Rating.Bad : Rating.Ok,
        ChangedOnly = changedOnly,
    };

    /// <summary>True when a result counts as failing.</summary>
    public bool IsFailing(AssessmentResult r) => r.Rating == Rating.Bad || (Failing == Rating.Ok && r.Rating == Rating.Ok);

    /// <summary>True when a page fails: a score is under its threshold, or (with any threshold set) it could not be read.</summary>
    public bool PageFails(RunPage p) => (p.Status == "error" && (SeoFailUnder.HasValue || ReadabilityFailUnder.HasValue))
        || (SeoFailUnder is { } s && p.SeoScore < s)
        || (ReadabilityFailUnder is { } r && p.ReadabilityScore < r);
}

/// <summary>A stored run, ready to report: its pages (all, or only the changed ones), findings and optional comparison.</summary>
public sealed class AuditReport
{
    private readonly Dictionary<long, RunPage> _byId;

    /// <summary>Loads a run from the store.</summary>
    public AuditReport(AuditStore store, long runId, ReportPolicy policy, RunComparison? comparison = null)
        : this(store, store.Run(runId) ?? throw new InvalidOperationException($"run {runId} is not in the store"), store.RunPages(runId), store.Findings(runId), policy, comparison)
    {
    }

    /// <summary>Reports the run an audit just made, with the pages and findings it returned.</summary>
    public AuditReport(AuditStore store, AuditOutcome outcome, ReportPolicy policy, RunComparison? comparison = null)
        : this(store, outcome.Run, outcome.Pages, outcome.Findings, policy, comparison)
    {
    }

    private AuditReport(AuditStore store, RunInfo run, IReadOnlyList<RunPage> pages, IReadOnlyList<Finding> findings, ReportPolicy policy, RunComparison? comparison)
    {
        Store = store;
        Run = run;
        Policy = policy;
        AllPages = pages;
        _byId = AllPages.ToDictionary(p => p.PageId);
        Pages = policy.ChangedOnly ? AllPages.Where(p => p.Changed).ToList() : AllPages;
        var shown = Pages.Select(p => p.PageId).ToHashSet();
        AllFindings = findings;
        Findings = AllFindings.Where(f => shown.Contains(f.PageId)).ToList();
        Comparison = comparison;
    }

    /// <summary>The store.</summary>
    public AuditStore Store { get; }
    /// <summary>The run.</summary>
    public RunInfo Run { get; }
    /// <summary>What counts as failing.</summary>
    public ReportPolicy Policy { get; }
    /// <summary>Every page of the run.</summary>
    public IReadOnlyList<RunPage> AllPages { get; }
    /// <summary>The pages reported (all, or those changed with <see cref="ReportPolicy.ChangedOnly"/>).</summary>
    public IReadOnlyList<RunPage> Pages { get; }
    /// <summary>Every finding of the run.</summary>
    public IReadOnlyList<Finding> AllFindings { get; }
    /// <summary>The findings about the reported pages.</summary>
    public IReadOnlyList<Finding> Findings { get; }
    /// <summary>Score changes against an earlier run, when asked for.</summary>
    public RunComparison? Comparison { get; }

    /// <summary>A page of the run by id.</summary>
    public RunPage Page(long id) => _byId[id];

    /// <summary>The full result of a reported page (null for a page in error).</summary>
    public AnalysisResult? Result(RunPage page) => page.AnalysisId is { } a ? Store.LoadResult(Run.Id, page.PageId, a) : null;

    /// <summary>The site root.</summary>
    public string Root => Run.Root;

    /// <summary>Mean scores of the reported pages that could be read.</summary>
    public (double? Seo, double? Readability) Averages()
    {
        var scored = Pages.Where(p => p.SeoScore.HasValue).ToList();
        return scored.Count == 0 ? (null, null) : (scored.Average(p => p.SeoScore!.Value), scored.Average(p => p.ReadabilityScore!.Value));
    }

    /// <summary>Pages that fail the policy.</summary>
    public IReadOnlyList<RunPage> FailingPages() => Pages.Where(Policy.PageFails).ToList();

    /// <summary>True when the site average of the reported pages is under a threshold.</summary>
    public bool SiteFails()
    {
        var (seo, readability) = Averages();
        return (Policy.SeoFailUnder is { } s && seo < s) || (Policy.ReadabilityFailUnder is { } r && readability < r);
    }

    /// <summary>The number of pages per tenth of the score range (0-9, 10-19, …, 90-100) for each score.</summary>
    public (int[] Seo, int[] Readability) Distribution()
    {
        var seo = new int[10];
        var readability = new int[10];
        foreach (var p in Pages)
        {
            if (p.SeoScore is { } s) seo[Math.Clamp(s / 10, 0, 9)]++;
            if (p.ReadabilityScore is { } r) readability[Math.Clamp(r / 10, 0, 9)]++;
        }
        return (seo, readability);
    }

    /// <summary>The worst pages: in error first, then by their lower score, then by the sum of both.</summary>
    public IReadOnlyList<RunPage> WorstPages(int count) => Pages
        .OrderBy(p => p.Status == "error" ? 0 : 1).ThenBy(p => p.Worst).ThenBy(p => (p.SeoScore ?? 0) + (p.ReadabilityScore ?? 0)).ThenBy(p => p.Path, StringComparer.Ordinal)
        .Take(count).ToList();

    /// <summary>The findings of each kind, in the order of <see cref="SiteChecks.Catalogue"/>.</summary>
    public IReadOnlyList<(string Kind, string Name, IReadOnlyList<Finding> Findings)> FindingsByKind() =>
        SiteChecks.Catalogue.Select(c => (c.Id, c.Name, (IReadOnlyList<Finding>)Findings.Where(f => f.Kind == c.Id).ToList())).ToList();

    /// <summary>A finding in one line for people: what, where, and what else is involved.</summary>
    public string Describe(Finding f)
    {
        var page = Page(f.PageId);
        return f.Kind switch
        {
            SiteChecks.KeyphraseCannibalization => $"{page.Path}: the keyphrase \"{f.Value}\" is also the focus of {Others(f)}",
            SiteChecks.DuplicateTitle => $"{page.Path}: the SEO title \"{f.Value}\" is also used by {Others(f)}",
            SiteChecks.DuplicateDescription => $"{page.Path}: the meta description \"{Shorten(f.Value, 60)}\" is also used by {Others(f)}",
            SiteChecks.OrphanedPage => $"{page.Path}: no other audited page links to it",
            SiteChecks.BrokenLink => $"{page.Path}: the link to {f.Value} points at no page of the site",
            SiteChecks.LinkSuggestion => $"{page.Path}: link to {Page(f.OtherPageId!.Value).Path} with the phrase \"{f.Value}\"",
            _ => $"{page.Path}: {f.Value}",
        };
    }

    private Dictionary<(string Kind, string Value), List<long>>? _groups;

    /// <summary>The other pages of a group finding (same kind and value).</summary>
    public IReadOnlyList<RunPage> OthersOf(Finding f)
    {
        // Grouped once: a large site has hundreds of thousands of findings.
        _groups ??= AllFindings.Where(o => o.Kind is SiteChecks.KeyphraseCannibalization or SiteChecks.DuplicateTitle or SiteChecks.DuplicateDescription)
            .GroupBy(o => (o.Kind, o.Value)).ToDictionary(g => g.Key, g => g.Select(o => o.PageId).ToList());
        return _groups.TryGetValue((f.Kind, f.Value), out var ids) ? ids.Where(id => id != f.PageId).Select(Page).ToList() : [];
    }

    private string Others(Finding f)
    {
        var others = OthersOf(f).Select(p => p.Path).ToList();
        return others.Count == 0 ? "another page" : string.Join(", ", others.Take(3)) + (others.Count > 3 ? $" and {others.Count - 3} more" : "");
    }

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";

    /// <summary>True when the run audited a live site (its pages are URLs) rather than files.</summary>
    public bool IsLiveSite => SitePaths.IsWebUrl(Root);

    /// <summary>
    /// The source of a page as it was audited: read from the site again, and only when its content still has the
    /// audited hash (marks are offsets into exactly that text); null otherwise, and for a page of a live site (its
    /// extracted content is not kept).
    /// </summary>
    public string? Source(RunPage page)
    {
        if (SitePaths.IsWebUrl(page.Path)) return null;
        try
        {
            var path = System.IO.Path.Combine(Root, page.Path);
            if (!File.Exists(path)) return null;
            var bytes = File.ReadAllBytes(path);
            if (PageAnalyzer.HashContent(bytes) != page.ContentHash) return null;
            return Documents.InputDecoder.Decode(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Documents.CopywiseInputException)
        {
            return null;
        }
    }
}

/// <summary>Line and column of offsets in a text, both from 1, columns in UTF-16 code units (SARIF's default).</summary>
public sealed class LineIndex
{
    private readonly List<int> _starts = [0];

    /// <summary>Indexes a text's lines (split at \n; a \r before it belongs to the line).</summary>
    public LineIndex(string text)
    {
        for (int i = 0; i < text.Length; i++) if (text[i] == '\n') _starts.Add(i + 1);
        Length = text.Length;
    }

    /// <summary>The text's length.</summary>
    public int Length { get; }

    /// <summary>The line and column of an offset.</summary>
    public (int Line, int Column) At(int offset)
    {
        offset = Math.Clamp(offset, 0, Length);
        int i = _starts.BinarySearch(offset);
        if (i < 0) i = ~i - 1;
        return (i + 1, offset - _starts[i] + 1);
    }
}
