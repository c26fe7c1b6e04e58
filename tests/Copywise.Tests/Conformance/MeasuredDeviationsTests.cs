extern alias conformance;

using Copywise.Analysis;
using conformance::Copywise.Conformance;
using Copywise.Documents;
using Copywise.Research;
using Xunit;

namespace Copywise.Tests.Conformance;

// The conformance report explains a disagreement by its documented cause only when measuring that cause on the paper
// gives the reference's score.
public class MeasuredDeviationsTests
{
    private static readonly AnalysisOptions Options = new() { WordForms = false };

    private static Func<string, double?> Sentences(double n) => fact => fact == "sentenceCount" ? n : null;

    private static Paper Paper(IEnumerable<string> sentences) => new()
    {
        Text = "<p>" + string.Join(" ", sentences) + "</p>",
        Format = DocumentFormat.Html,
        Locale = "en_US",
        Keyphrase = "garden",
    };

    // 30 sentences of 9 words: 6 open with "However,", 4 say "last year", 20 are plain.
    private static Paper Transitions()
    {
        var s = new List<string>();
        for (int i = 0; i < 6; i++) s.Add("However, the garden needs water on every dry day.");
        for (int i = 0; i < 4; i++) s.Add("The old garden was very green in spring last year.");
        for (int i = 0; i < 20; i++) s.Add("The small garden has many bright flowers and tall trees.");
        return Paper(s);
    }

    [Fact]
    public void Transitions_the_reference_counts_anywhere_explain_its_higher_score()
    {
        var paper = Transitions();
        var ours = Analyzer.Analyze(paper, Options);
        Assert.Equal(6, ours.Readability["textTransitionWords"]!.Value.Score); // 6 of 30: 20%
        // With the 4 "last year" sentences: 10 of 30, 33%: the reference's "well done".
        Assert.Equal("deviations.md#transition-words", MeasuredDeviations.Explain(paper, ours, "textTransitionWords", 9, "", Sentences(30), Options));
        // A red light from the reference is not this cause.
        Assert.Null(MeasuredDeviations.Explain(paper, ours, "textTransitionWords", 3, "", Sentences(30), Options));
    }

    [Fact]
    public void The_passive_share_over_the_reference_sentence_count_explains_its_score()
    {
        var s = new List<string> { "The old bridge was built by the town council." };
        for (int i = 0; i < 8; i++) s.Add("The river runs fast under the old stone bridge.");
        var paper = Paper(s);
        var ours = Analyzer.Analyze(paper, Options);
        Assert.Equal(6, ours.Readability["passiveVoice"]!.Value.Score); // 1 of 9: 11.1%
        // The reference counting 10 sentences: 10%, fine.
        Assert.Equal("deviations.md#passive-voice-share", MeasuredDeviations.Explain(paper, ours, "passiveVoice", 9, "", Sentences(10), Options));
        // Counting 9 as we do, it would say what we say: its 9 is not the share.
        Assert.Null(MeasuredDeviations.Explain(paper, ours, "passiveVoice", 9, "", Sentences(9), Options));
        Assert.Null(MeasuredDeviations.Explain(paper, ours, "passiveVoice", 9, "", _ => null, Options));
        // Its share given: the same passive sentence over 7 of its sentences, not over any whole number.
        const string Over7 = "Passive voice: 14.3% of the sentences contain passive voice, which is more than the recommended maximum of 10%.";
        Assert.Equal("deviations.md#passive-voice-share", MeasuredDeviations.Explain(paper, ours, "passiveVoice", 6, Over7, _ => null, Options));
        Assert.Null(MeasuredDeviations.Explain(paper, ours, "passiveVoice", 6, Over7.Replace("14.3%", "13.3%"), _ => null, Options));
    }

    [Fact]
    public void The_same_occurrences_of_a_quoted_keyphrase_explain_a_density_score()
    {
        var s = new List<string>();
        for (int i = 0; i < 30; i++) s.Add(i % 4 == 0 ? "Our water filter keeps the kitchen water clean and fresh." : "The small kitchen has many bright cups and tall shelves.");
        var paper = Paper(s) with { Keyphrase = "\"water filter\"" };
        var ours = Analyzer.Analyze(paper, Options);
        int count = ours.Facts.KeyphraseCount;
        Assert.True(count > 0);
        Func<string, double?> same = fact => fact == "keyphraseCount" ? count : null;
        Func<string, double?> other = fact => fact == "keyphraseCount" ? count + 1 : null;
        Assert.Equal("deviations.md#exact-keyphrase-length", MeasuredDeviations.Explain(paper, ours, "keyphraseDensity", 9, "", same, Options));
        Assert.Null(MeasuredDeviations.Explain(paper, ours, "keyphraseDensity", 9, "", other, Options));
        Assert.Null(MeasuredDeviations.Explain(paper with { Keyphrase = "water filter" }, ours, "keyphraseDensity", 9, "", same, Options));
    }
}
