using Copywise.Analysis;
using Copywise.Documents;
using Copywise.Languages;
using Copywise.Research;
using Copywise.Text;

namespace Copywise.Tests.Languages;

/// <summary>Swedish: the s-passive, word forms and lists; no Flesch reading ease.</summary>
public class SwedishTests
{
    private static TextAnalysis Analyze(string html) => TextAnalysis.Analyze(HtmlDocumentParser.Parse(html).Document, Swedish.Instance);

    private static AnalysisContext Context(string html, string keyphrase = "") => LanguageKit.Context(html, "sv_SE", wordForms: false, keyphrase);

    [Fact]
    public void The_locale_finds_swedish() => Assert.Same(Swedish.Instance, LanguageRegistry.ForLocale("sv_SE"));

    [Theory]
    [InlineData("Huset byggdes år 1900.", true)]
    [InlineData("Boken skrevs av en okänd författare.", true)]
    [InlineData("Underarten listas som hotad.", true)]
    [InlineData("Hon skickades till sin farbror.", true)]
    [InlineData("Beståndet uppskattas till 500 individer.", true)]
    [InlineData("Bilen har sålts till en granne.", true)]
    [InlineData("Tidningen läses av många.", true)]
    [InlineData("Den sista tigern sköts på 1930-talet.", true)]
    [InlineData("Huset har byggts om flera gånger.", true)]
    [InlineData("Brevet har skrivits för hand.", true)]
    [InlineData("Äggen läggs i sjudande vatten.", true)]
    [InlineData("Stenen lades på bordet.", true)]
    [InlineData("Katten sover i soffan.", false)]
    [InlineData("Det finns många tigrar i Indien.", false)]
    [InlineData("Vi hoppas att det går bra.", false)]
    [InlineData("Hon lyckades till slut.", false)]
    [InlineData("Landets största stad är Stockholm.", false)]
    [InlineData("Strimmornas mönster är olika.", false)]
    [InlineData("Hon besökte Kinas huvudstad.", false)]
    [InlineData("Det finns en webbplats om tigrar.", false)]
    public void Detects_passive_sentences(string sentence, bool passive)
    {
        var text = Analyze($"<p>{sentence}</p>");
        Assert.Equal(passive, Swedish.Instance.IsPassive(text, text.Sentences[0]));
    }

    [Fact]
    public void Reading_ease_is_not_scored() => Assert.Null(Swedish.Instance.CountSyllables("hus"));

    [Theory]
    [InlineData("Det regnar. Därför stannar vi hemma.", 1)]
    [InlineData("Till exempel äter tigrar kött.", 1)]
    [InlineData("Den är både stor och stark.", 1)]
    [InlineData("Katten sover. Hunden skäller.", 0)]
    // "utan" links after a negation ("inte ... utan"), not as the preposition "without".
    [InlineData("Vi testade en robotgräsklippare utan kabel.", 0)]
    [InlineData("Den klipper inte i rader utan slumpmässigt.", 1)]
    [InlineData("Enligt kommunen töms kärlen varannan vecka.", 1)]
    public void Finds_transition_words(string text, int expected) =>
        Assert.Equal(expected, Context($"<p>{text}</p>").Get<TransitionSentences>().Count);

    [Fact]
    public void Sentence_beginnings_take_the_word_after_an_article()
    {
        Assert.Equal(3, Context("<p>Den katten sover. Den katten äter. Den katten leker.</p>").Get<SentenceBeginnings>().Runs.Max(r => r.Count));
        Assert.Empty(Context("<p>Den katten sover. Den hunden äter. Den fågeln sjunger.</p>").Get<SentenceBeginnings>().Runs);
    }

    [Fact]
    public void Function_words_are_not_content_words_of_the_keyphrase()
    {
        var context = Context("<p>Text.</p>", "tigrar i Indien och Nepal");
        Assert.Equal(["tigrar", "indien", "nepal"], context.Get<TopicForms>(context.Focus).Keyphrase.ContentWords);
    }

    [Theory]
    [InlineData("Det finns t.ex. tigrar. De är stora.", 2)]
    [InlineData("Det finns bl.a. lejon. De är stora.", 2)]
    public void Abbreviations_do_not_end_sentences(string text, int sentences) => Assert.Equal(sentences, Analyze($"<p>{text}</p>").Sentences.Length);

    public static TheoryData<string, string> Forms => new()
    {
        { "bil", "bilen" }, { "bil", "bilarna" }, { "hus", "huset" }, { "hus", "husen" }, { "katt", "katterna" },
        { "flicka", "flickan" }, { "flicka", "flickor" }, { "tiger", "tigern" }, { "tiger", "tigrar" }, { "fågel", "fåglarna" },
        { "stad", "städer" }, { "bok", "böcker" }, { "land", "landet" }, { "man", "män" }, { "webbplats", "webbplatsen" },
        { "stor", "större" }, { "vacker", "vackra" }, { "vacker", "vackrast" }, { "köpa", "köpte" }, { "bygga", "byggt" },
        { "kasta", "kastade" }, { "skriva", "skrev" }, { "skriva", "skrivit" }, { "springa", "sprang" }, { "tro", "trodde" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Word_forms_match_inflections(string word, string form) => Assert.True(Matches(word, form), $"{word} should match {form}");

    [Theory]
    [InlineData("hus", "husdjur")]
    [InlineData("bil", "bild")]
    [InlineData("katt", "kattun")]
    [InlineData("stor", "storm")]
    [InlineData("sol", "solid")]
    [InlineData("tal", "tallrik")]
    [InlineData("bok", "bokhylla")]
    [InlineData("land", "landskap")]
    public void Word_forms_keep_look_alikes_apart(string word, string other)
    {
        Assert.False(Matches(word, other), $"{word} should not match {other}");
        var paper = new Paper { Text = "<p>Det här är en mening med " + other + " i.</p>", Keyphrase = word, Locale = "sv_SE" };
        Assert.Equal(0, Analyzer.Analyze(paper).Facts.KeyphraseCount);
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void A_text_with_an_inflected_form_contains_the_keyphrase(string word, string form)
    {
        var paper = new Paper { Text = "<p>Det här är en mening med " + form + " i.</p>", Keyphrase = word, Locale = "sv_SE" };
        Assert.Equal(1, Analyzer.Analyze(paper).Facts.KeyphraseCount);
    }

    [Fact]
    public void Density_counts_inflected_forms_with_word_forms_on()
    {
        var text = "<p>Tigern jagar på natten. Tigrar lever i Asien. En tiger är ett stort djur. Det här är en vanlig mening utan ordet.</p>";
        var paper = new Paper { Text = text, Keyphrase = "tiger", Locale = "sv_SE" };
        Assert.Equal(3, Analyzer.Analyze(paper).Facts.KeyphraseCount);
        Assert.Equal(1, Analyzer.Analyze(paper, new AnalysisOptions { WordForms = false }).Facts.KeyphraseCount);
    }

    private static bool Matches(string word, string form) => LanguageKit.IsForm(Swedish.Instance, word, form);
}
