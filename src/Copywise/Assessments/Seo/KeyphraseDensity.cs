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
            return Result(-50, new MessageArgs(Missing));
        var occurrences = context.Get<KeyphraseOccurrences>(topic);
        int count = occurrences.Count;
        var marks = occurrences.Marks;
        if (words < 100)
        {
            int max = words > 50 ? 2 : 1;
            var inShort = new MessageArgs(ShortNone, A: count, B: words, C: max);
            if (count == 0) return Result(4, inShort);
            if (count <= max) return Result(9, inShort with { Kind = ShortGood }, marks);
            return count == max + 1 ? Result(-10, inShort with { Kind = ShortOver }, marks) : Result(-50, inShort with { Kind = ShortFarOver }, marks);
        }
        int length = forms.ContentWords.Length;
        bool wordForms = context.Options.WordForms && !forms.Exact;
        double maximum = wordForms ? 3.5 : 3.0;
        int minCount = Recommended(length, 0.5, true, words);
        int maxCount = Recommended(length, maximum, false, words);
        double density = count / (double)words * 100 * LengthFactor(length);
        var says = new MessageArgs(None, A: count, B: words, C: minCount, D: maxCount);
        if (count == 0) return Result(4, says);
        if (density < 0.5 || count == 1) return Result(4, says with { Kind = Few }, marks);
        if (density <= maximum || (count == 2 && minCount <= 2)) return Result(9, says with { Kind = Good }, marks);
        if (density <= 4) return Result(-10, says with { Kind = Over }, marks);
        return Result(-50, says with { Kind = FarOver }, marks);
    }

    private const int Missing = 0, ShortNone = 1, ShortGood = 2, ShortOver = 3, ShortFarOver = 4, None = 5, Few = 6, Good = 7, Over = 8, FarOver = 9;

    /// <inheritdoc/>
    protected override void Describe(MessageText text, in MessageArgs says)
    {
        if (says.Kind == Missing)
        {
            text.Write("Set a keyphrase and write some text that uses it.");
            return;
        }
        text.Write($"The keyphrase appears {new Counted(says.A, "time", "times")}");
        switch (says.Kind)
        {
            case ShortNone: text.Write(" in this short text; use it once."); return;
            case ShortGood: text.Write($". Good for a text of {says.B} words."); return;
            case ShortOver or ShortFarOver:
                text.Write($"; for a text of {says.B} words use it at most {new Counted(says.C, "time", "times")}.");
                if (says.Kind == ShortFarOver) text.Write(" That is far too often.");
                return;
        }
        text.Write($"; for {says.B} words aim for {says.C} to {says.D}.");
        if (says.Kind == Good) text.Write(" Good.");
        else if (says.Kind == Over) text.Write(" That is too often.");
        else if (says.Kind == FarOver) text.Write(" That is far too often.");
    }

    /// <inheritdoc/>
    protected override void DescribeFix(MessageText text, in MessageArgs says) => text.Write(says.Kind switch
    {
        Missing => "Add a keyphrase and text.",
        ShortNone => "Use the keyphrase at least once.",
        None => "Use the keyphrase in more places where it fits naturally.",
        Few => "Use the keyphrase a few more times.",
        ShortOver or Over => "Replace some occurrences with synonyms or pronouns.",
        ShortFarOver or FarOver => "Replace most occurrences with synonyms or pronouns.",
        _ => "",
    });
}
