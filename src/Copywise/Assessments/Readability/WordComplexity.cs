using Copywise.Analysis;
using Copywise.Research;
using Copywise.Text;

namespace Copywise.Assessments.Readability;

/// <summary>
/// Are too many words hard? A word is complex when it is long (over seven letters for English), not a name, not a
/// function word, not part of the keyphrase and not in the language's list of frequent words. Under 10% is good.
/// </summary>
public sealed class WordComplexity(bool cornerstone = false) : Assessment
{
    /// <inheritdoc/>
    public override string Id => "wordComplexity";
    /// <inheritdoc/>
    public override string Name => "Word complexity";
    /// <inheritdoc/>
    public override string Summary => "Checks that fewer than 10% of the words are complex: long, uncommon words that are not names or part of the keyphrase.";

    /// <inheritdoc/>
    public override bool IsSupported(AnalysisContext context) => context.Language.HasWordComplexity;

    /// <inheritdoc/>
    public override bool IsApplicable(AnalysisContext context, Topic topic) => IsSupported(context);

    /// <inheritdoc/>
    public override AssessmentResult Assess(AnalysisContext context, Topic topic)
    {
        var words = context.Text.Words;
        var keyphrase = context.Get<TopicForms>(topic).Keyphrase;
        int complex = 0;
        var found = new PooledBuffer<Mark>(32);
        Span<char> buffer = stackalloc char[64];
        foreach (var w in words)
        {
            var span = context.Text.Text(w);
            if (!context.Language.IsComplexWord(span)) continue;
            if (span.Length <= buffer.Length && IsKeyphraseWord(keyphrase, span, buffer)) continue;
            complex++;
            found.Add(context.MarkOf(w.Start, w.End));
        }
        var marks = found.ToArrayAndRelease();
        double percentage = words.Length == 0 ? 0 : Math.Round(complex * 100.0 / words.Length, 2, MidpointRounding.AwayFromZero);
        if (percentage < 10) return Result(9, new MessageArgs(Good, X: percentage), marks);
        return Result(cornerstone ? 3 : 6, new MessageArgs(TooMany, X: percentage), marks);
    }

    private const int Good = 0, TooMany = 1;

    /// <inheritdoc/>
    protected override void Describe(MessageText text, in MessageArgs says)
    {
        if (says.Kind == Good) text.Write($"{says.X:0.##}% of the words are complex. Easy to read!");
        else text.Write($"{says.X:0.##}% of the words are complex; under 10% is easier to read.");
    }

    /// <inheritdoc/>
    protected override void DescribeFix(MessageText text, in MessageArgs says)
    {
        if (says.Kind == TooMany) text.Write("Replace long, rare words with shorter, common ones.");
    }

    private static bool IsKeyphraseWord(PhraseForms keyphrase, ReadOnlySpan<char> word, Span<char> buffer)
    {
        int n = MatchTokens.Normalize(word, buffer);
        foreach (var forms in keyphrase.Forms)
        {
            if (forms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(buffer[..n])) return true;
        }
        return false;
    }
}
