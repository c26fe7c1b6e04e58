using Copywise.Analysis;
using Copywise.Documents;
using Copywise.Languages;
using Copywise.Research;

namespace Copywise.Conformance;

/// <summary>
/// Disagreements explained by measuring their documented cause on the paper itself, so that a differential run on
/// fresh articles tells a known difference from a new one without naming papers in <c>bench/known-deviations.txt</c>:
/// <list type="bullet">
/// <item>the passive share (<c>deviations.md#passive-voice-share</c>): the reference's share is our passive
/// sentences over a whole number of sentences (its own count), or, where its message gives no share, our passive
/// sentences over its count of sentences get its score;</item>
/// <item>the density of a quoted keyphrase (<c>deviations.md#exact-keyphrase-length</c>): both find the same
/// occurrences, so only the weight of the phrase's length differs;</item>
/// <item>English transition words (<c>deviations.md#transition-words</c>): with the sentences that have no transition
/// for us but "last" or "another" inside them (words the reference counts anywhere) counted, and the reference's count
/// of sentences, we get the reference's score.</item>
/// </list>
/// </summary>
public static class MeasuredDeviations
{
    // Words the reference counts as transitions wherever they stand in a sentence.
    private static bool CountedAnywhere(ReadOnlySpan<char> word) =>
        word.Equals("last", StringComparison.OrdinalIgnoreCase) || word.Equals("another", StringComparison.OrdinalIgnoreCase);

    /// <summary>The anchor of the deviation that explains the disagreement, or null when the measurement does not.</summary>
    /// <param name="paper">The paper.</param>
    /// <param name="ours">Our result for it.</param>
    /// <param name="assessment">The assessment the scores differ on.</param>
    /// <param name="theirs">The reference's score.</param>
    /// <param name="theirFact">The reference's facts by name (<c>sentenceCount</c>, <c>keyphraseCount</c>).</param>
    /// <param name="options">The options of our analysis.</param>
    /// <param name="theirText">The reference's message.</param>
    public static string? Explain(Paper paper, AnalysisResult ours, string assessment, int? theirs, string theirText, Func<string, double?> theirFact, AnalysisOptions options)
    {
        if (theirs is not { } reference) return null;
        if (assessment == "passiveVoice" && SameSentencesOtherCount(ours, theirText)) return "deviations.md#passive-voice-share";
        if (assessment == "keyphraseDensity")
        {
            // Same occurrences of a quoted keyphrase: only the weight of its length differs.
            return TopicForms.IsQuoted(paper.Keyphrase.AsSpan().Trim()) && theirFact("keyphraseCount") == ours.Facts.KeyphraseCount ? "deviations.md#exact-keyphrase-length" : null;
        }
        if (theirFact("sentenceCount") is not { } sentences || sentences <= 0) return null;
        return assessment switch
        {
            "passiveVoice" => PassiveScore(ours, sentences) == reference ? "deviations.md#passive-voice-share" : null,
            "textTransitionWords" when ours.Language == "en" && TransitionScore(paper, ours, sentences, options) == reference
                => "deviations.md#transition-words",
            _ => null,
        };
    }


    // The reference's share ("14.8% of the sentences") is our passive sentences over some whole number of sentences: the
    // same passives, counted over its own sentences (its tokenizer's count, which its facts do not give).
    private static bool SameSentencesOtherCount(AnalysisResult ours, string theirText)
    {
        if (ours.Readability["passiveVoice"] is not { } passive || passive.Marks.Count == 0) return false;
        var match = System.Text.RegularExpressions.Regex.Match(theirText, @"(\d+(?:\.\d+)?)%");
        if (!match.Success || !double.TryParse(match.Groups[1].Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double share) || share <= 0) return false;
        int count = passive.Marks.Count;
        int sentences = (int)Math.Round(count * 100 / share);
        return sentences > 0 && Math.Round(count * 100.0 / sentences, 1, MidpointRounding.AwayFromZero) == share;
    }

    // The passive assessment's thresholds on our passive sentences over the reference's sentences.
    private static int? PassiveScore(AnalysisResult ours, double sentences)
    {
        if (ours.Readability["passiveVoice"] is not { } passive) return null;
        double share = Math.Round(passive.Marks.Count * 100.0 / sentences, 1, MidpointRounding.AwayFromZero);
        return share <= 10 ? 9 : share <= 15 ? 6 : 3;
    }

    // The transition assessment's thresholds on our transition sentences plus those the reference's anywhere-words add.
    private static int? TransitionScore(Paper paper, AnalysisResult ours, double sentences, AnalysisOptions options)
    {
        if (ours.Facts.WordCount < 200) return null;
        var (document, completed) = DocumentParser.Parse(paper);
        using (document)
        {
            using var context = new AnalysisContext(completed, document, LanguageRegistry.ForLocale(ours.Language), options);
            var research = context.Get<TransitionSentences>();
            var text = context.Text;
            int count = research.Count;
            for (int i = 0; i < text.Sentences.Length; i++)
            {
                if (research.Has[i]) continue;
                var words = text.WordsOf(text.Sentences[i]);
                for (int w = 1; w < words.Length; w++)
                {
                    if (!CountedAnywhere(text.Text(words[w]))) continue;
                    count++;
                    break;
                }
            }
            double share = Math.Round(count * 100.0 / sentences, 1, MidpointRounding.AwayFromZero);
            return share < 20 ? 3 : share < 30 ? 6 : 9;
        }
    }
}
