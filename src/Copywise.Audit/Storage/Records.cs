namespace Copywise.Audit.Storage;

/// <summary>One audit run as stored.</summary>
public sealed record RunInfo
{
    /// <summary>The run's id.</summary>
    public long Id { get; init; }
    /// <summary>When it started (UTC, ISO 8601).</summary>
    public string StartedAt { get; init; } = "";
    /// <summary>When it finished; null while running or when it was interrupted.</summary>
    public string? FinishedAt { get; init; }
    /// <summary><c>running</c> (or interrupted) or <c>complete</c>.</summary>
    public string Status { get; init; } = "";
    /// <summary>The engine version that ran it.</summary>
    public string EngineVersion { get; init; } = "";
    /// <summary>The site root.</summary>
    public string Root { get; init; } = "";
    /// <summary>Pages audited.</summary>
    public int PageCount { get; init; }
    /// <summary>Pages analysed in this run.</summary>
    public int AnalysedCount { get; init; }
    /// <summary>Pages whose stored analysis was reused.</summary>
    public int ReusedCount { get; init; }
    /// <summary>Pages that could not be read.</summary>
    public int ErrorCount { get; init; }
    /// <summary>Mean SEO score of the pages.</summary>
    public double? SeoAverage { get; init; }
    /// <summary>Mean readability score of the pages.</summary>
    public double? ReadabilityAverage { get; init; }
    /// <summary>How long the run took, in milliseconds.</summary>
    public long? ElapsedMs { get; init; }
    /// <summary>Whether the run reported only pages that changed.</summary>
    public bool ChangedOnly { get; init; }
}

/// <summary>One page of a run, as stored.</summary>
public sealed record RunPage
{
    /// <summary>The page's id.</summary>
    public long PageId { get; init; }
    /// <summary>Its file, relative to the site root.</summary>
    public string Path { get; init; } = "";
    /// <summary>The analysis used; null for a page that could not be read.</summary>
    public long? AnalysisId { get; init; }
    /// <summary><c>analysed</c>, <c>reused</c> or <c>error</c>.</summary>
    public string Status { get; init; } = "";
    /// <summary>True when the page is new or its content changed since the previous complete run.</summary>
    public bool Changed { get; init; }
    /// <summary>SEO score, site-wide checks included.</summary>
    public int? SeoScore { get; init; }
    /// <summary>Readability score.</summary>
    public int? ReadabilityScore { get; init; }
    /// <summary>Why the page could not be read.</summary>
    public string? Error { get; init; }
    /// <summary>Its URL.</summary>
    public string Url { get; init; } = "";
    /// <summary>Its SEO title.</summary>
    public string Title { get; init; } = "";
    /// <summary>Its focus keyphrase.</summary>
    public string Keyphrase { get; init; } = "";
    /// <summary>Words in it.</summary>
    public int WordCount { get; init; }
    /// <summary>The hash of the content analysed.</summary>
    public string ContentHash { get; init; } = "";
    /// <summary>The lower of its two scores (0 for a page in error), for ordering the worst pages first.</summary>
    public int Worst => Math.Min(SeoScore ?? 0, ReadabilityScore ?? 0);
}

/// <summary>A site-wide finding of a run.</summary>
public sealed record Finding
{
    /// <summary>Which check: see <see cref="SiteChecks"/> for the kinds.</summary>
    public string Kind { get; init; } = "";
    /// <summary>The page concerned.</summary>
    public long PageId { get; init; }
    /// <summary>The other page, where the finding is about two pages (a link suggestion's target).</summary>
    public long? OtherPageId { get; init; }
    /// <summary>The shared title, description or keyphrase; the broken href; the suggested anchor phrase.</summary>
    public string Value { get; init; } = "";
    /// <summary>A suggestion's relevance.</summary>
    public double? Score { get; init; }
    /// <summary>Where in the page's source (a broken link), if known.</summary>
    public int? Start { get; init; }
    /// <summary>End of that place (exclusive).</summary>
    public int? End { get; init; }
}

/// <summary>A page whose score went up or down between two runs.</summary>
/// <param name="Path">The page.</param>
/// <param name="SeoBefore">SEO score in the earlier run.</param>
/// <param name="SeoAfter">SEO score in the later run.</param>
/// <param name="ReadabilityBefore">Readability score in the earlier run.</param>
/// <param name="ReadabilityAfter">Readability score in the later run.</param>
public sealed record ScoreChange(string Path, int? SeoBefore, int? SeoAfter, int? ReadabilityBefore, int? ReadabilityAfter)
{
    /// <summary>The change of both scores together (positive: better).</summary>
    public int Delta => ((SeoAfter ?? 0) - (SeoBefore ?? 0)) + ((ReadabilityAfter ?? 0) - (ReadabilityBefore ?? 0));
}

/// <summary>Pages whose scores changed between two runs, and the pages that came or went.</summary>
/// <param name="From">The earlier run.</param>
/// <param name="To">The later run.</param>
/// <param name="Up">Pages whose scores went up.</param>
/// <param name="Down">Pages whose scores went down.</param>
/// <param name="Added">Pages only in the later run.</param>
/// <param name="Removed">Pages only in the earlier run.</param>
public sealed record RunComparison(long From, long To, IReadOnlyList<ScoreChange> Up, IReadOnlyList<ScoreChange> Down, IReadOnlyList<string> Added, IReadOnlyList<string> Removed);
