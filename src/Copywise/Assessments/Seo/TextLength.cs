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
        string unit = characters ? "character" : "word";
        // The limits: good, slightly under, under, far under (the rest is very far under).
        var (good, slightly, under, far) = (characters, cornerstone) switch
        {
            (false, false) => (300, 250, 200, 100),
            (false, true) => (900, 400, 300, 0),
            (true, false) => (600, 500, 400, 200),
            (true, true) => (1800, 800, 600, 0),
        };
        string has = Say($"The text has {Plural(length, unit, unit + "s")}.");
        string fix = Say($"Write at least {good - length} more {unit}s on the topic.");
        if (cornerstone)
        {
            if (length >= good) return Result(9, $"{has} Good job!");
            if (length >= slightly) return Result(6, $"{has} Cornerstone content should have at least {good}.", fix);
            if (length >= under) return Result(-20, $"{has} That is well under the {good} cornerstone content should have.", fix);
            return Result(-20, $"{has} That is far under the {good} cornerstone content should have.", fix);
        }
        if (length >= good) return Result(9, $"{has} Good job!");
        if (length >= slightly) return Result(6, $"{has} That is just under the recommended minimum of {good}.", fix);
        if (length >= under) return Result(3, $"{has} That is under the recommended minimum of {good}.", fix);
        if (length >= far) return Result(-10, $"{has} That is far under the recommended minimum of {good}.", fix);
        return Result(-20, $"{has} That is far under the recommended minimum of {good}.", fix);
    }
}
