using Copywise.Analysis;
using Copywise.Documents;
using Copywise.Languages;
using Copywise.Research;

namespace Copywise.Tests.Languages;

/// <summary>Word forms of English keyphrase words: every inflection found, no unrelated word merged.</summary>
public class EnglishWordFormsTests
{
    private static IReadOnlySet<string> Forms(string word) => English.Instance.WordForms(word, true);

    [Theory]
    [InlineData("bike", "bikes", "biking", "biked", "bike's", "bikes'")]
    [InlineData("talk", "talks", "talked", "talking")]
    [InlineData("talks", "talk", "talked", "talking")]
    [InlineData("run", "runs", "running", "ran")]
    [InlineData("stop", "stops", "stopped", "stopping")]
    [InlineData("study", "studies", "studied", "studying")]
    [InlineData("play", "plays", "played", "playing")]
    [InlineData("box", "boxes")]
    [InlineData("agree", "agrees", "agreed", "agreeing")]
    [InlineData("travel", "travels", "traveled", "travelled", "travelling")]
    [InlineData("went", "go", "goes", "going", "gone")]
    [InlineData("child", "children", "children's")]
    [InlineData("mice", "mouse")]
    [InlineData("buy", "buys", "buying", "bought")]
    [InlineData("cheap", "cheaper", "cheapest")]
    [InlineData("big", "bigger", "biggest")]
    [InlineData("happy", "happier", "happiest")]
    [InlineData("nicer", "nice", "nicest")]
    [InlineData("good", "better", "best")]
    [InlineData("lie", "lies", "lying")]
    public void Finds_the_forms_of_a_word(string word, params string[] forms)
    {
        var set = Forms(word);
        Assert.Contains(word, set);
        foreach (var form in forms) Assert.Contains(form, set);
    }

    [Theory]
    [InlineData("universe", "university")]
    [InlineData("university", "universe")]
    [InlineData("news", "new")]
    [InlineData("new", "news")]
    [InlineData("compute", "computer")]
    [InlineData("computer", "compute")]
    [InlineData("work", "worker")]
    [InlineData("general", "generally")]
    [InlineData("organ", "organization")]
    [InlineData("policy", "police")]
    public void Never_merges_unrelated_or_derived_words(string word, string other)
    {
        Assert.DoesNotContain(other, Forms(word));
    }

    [Fact]
    public void Without_word_forms_only_the_word_matches()
    {
        Assert.Equal(["bike"], English.Instance.WordForms("bike", false));
    }

    [Theory]
    [InlineData("2024")]
    [InlineData("covid-19")]
    [InlineData("a")]
    public void Numbers_and_odd_tokens_match_only_themselves(string word) =>
        Assert.Equal([word], Forms(word));

    [Fact]
    public void Density_counts_every_form_with_word_forms_and_only_the_exact_word_without()
    {
        var text = string.Join(" ", Enumerable.Repeat("My bikes stand in the hall.", 3))
            + " I was biking to work. She biked home. The bike's bell rang. Filler words keep the text going on and on.";
        var paper = new Paper { Text = text, Keyphrase = "bike" };
        Assert.Equal(6, Analyzer.Analyze(paper).Facts.KeyphraseCount);
        Assert.Equal(0, Analyzer.Analyze(paper, new AnalysisOptions { WordForms = false }).Facts.KeyphraseCount);
    }

    [Fact]
    public void Quoted_keyphrases_match_exactly_even_with_word_forms()
    {
        var paper = new Paper { Text = "Peace talks began. The peace talk was short.", Keyphrase = "\"peace talk\"" };
        Assert.Equal(1, Analyzer.Analyze(paper).Facts.KeyphraseCount);
    }

    [Fact]
    public void Peace_talk_finds_every_peace_talks_of_the_seed_article()
    {
        if (!TestPaths.HasShared) return;
        var text = File.ReadAllText(TestPaths.Corpus("seed-peace-talks.txt"));
        var withForms = Analyzer.Analyze(new Paper { Text = text, Keyphrase = "peace talk" }, fileName: "seed.txt");
        Assert.Equal(9, withForms.Facts.KeyphraseCount);
        // "talk" is a reporting verb, a function word the keyphrase need not contain, as in the reference: the match
        // rests on "peace", so both modes agree here; the plural/verb forms are what the other tests pin down.
        var without = Analyzer.Analyze(new Paper { Text = text, Keyphrase = "peace talk" }, new AnalysisOptions { WordForms = false }, "seed.txt");
        Assert.Equal(9, without.Facts.KeyphraseCount);
        var plural = Analyzer.Analyze(new Paper { Text = text, Keyphrase = "peace" }, fileName: "seed.txt");
        Assert.Equal(withForms.Facts.KeyphraseCount, plural.Facts.KeyphraseCount);
    }
}
