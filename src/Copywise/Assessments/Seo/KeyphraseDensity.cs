using Copywise.Analysis;
using Copywise.Research;

namespace Copywise.Assessments.Seo;

/// <summary>
/// Is the keyphrase used often enough, but not too often? Density is occurrences per 100 words, weighted by keyphrase
/// length (0.7 + words / 3), good from 0.5 to 3 (3.5 with word forms); short texts are judged by count.
/// </summary>
public sealed class KeyphraseDensity : Assessment
{
    /// <inheritdoc/>
    public override string Id => "keyphraseDensity";
    /// <inheritdoc/>
    public override string Name => "Keyphrase density";
    /// <inheritdoc/>
    public override string Summary => "Checks that the keyphrase is used often enough for the length of the text, but not so often that it reads as stuffing.";

    /// <summary>The weight of a keyphrase of <paramref name="words"/> words.</summary>
    public static double LengthFactor(int words) => 0.7 + words / 3.0;

    /// <summary>The recommended number of occurrences for a density, never under 2.</summary>
    public static int Recommended(int keyphraseWords, double density, bool minimum, int textWords)
    {
        if (textWords == 0) return 0;
        double count = density * textWords / (100 * LengthFactor(keyphraseWords));
        if (count < 2) return 2;
        return minimum ? (int)Math.Ceiling(count) : (int)Math.Floor(count);
    }

    /// <inheritdoc/>
    public override AssessmentResult Assess(AnalysisContext context, Topic topic)
    {
        var forms = context.Get<TopicForms>(topic).Keyphrase;
        int words = context.Get<MatchTokenCount>().Count;
        if (forms.IsEmpty || context.Text.Words.Length == 0)
            return Result(-50, "Set a keyphrase and write some text that uses it.", "Add a keyphrase and text.");
        var occurrences = context.Get<KeyphraseOccurrences>(topic);
        int count = occurrences.Count;
        string found = Say($"The keyphrase appears {Times(count)}");
        var marks = occurrences.Marks;
        if (words < 100)
        {
            int max = words > 50 ? 2 : 1;
            if (count == 0) return Result(4, $"{found} in this short text; use it once.", "Use the keyphrase at least once.");
            if (count <= max) return Result(9, $"{found}. Good for a text of {words} words.", marks);
            string over = Say($"{found}; for a text of {words} words use it at most {Times(max)}.");
            return count == max + 1
                ? Result(-10, over, marks, "Replace some occurrences with synonyms or pronouns.")
                : Result(-50, over + " That is far too often.", marks, "Replace most occurrences with synonyms or pronouns.");
        }
        int length = forms.ContentWords.Length;
        bool wordForms = context.Options.WordForms && !forms.Exact;
        double maximum = wordForms ? 3.5 : 3.0;
        int minCount = Recommended(length, 0.5, true, words);
        int maxCount = Recommended(length, maximum, false, words);
        double density = count / (double)words * 100 * LengthFactor(length);
        string range = Say($"for {words} words aim for {minCount} to {maxCount}");
        if (count == 0) return Result(4, $"{found}; {range}.", "Use the keyphrase in more places where it fits naturally.");
        if (density < 0.5 || count == 1) return Result(4, $"{found}; {range}.", marks, "Use the keyphrase a few more times.");
        if (density <= maximum || (count == 2 && minCount <= 2)) return Result(9, $"{found}; {range}. Good.", marks);
        if (density <= 4) return Result(-10, $"{found}; {range}. That is too often.", marks, "Replace some occurrences with synonyms or pronouns.");
        return Result(-50, $"{found}; {range}. That is far too often.", marks, "Replace most occurrences with synonyms or pronouns.");
    }

    private static string Times(int n) => n == 1 ? "1 time" : Say($"{n} times");
}
