using Copywise.Analysis;
using Copywise.Research;
using Copywise.Text;

namespace Copywise.Assessments.Readability;

/// <summary>
/// Are too many sentences long? A sentence of more than 20 words is long; up to 25% long sentences is good, up to 30%
/// acceptable (cornerstone: 20% and 25%).
/// </summary>
public sealed class SentenceLength(bool cornerstone = false) : Assessment
{
    /// <summary>Words above which a sentence is long, unless the language says otherwise.</summary>
    public const int LongSentence = 20;

    /// <inheritdoc/>
    public override string Id => "textSentenceLength";
    /// <inheritdoc/>
    public override string Name => "Sentence length";
    /// <inheritdoc/>
    public override string Summary => "Checks that at most a quarter of the sentences (a fifth for cornerstone content) are long: more than 20 words, or the limit of the language.";

    /// <inheritdoc/>
    public override AssessmentResult Assess(AnalysisContext context, Topic topic)
    {
        var sentences = context.Text.Sentences;
        int limit = context.Language.LongSentenceWords;
        // Languages that count characters (Japanese) measure sentences in characters; the limit is then in characters.
        int[]? characters = context.Language.CountsCharacters ? context.Get<CharacterLengths>().Sentences : null;
        var found = new PooledBuffer<Mark>(16);
        for (int i = 0; i < sentences.Length; i++)
        {
            var s = sentences[i];
            if ((characters?[i] ?? s.WordCount) > limit) found.Add(context.MarkOf(s.Start, s.End));
        }
        var marks = found.ToArrayAndRelease();
        double percentage = sentences.Length == 0 ? 0 : Math.Round(marks.Length * 100.0 / sentences.Length, 1, MidpointRounding.AwayFromZero);
        var (good, acceptable) = context.Language.LongSentenceShares(cornerstone);
        int kind = percentage <= good ? FewLong : percentage <= acceptable ? SomeLong : ManyLong;
        var says = new MessageArgs(kind, A: limit, B: (int)Math.Round(good, MidpointRounding.AwayFromZero), C: characters is null ? 0 : 1, X: percentage);
        return Result(kind switch { FewLong => 9, SomeLong => 6, _ => 3 }, says, marks);
    }

    private const int FewLong = 0, SomeLong = 1, ManyLong = 2;

    /// <inheritdoc/>
    protected override void Describe(MessageText text, in MessageArgs says)
    {
        text.Write($"{says.X:0.#}% of the sentences have more than {says.A} {(says.C == 0 ? "words" : "characters")}");
        if (says.Kind == FewLong) text.Write(". Great!");
        else text.Write($"; keep that at {says.B}% or less.");
    }

    /// <inheritdoc/>
    protected override void DescribeFix(MessageText text, in MessageArgs says)
    {
        if (says.Kind == SomeLong) text.Write("Split or shorten some of the long sentences.");
        else if (says.Kind == ManyLong) text.Write("Split or shorten the long sentences.");
    }
}
