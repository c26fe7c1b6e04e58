using Copywise.Analysis;
using Copywise.Research;

namespace Copywise.Assessments.Seo;

/// <summary>Is the text long enough? Cornerstone content asks for three times as much.</summary>
public sealed class TextLength(bool cornerstone = false) : Assessment
{
    /// <inheritdoc/>
    public override string Id => "textLength";
    /// <inheritdoc/>
    public override string Name => "Text length";
    /// <inheritdoc/>
    public override string Summary => "Checks that the text has at least 300 words (900 for cornerstone content).";

    /// <summary>Word count for a green light.</summary>
    public int RecommendedMinimum => cornerstone ? 900 : 300;

    /// <inheritdoc/>
    public override AssessmentResult Assess(AnalysisContext context, Topic topic)
    {
        int words = context.Get<TextStatistics>().Words;
        string has = $"The text has {Plural(words, "word", "words")}.";
        string fix = $"Write at least {RecommendedMinimum - words} more words on the topic.";
        if (cornerstone)
        {
            return words switch
            {
                >= 900 => Result(9, $"{has} Good job!"),
                >= 400 => Result(6, $"{has} Cornerstone content should have at least 900.", fix),
                >= 300 => Result(-20, $"{has} That is well under the 900 cornerstone content should have.", fix),
                _ => Result(-20, $"{has} That is far under the 900 cornerstone content should have.", fix),
            };
        }
        return words switch
        {
            >= 300 => Result(9, $"{has} Good job!"),
            >= 250 => Result(6, $"{has} That is just under the recommended minimum of 300.", fix),
            >= 200 => Result(3, $"{has} That is under the recommended minimum of 300.", fix),
            >= 100 => Result(-10, $"{has} That is far under the recommended minimum of 300.", fix),
            _ => Result(-20, $"{has} That is far under the recommended minimum of 300.", fix),
        };
    }
}
