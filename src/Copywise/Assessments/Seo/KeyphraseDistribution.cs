using Copywise.Analysis;
using Copywise.Research;
using Copywise.Text;

namespace Copywise.Assessments.Seo;

/// <summary>
/// Is the topic spread through the text? A sentence is on topic when it has all words of a short keyphrase or synonym
/// (at least half of a phrase of four or more words). The longest run of sentences without the topic, as a share of
/// all sentences, should stay at 30% or under (50% is acceptable). Texts under 15 sentences only need one topic sentence.
/// </summary>
public sealed class KeyphraseDistribution : Assessment
{
    /// <inheritdoc/>
    public override string Id => "keyphraseDistribution";
    /// <inheritdoc/>
    public override string Name => "Keyphrase distribution";
    /// <inheritdoc/>
    public override string Summary => "Checks that the keyphrase or its synonyms are spread through the text, with no long stretch of sentences without them.";

    /// <inheritdoc/>
    public override AssessmentResult Assess(AnalysisContext context, Topic topic)
    {
        var forms = context.Get<TopicForms>(topic);
        var sentences = context.Text.Sentences;
        if (forms.Keyphrase.IsEmpty || sentences.Length == 0)
            return Result(1, new MessageArgs(Missing));
        var index = context.Get<MatchTokenIndex>();
        var onTopic = System.Buffers.ArrayPool<bool>.Shared.Rent(sentences.Length);
        var found = new PooledBuffer<Mark>(16);
        var phrases = forms.All;
        // Languages that count characters ask for every word of a phrase shorter than 7 characters.
        Span<bool> full = phrases.Count <= 64 ? stackalloc bool[phrases.Count] : new bool[phrases.Count];
        for (int p = 0; p < phrases.Count; p++)
        {
            var phrase = phrases[p];
            full[p] = context.Language.CountsCharacters
                ? phrase.ContentWords.Sum(w => w.Length) < 7
                : !context.Language.HasFunctionWords || phrase.Forms.Length < 4;
        }
        for (int i = 0; i < sentences.Length; i++)
        {
            onTopic[i] = false;
            var (from, to) = index.TokensOfSentence(i);
            for (int p = 0; p < phrases.Count; p++)
            {
                var m = index.Match(phrases[p], from, to);
                if (full[p] ? m.All : m.Percent >= 50)
                {
                    onTopic[i] = true;
                    found.Add(context.MarkOf(sentences[i].Start, sentences[i].End));
                    break;
                }
            }
        }
        var marks = found.ToArrayAndRelease();
        double distraction = Distraction(onTopic.AsSpan(0, sentences.Length));
        System.Buffers.ArrayPool<bool>.Shared.Return(onTopic);
        if (distraction >= 100) return Result(1, new MessageArgs(Absent));
        if (distraction > 50) return Result(1, new MessageArgs(Uneven, X: distraction), marks);
        if (distraction > 30) return Result(6, new MessageArgs(Uneven, X: distraction), marks);
        return Result(9, new MessageArgs(Even), marks);
    }

    private const int Missing = 0, Absent = 1, Uneven = 2, Even = 3;

    /// <inheritdoc/>
    protected override void Describe(MessageText text, in MessageArgs says)
    {
        switch (says.Kind)
        {
            case Missing: text.Write("Set a keyphrase and write some text that uses it."); break;
            case Absent: text.Write("The keyphrase and its synonyms do not appear in the text."); break;
            case Uneven:
                text.Write($"The longest stretch without the topic is {RoundedUp(says.X):0.#}% of the text{(says.X > 50 ? "." : "; 30% or less is better.")}");
                break;
            default: text.Write("The topic is spread evenly through the text. Good job!"); break;
        }
    }

    /// <inheritdoc/>
    protected override void DescribeFix(MessageText text, in MessageArgs says)
    {
        switch (says.Kind)
        {
            case Missing: text.Write("Add a keyphrase and text."); break;
            case Absent: text.Write("Use the keyphrase or a synonym throughout the text."); break;
            case Uneven: text.Write(says.X > 50 ? "Use the keyphrase or synonyms more evenly across the text." : "Use the keyphrase or synonyms in the parts that lack them."); break;
        }
    }

    /// <summary>
    /// A share as the message shows it: rounded up to a tenth, so that a share just over a threshold never reads as the
    /// threshold itself ("30.1% … 30% or less is better", not "30% … 30% or less is better").
    /// </summary>
    public static string Shown(double percent) => RoundedUp(percent).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    private static double RoundedUp(double percent) => Math.Ceiling(Math.Round(percent * 10, 6)) / 10;

    /// <summary>The longest run of off-topic sentences as a percentage of all sentences (10 for a short text with the topic, 100 without).</summary>
    public static double Distraction(ReadOnlySpan<bool> onTopic)
    {
        int n = onTopic.Length;
        if (n < 15) return onTopic.Contains(true) ? 10 : 100;
        int longest = 0, run = 0;
        bool any = false;
        foreach (bool t in onTopic)
        {
            if (t) { any = true; longest = Math.Max(longest, run); run = 0; }
            else run++;
        }
        longest = Math.Max(longest, run);
        if (!any) return 100;
        return longest * 100.0 / n;
    }
}
