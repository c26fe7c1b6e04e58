using Copywise.Analysis;
using Copywise.Documents;
using Copywise.Languages;
using Copywise.Research;
using Copywise.Text;

namespace Copywise.Tests.Languages;

/// <summary>Dutch: passive voice, syllables and Douma's Flesch, word forms and lists.</summary>
public class DutchTests
{
    private static TextAnalysis Analyze(string html) => TextAnalysis.Analyze(HtmlDocumentParser.Parse(html).Document, Dutch.Instance);

    private static AnalysisContext Context(string html, string keyphrase = "") => LanguageKit.Context(html, "nl_NL", wordForms: false, keyphrase);

    [Fact]
    public void The_locale_finds_dutch()
    {
        Assert.Same(Dutch.Instance, LanguageRegistry.ForLocale("nl_NL"));
        Assert.Same(Dutch.Instance, LanguageRegistry.ForLocale("nl-BE"));
    }

    [Theory]
    [InlineData("Het huis werd in 1900 gebouwd.", true)]
    [InlineData("De brief wordt morgen verstuurd.", true)]
    [InlineData("Het boek werd door haar geschreven.", true)]
    [InlineData("Hij werd geboren in Gent.", true)]
    [InlineData("De kerk wordt binnenkort opgeknapt.", true)]
    [InlineData("De schapen worden vooral gehouden voor de wol.", true)]
    [InlineData("De rekening wordt elke maand betaald.", true)]
    [InlineData("Het plan werd door de raad goedgekeurd.", true)]
    [InlineData("Ik weet dat het huis gebouwd wordt.", true)]
    [InlineData("De hond blaft.", false)]
    [InlineData("Hij wordt later dokter.", false)]
    [InlineData("Het gebied wordt groter.", false)]
    [InlineData("Het weer werd slechter.", false)]
    [InlineData("Zij heeft het huis gekocht.", false)]
    [InlineData("Het wordt een bekend gezicht.", false)]
    [InlineData("De macht bleef zonder erkend gezag en werd een aanhangsel.", false)]
    [InlineData("Hij betaalt de rekening en wordt rijk.", false)]
    public void Detects_passive_sentences(string sentence, bool passive)
    {
        var text = Analyze($"<p>{sentence}</p>");
        Assert.Equal(passive, Dutch.Instance.IsPassive(text, text.Sentences[0]));
    }

    [Theory]
    [InlineData("huis", 1)]
    [InlineData("straat", 1)]
    [InlineData("boterham", 3)]
    [InlineData("theater", 3)]
    [InlineData("station", 2)]
    [InlineData("nationaal", 3)]
    [InlineData("eeuw", 1)]
    [InlineData("mooie", 2)]
    [InlineData("koeien", 2)]
    [InlineData("geëerd", 3)]
    [InlineData("zeeën", 2)]
    [InlineData("yoghurt", 2)]
    [InlineData("één", 1)]
    public void Counts_syllables(string word, int syllables) => Assert.Equal(syllables, Dutch.Instance.CountSyllables(word));

    [Fact]
    public void Flesch_reading_ease_follows_douma()
    {
        // 206.84 − 0.93 × 100/10 − 77 × 150/100 = 82.04
        Assert.Equal(82.04, Dutch.Instance.FleschReadingEase(100, 10, 150)!.Value, 6);
        // 11 words, 1 sentence, 23 syllables: 206.84 − 0.93 × 11 − 77 × 23/11 = 35.61
        var context = Context("<p>Het onderzoek naar de ontwikkeling van kinderen duurt meestal verschillende jaren.</p>");
        var statistics = context.Get<ReadabilityStatistics>();
        Assert.Equal((11, 1, 23), (statistics.Words, statistics.Sentences, statistics.Syllables));
        Assert.Equal(35.6, statistics.FleschReadingEase);
        // Short, plain sentences score above 100 and are kept at 100.
        Assert.Equal(100, Context("<p>De kat slaapt. De hond blaft heel hard. Wij gaan vandaag naar de tuin.</p>").Get<ReadabilityStatistics>().FleschReadingEase);
    }

    [Theory]
    [InlineData("Het regent. Toch gaan we naar buiten.", 1)]
    [InlineData("Bijvoorbeeld appels en peren.", 1)]
    [InlineData("Het is niet alleen goedkoop maar ook snel.", 1)]
    [InlineData("Zowel de kat als de hond slapen.", 1)]
    [InlineData("De hond blaft. De kat slaapt.", 0)]
    public void Finds_transition_words(string text, int expected) =>
        Assert.Equal(expected, Context($"<p>{text}</p>").Get<TransitionSentences>().Count);

    [Fact]
    public void Sentence_beginnings_take_the_word_after_an_article()
    {
        Assert.Equal(3, Context("<p>De hond blaft. De hond slaapt. De hond eet.</p>").Get<SentenceBeginnings>().Runs.Max(r => r.Count));
        Assert.Empty(Context("<p>De hond blaft. De man lacht. De boom groeit.</p>").Get<SentenceBeginnings>().Runs);
    }

    [Fact]
    public void Function_words_are_not_content_words_of_the_keyphrase()
    {
        var context = Context("<p>Tekst.</p>", "de geschiedenis van het schaap");
        Assert.Equal(["geschiedenis", "schaap"], context.Get<TopicForms>(context.Focus).Keyphrase.ContentWords);
    }

    [Theory]
    [InlineData("Zie bijv. de kaart. Dat is alles.", 2)]
    [InlineData("Het kost ca. 30 euro. Dat is veel.", 2)]
    public void Abbreviations_do_not_end_sentences(string text, int sentences) => Assert.Equal(sentences, Analyze($"<p>{text}</p>").Sentences.Length);

    public static TheoryData<string, string> Forms => new()
    {
        { "huis", "huizen" }, { "huis", "huisje" }, { "kat", "katten" }, { "boek", "boeken" }, { "schaap", "schapen" },
        { "kind", "kinderen" }, { "stad", "steden" }, { "brief", "brieven" }, { "boom", "boompje" }, { "bal", "balletje" },
        { "prijs", "prijzen" }, { "ziekte", "ziekten" }, { "groot", "grote" }, { "groot", "grootste" }, { "mooi", "mooier" },
        { "wit", "witte" }, { "werken", "werkt" }, { "werken", "gewerkt" }, { "maken", "maakte" }, { "bouwen", "gebouwd" },
        { "zetten", "zet" }, { "leven", "leefde" }, { "reizen", "gereisd" }, { "betalen", "betaald" }, { "opbouwen", "opgebouwd" },
        { "lopen", "liep" }, { "gaan", "gaat" }, { "schrijven", "geschreven" }, { "opnemen", "opgenomen" }, { "wandelen", "gewandeld" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Word_forms_match_inflections(string word, string form) => Assert.True(Matches(word, form), $"{word} should match {form}");

    [Theory]
    [InlineData("huis", "huisarts")]
    [InlineData("kat", "kater")]
    [InlineData("boek", "boekhouding")]
    [InlineData("stad", "stadion")]
    [InlineData("werk", "werkelijk")]
    [InlineData("been", "beenden")]
    [InlineData("zon", "zondag")]
    [InlineData("arm", "armoede")]
    [InlineData("land", "landelijk")]
    [InlineData("kaas", "kazerne")]
    public void Word_forms_keep_look_alikes_apart(string word, string other)
    {
        Assert.False(Matches(word, other), $"{word} should not match {other}");
        var paper = new Paper { Text = "<p>Dit is een zin met " + other + " erin.</p>", Keyphrase = word, Locale = "nl_NL" };
        Assert.Equal(0, Analyzer.Analyze(paper).Facts.KeyphraseCount);
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void A_text_with_an_inflected_form_contains_the_keyphrase(string word, string form)
    {
        var paper = new Paper { Text = "<p>Dit is een zin met " + form + " erin.</p>", Keyphrase = word, Locale = "nl_NL" };
        Assert.Equal(1, Analyzer.Analyze(paper).Facts.KeyphraseCount);
    }

    [Fact]
    public void Density_counts_inflected_forms_with_word_forms_on()
    {
        var text = "<p>Wij bouwen een huis. Hij bouwt een schuur. Zij heeft een toren gebouwd. Dit is een gewone zin zonder het woord.</p>";
        var paper = new Paper { Text = text, Keyphrase = "bouwen", Locale = "nl_NL" };
        Assert.Equal(3, Analyzer.Analyze(paper).Facts.KeyphraseCount);
        Assert.Equal(1, Analyzer.Analyze(paper, new AnalysisOptions { WordForms = false }).Facts.KeyphraseCount);
    }

    private static bool Matches(string word, string form) => LanguageKit.IsForm(Dutch.Instance, word, form);
}
