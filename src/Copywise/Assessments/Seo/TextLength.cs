using Copywise.Analysis;
using Copywise.Research;

namespace Copywise.Assessments.Seo;

/// <summary>
/// Is the text long enough? Cornerstone content asks for three times as much. Languages that count characters
/// (Japanese) ask for 600 characters (cornerstone: 1800).
/// </summary>
public sealed class TextLength(bool cornerstone = false) : Assessment
{
    /// <inheritdoc/>
    public override string Id => "textLength";
    /// <inheritdoc/>
    public override string Name => "Text length";
    /// <inheritdoc/>
    public override string Summary => "Checks that the text has at least 300 words (900 for cornerstone content), or 600 characters (1800) where text is measured in characters.";

    /// <summary>Word count for a green light.</summary>
    public int RecommendedMinimum => cornerstone ? 900 : 300;

    /// <inheritdoc/>
    public override AssessmentResult Assess(AnalysisContext context, Topic topic)
    {
        bool characters = context.Language.CountsCharacters;
        int length = characters ? context.Get<CharacterLengths>().Total : context.Get<TextStatistics>().Words;
        // The limits: good, slightly under, under, far under (the rest is very far under).
        var (good, slightly, under, far) = (characters, cornerstone) switch
        {
            (false, false) => (300, 250, 200, 100),
            (false, true) => (900, 400, 300, 0),
            (true, false) => (600, 500, 400, 200),
            (true, true) => (1800, 800, 600, 0),
        };
        var says = new MessageArgs(Enough, A: length, B: good, C: characters ? 1 : 0);
        if (cornerstone)
        {
            if (length >= good) return Result(9, says);
            if (length >= slightly) return Result(6, says with { Kind = CornerstoneShort });
            return Result(-20, says with { Kind = length >= under ? CornerstoneWellUnder : CornerstoneFarUnder });
        }
        if (length >= good) return Result(9, says);
        if (length >= slightly) return Result(6, says with { Kind = JustUnder });
        if (length >= under) return Result(3, says with { Kind = Under });
        return Result(length >= far ? -10 : -20, says with { Kind = FarUnder });
    }

    private const int Enough = 0, CornerstoneShort = 1, CornerstoneWellUnder = 2, CornerstoneFarUnder = 3, JustUnder = 4, Under = 5, FarUnder = 6;

    /// <inheritdoc/>
    protected override void Describe(MessageText text, in MessageArgs says)
    {
        bool characters = says.C == 1;
        text.Write($"The text has {new Counted(says.A, characters ? "character" : "word", characters ? "characters" : "words")}. ");
        int good = says.B;
        switch (says.Kind)
        {
            case Enough: text.Write("Good job!"); break;
            case CornerstoneShort: text.Write($"Cornerstone content should have at least {good}."); break;
            case CornerstoneWellUnder: text.Write($"That is well under the {good} cornerstone content should have."); break;
            case CornerstoneFarUnder: text.Write($"That is far under the {good} cornerstone content should have."); break;
            case JustUnder: text.Write($"That is just under the recommended minimum of {good}."); break;
            case Under: text.Write($"That is under the recommended minimum of {good}."); break;
            default: text.Write($"That is far under the recommended minimum of {good}."); break;
        }
    }

    /// <inheritdoc/>
    protected override void DescribeFix(MessageText text, in MessageArgs says)
    {
        if (says.Kind != Enough) text.Write($"Write at least {says.B - says.A} more {(says.C == 1 ? "characters" : "words")} on the topic.");
    }
}
