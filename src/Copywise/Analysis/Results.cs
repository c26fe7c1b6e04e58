namespace Copywise.Analysis;

/// <summary>The traffic light of a result.</summary>
public enum Rating
{
    /// <summary>Grey: information only (score 0).</summary>
    Feedback,
    /// <summary>Red: score 4 or less (negative scores too).</summary>
    Bad,
    /// <summary>Orange: score 5 to 7.</summary>
    Ok,
    /// <summary>Green: score 8 or more.</summary>
    Good,
}

/// <summary>A range of the source text a result refers to.</summary>
/// <param name="Start">Start offset in the input (UTF-16 code units).</param>
/// <param name="End">End offset (exclusive).</param>
public readonly record struct Mark(int Start, int End);

/// <summary>The outcome of one assessment.</summary>
/// <param name="Id">Stable identifier (the reference's: <c>keyphraseDensity</c>, <c>textSentenceLength</c>, ...).</param>
/// <param name="Score">Score on the reference's scale (9 best; 0 feedback; negative for serious problems).</param>
/// <param name="Text">The message, with the numbers that matter.</param>
/// <param name="Marks">The places in the source it refers to.</param>
public sealed record AssessmentResult(string Id, int Score, string Text, IReadOnlyList<Mark> Marks)
{
    /// <summary>The traffic light for <see cref="Score"/>.</summary>
    public Rating Rating => Ratings.FromScore(Score);

    /// <summary>A one-line suggestion to fix the problem; empty when there is nothing to fix.</summary>
    public string Fix { get; init; } = "";

    /// <summary>The stable anchor of the assessment's entry in <c>docs/assessments.md</c>: its id in lower case.</summary>
    public string Help => HelpAnchor(Id);

    /// <summary>The help anchor of an assessment id.</summary>
    public static string HelpAnchor(string id)
    {
        if (HelpAnchors.TryGetValue(id, out var anchor)) return anchor;
        anchor = "assessments.md#" + id.ToLowerInvariant();
        if (HelpAnchors.Count < 512) HelpAnchors.TryAdd(id, anchor);
        return anchor;
    }

    // Ids are a small fixed set: each anchor is made once rather than for every result written (a bound keeps the
    // memory small if a caller passes ids of its own).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> HelpAnchors = new(StringComparer.Ordinal);
}

/// <summary>Score to traffic light.</summary>
public static class Ratings
{
    /// <summary>0 is feedback, up to 4 (and below 0) bad, 5 to 7 ok, 8 and above good.</summary>
    public static Rating FromScore(int score) => score switch
    {
        0 => Rating.Feedback,
        <= 4 => Rating.Bad,
        <= 7 => Rating.Ok,
        _ => Rating.Good,
    };

    /// <summary>The lower-case name used in JSON and on screen.</summary>
    public static string Name(Rating rating) => rating switch
    {
        Rating.Feedback => "feedback",
        Rating.Bad => "bad",
        Rating.Ok => "ok",
        _ => "good",
    };
}

/// <summary>A group of results (SEO, readability, a related keyphrase) with its overall 0-100 score.</summary>
/// <param name="Name">The group's name.</param>
/// <param name="Score">The overall score, 0 to 100.</param>
/// <param name="Results">The results in assessment order.</param>
public sealed record ResultGroup(string Name, int Score, IReadOnlyList<AssessmentResult> Results)
{
    /// <summary>The result with the given id, or null.</summary>
    public AssessmentResult? this[string id] => Results.FirstOrDefault(r => r.Id == id);
}

/// <summary>Measurements of the text that are not scored.</summary>
public sealed record Facts
{
    /// <summary>Words in the body.</summary>
    public int WordCount { get; init; }
    /// <summary>Sentences in the body.</summary>
    public int SentenceCount { get; init; }
    /// <summary>Paragraphs (blocks that are not headings).</summary>
    public int ParagraphCount { get; init; }
    /// <summary>Occurrences of the focus keyphrase.</summary>
    public int KeyphraseCount { get; init; }
    /// <summary>Flesch reading ease, where the language has a formula.</summary>
    public double? FleschReadingEase { get; init; }
    /// <summary>Further measurements by name (readability formulas, syllables, reading time).</summary>
    public IReadOnlyDictionary<string, double> Extra { get; init; } = new Dictionary<string, double>();
}

/// <summary>A related keyphrase and its results.</summary>
/// <param name="Keyphrase">The related keyphrase.</param>
/// <param name="Group">Its results.</param>
public sealed record RelatedResult(string Keyphrase, ResultGroup Group);

/// <summary>Everything an analysis of one paper says.</summary>
public sealed record AnalysisResult
{
    /// <summary>The SEO results.</summary>
    public required ResultGroup Seo { get; init; }
    /// <summary>The readability results.</summary>
    public required ResultGroup Readability { get; init; }
    /// <summary>One group per related keyphrase.</summary>
    public IReadOnlyList<RelatedResult> Related { get; init; } = [];
    /// <summary>Measurements.</summary>
    public required Facts Facts { get; init; }
    /// <summary>The language the text was analysed as.</summary>
    public string Language { get; init; } = "en";
    /// <summary>What the analysis could not do or had to assume, one line each (no text, unsupported language, ...).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
    /// <summary>The attributes used, after filling the empty ones from the body.</summary>
    public required Documents.Paper Paper { get; init; }
}
