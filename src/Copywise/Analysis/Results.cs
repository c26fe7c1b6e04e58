using Copywise.Assessments;

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

/// <summary>
/// The outcome of one assessment: a small value, so that an analysis stores its results in one array rather than as an
/// object each. It keeps what its message says (which message, the numbers it quotes) rather than the message itself:
/// <see cref="Text"/> and <see cref="Fix"/> are written each time they are read (keep the string if you read it more
/// than once), so an analysis whose caller wants only scores makes no message at all, and a JSON writer copies them
/// without a string.
/// </summary>
public readonly struct AssessmentResult : IEquatable<AssessmentResult>
{
    // A result is 40 bytes, so that a group's results are a small array. The common case is packed: the assessment, the
    // score and message kind in one int, the whole numbers A to C, and D or X in one long (no message quotes both).
    // Anything else (quoted words, both D and X, a score or kind out of range) keeps the assessment, the score and the
    // message's arguments in one object of its own; a result made with the public constructor keeps its written text.
    private readonly object? _source;
    private readonly IReadOnlyList<Mark>? _marks;
    private readonly long _dx;
    private readonly int _head, _a, _b, _c;

    // _head: the score in the upper 16 bits, the kind in the lower 8, and whether _dx holds X in bit 8.
    private const int HoldsX = 1 << 8;

    /// <summary>A result with its message written out.</summary>
    /// <param name="id">Stable identifier (the reference's: <c>keyphraseDensity</c>, <c>textSentenceLength</c>, ...).</param>
    /// <param name="score">Score on the reference's scale (9 best; 0 feedback; negative for serious problems).</param>
    /// <param name="text">The message, with the numbers that matter.</param>
    /// <param name="marks">The places in the source it refers to.</param>
    /// <param name="fix">A one-line suggestion to fix the problem; empty when there is nothing to fix.</param>
    public AssessmentResult(string id, int score, string text, IReadOnlyList<Mark> marks, string fix = "")
    {
        ArgumentNullException.ThrowIfNull(id);
        _source = new Written(id, score, text ?? "", fix ?? "");
        _marks = marks;
    }

    /// <summary>A result whose message the assessment writes from <paramref name="args"/> when it is read.</summary>
    internal AssessmentResult(Assessment owner, int score, in MessageArgs args, IReadOnlyList<Mark> marks)
    {
        _marks = marks;
        // X by its bits: -0.0 is kept as written.
        long xBits = BitConverter.DoubleToInt64Bits(args.X);
        bool packs = args.S is null && (args.D == 0 || xBits == 0) && score is >= short.MinValue and <= short.MaxValue && args.Kind is >= 0 and <= 0xFF;
        if (!packs)
        {
            _source = new Full(owner, score, args);
            return;
        }
        _source = owner;
        bool holdsX = xBits != 0;
        _head = (score << 16) | (holdsX ? HoldsX : 0) | args.Kind;
        _dx = holdsX ? xBits : args.D;
        (_a, _b, _c) = (args.A, args.B, args.C);
    }

    /// <summary>Stable identifier (the reference's: <c>keyphraseDensity</c>, <c>textSentenceLength</c>, ...).</summary>
    public string Id => _source switch
    {
        Assessment a => a.Id,
        Full f => f.Owner.Id,
        Written w => w.Id,
        _ => "",
    };

    /// <summary>Score on the reference's scale (9 best; 0 feedback; negative for serious problems).</summary>
    public int Score => _source switch
    {
        Assessment => _head >> 16,
        Full f => f.Score,
        Written w => w.Score,
        _ => 0,
    };

    /// <summary>The message, with the numbers that matter.</summary>
    public string Text => _source switch
    {
        Written w => w.Text,
        null => "",
        _ => Write(fix: false),
    };

    /// <summary>The places in the source it refers to.</summary>
    public IReadOnlyList<Mark> Marks => _marks ?? [];

    /// <summary>The traffic light for <see cref="Score"/>.</summary>
    public Rating Rating => Ratings.FromScore(Score);

    /// <summary>A one-line suggestion to fix the problem; empty when there is nothing to fix.</summary>
    public string Fix => _source switch
    {
        Written w => w.Fix,
        null => "",
        _ => Write(fix: true),
    };

    /// <summary>The stable anchor of the assessment's entry in <c>docs/assessments.md</c>: its id in lower case.</summary>
    public string Help => HelpAnchor(Id);

    /// <summary>Writes the message (or the fix) into <paramref name="text"/> without making a string.</summary>
    public void WriteTo(MessageText text, bool fix = false)
    {
        Assessment owner;
        MessageArgs args;
        switch (_source)
        {
            case Assessment a:
                owner = a;
                bool holdsX = (_head & HoldsX) != 0;
                args = new MessageArgs(_head & 0xFF, _a, _b, _c, holdsX ? 0 : (int)_dx, holdsX ? BitConverter.Int64BitsToDouble(_dx) : 0);
                break;
            case Full f:
                (owner, args) = (f.Owner, f.Args);
                break;
            case Written w:
                text.Write(fix ? w.Fix : w.Text);
                return;
            default:
                return;
        }
        if (fix) owner.WriteFix(text, args);
        else owner.WriteMessage(text, args);
    }

    /// <summary>The id, score, message and marks, in the order the constructor takes them.</summary>
    public void Deconstruct(out string id, out int score, out string text, out IReadOnlyList<Mark> marks)
    {
        id = Id;
        score = Score;
        text = Text;
        marks = Marks;
    }

    /// <summary>The help anchor of an assessment id.</summary>
    public static string HelpAnchor(string id)
    {
        if (HelpAnchors.TryGetValue(id, out var anchor)) return anchor;
        anchor = "assessments.md#" + id.ToLowerInvariant();
        if (HelpAnchors.Count < 512) HelpAnchors.TryAdd(id, anchor);
        return anchor;
    }

    /// <summary>Equal when id, score, message, fix and marks are.</summary>
    public bool Equals(AssessmentResult other) =>
        Id == other.Id && Score == other.Score && Marks.SequenceEqual(other.Marks) && SameMessage(other, fix: false) && SameMessage(other, fix: true);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is AssessmentResult other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Score, Marks.Count);

    /// <summary>Equal when id, score, message, fix and marks are.</summary>
    public static bool operator ==(AssessmentResult left, AssessmentResult right) => left.Equals(right);

    /// <summary>Different in id, score, message, fix or marks.</summary>
    public static bool operator !=(AssessmentResult left, AssessmentResult right) => !left.Equals(right);

    /// <summary>The id, score and message, for reading in a debugger or a log.</summary>
    public override string ToString() => $"{Id} {Score}: {Text}";

    // Compares the written messages in two buffers, without making strings.
    private bool SameMessage(in AssessmentResult other, bool fix)
    {
        var mine = MessageText.Rent();
        var theirs = MessageText.Rent();
        try
        {
            WriteTo(mine, fix);
            other.WriteTo(theirs, fix);
            return mine.Span.SequenceEqual(theirs.Span);
        }
        finally
        {
            MessageText.Return(theirs);
            MessageText.Return(mine);
        }
    }

    private string Write(bool fix)
    {
        var text = MessageText.Rent();
        try
        {
            WriteTo(text, fix);
            return text.Length == 0 ? "" : text.ToString();
        }
        finally { MessageText.Return(text); }
    }

    private sealed record Written(string Id, int Score, string Text, string Fix);

    private sealed record Full(Assessment Owner, int Score, MessageArgs Args);

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
    public AssessmentResult? this[string id]
    {
        get
        {
            for (int i = 0; i < Results.Count; i++)
            {
                if (Results[i].Id == id) return Results[i];
            }
            return null;
        }
    }
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
    public IReadOnlyDictionary<string, double> Extra { get; init; } = System.Collections.Frozen.FrozenDictionary<string, double>.Empty;
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
