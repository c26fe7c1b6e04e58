using Copywise.Analysis;
using Copywise.Documents;
using Copywise.Languages;
using Copywise.Research;
using Copywise.Text;

namespace Copywise.Tests.Languages;

/// <summary>Norwegian Bokmål: the periphrastic passive, word forms and lists; no Flesch reading ease.</summary>
public class NorwegianTests
{
    private static TextAnalysis Analyze(string html) => TextAnalysis.Analyze(HtmlDocumentParser.Parse(html).Document, Norwegian.Instance);

    private static AnalysisContext Context(string html, string keyphrase = "") => LanguageKit.Context(html, "nb_NO", wordForms: false, keyphrase);

    [Fact]
    public void The_locale_finds_norwegian() => Assert.Same(Norwegian.Instance, LanguageRegistry.ForLocale("nb_NO"));

    [Theory]
    [InlineData("Huset ble bygget i 1900.", true)]
    [InlineData("Boken er oversatt til mange språk.", true)]
    [InlineData("Brevet ble skrevet av kongen.", true)]
    [InlineData("Byen ble grunnlagt i 1070.", true)]
    [InlineData("Han ble født i Bergen.", true)]
    [InlineData("Maten blir servert klokka seks.", true)]
    [InlineData("Kirken ble ødelagt av brann.", true)]
    [InlineData("Filmen har blitt vist på kino.", true)]
    [InlineData("Broen ble åpnet av dronningen.", true)]
    [InlineData("Det var et hus som ble solgt i fjor.", true)]
    [InlineData("Han er kommet hjem.", false)]
    [InlineData("Hun var reist da vi kom.", false)]
    [InlineData("Det er kaldt ute.", false)]
    [InlineData("Han ble glad.", false)]
    [InlineData("Vi har kjøpt et hus.", false)]
    [InlineData("Huset er stort, og vi har bygget en garasje.", false)]
    // "enn" (than) opens a comparison, not the auxiliary's participle.
    [InlineData("Brua ble dyrere enn planlagt.", false)]
    public void Detects_passive_sentences(string sentence, bool passive)
    {
        var text = Analyze($"<p>{sentence}</p>");
        Assert.Equal(passive, Norwegian.Instance.IsPassive(text, text.Sentences[0]));
    }

    [Fact]
    public void Reading_ease_is_not_scored() => Assert.Null(Norwegian.Instance.CountSyllables("hus"));

    [Theory]
    [InlineData("Det regner. Derfor blir vi hjemme.", 1)]
    [InlineData("For eksempel spiser vi brunost.", 1)]
    [InlineData("Jo mørkere det er, desto tydeligere blir lyset.", 1)]
    [InlineData("Mellom klokka ti om kvelden og to om natta.", 0)]
    [InlineData("Katten sover. Hunden bjeffer.", 0)]
    // A comparison ("enn", than) links as in English; "som" and "for" join words and link nothing.
    [InlineData("Turen tok lengre tid enn planlagt.", 1)]
    [InlineData("Ta med en lue i tilfelle det blir kaldt.", 1)]
    [InlineData("Sekken som jeg kjøpte, er for liten.", 0)]
    public void Finds_transition_words(string text, int expected) =>
        Assert.Equal(expected, Context($"<p>{text}</p>").Get<TransitionSentences>().Count);

    [Fact]
    public void Sentence_beginnings_take_the_word_after_an_article()
    {
        Assert.Equal(3, Context("<p>Den katten sover. Den katten spiser. Den katten leker.</p>").Get<SentenceBeginnings>().Runs.Max(r => r.Count));
        Assert.Empty(Context("<p>Den katten sover. Den hunden spiser. Den fuglen synger.</p>").Get<SentenceBeginnings>().Runs);
    }

    [Fact]
    public void Function_words_are_not_content_words_of_the_keyphrase()
    {
        var context = Context("<p>Tekst.</p>", "nordlys i Nord-Norge om vinteren");
        Assert.Equal(["nordlys", "nord", "norge", "vinteren"], context.Get<TopicForms>(context.Focus).Keyphrase.ContentWords);
    }

    [Theory]
    [InlineData("Vi feirer 17. mai i Oslo. Det er fint.", 2)]
    [InlineData("Det finnes f.eks. brunost. Den er brun.", 2)]
    public void Ordinals_and_abbreviations_do_not_end_sentences(string text, int sentences) => Assert.Equal(sentences, Analyze($"<p>{text}</p>").Sentences.Length);

    public static TheoryData<string, string> Forms => new()
    {
        { "bil", "bilen" }, { "bil", "bilene" }, { "hus", "huset" }, { "hus", "husene" }, { "jente", "jenta" },
        { "jente", "jentene" }, { "sykkel", "sykler" }, { "katt", "kattene" }, { "bok", "bøker" }, { "mann", "menn" },
        { "fjell", "fjellet" }, { "stor", "større" }, { "stor", "største" }, { "fin", "finere" }, { "skrive", "skrev" },
        { "skrive", "skrevet" }, { "skrive", "skrives" }, { "bygge", "bygde" }, { "bygge", "bygget" }, { "kaste", "kastet" },
        { "kjøpe", "kjøpte" }, { "bo", "bodde" }, { "skrevet", "skrive" }, { "turisme", "turismen" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Word_forms_match_inflections(string word, string form) => Assert.True(Matches(word, form), $"{word} should match {form}");

    [Theory]
    [InlineData("hus", "husdyr")]
    [InlineData("bil", "bilde")]
    [InlineData("stor", "storm")]
    [InlineData("sol", "solid")]
    [InlineData("land", "landskap")]
    [InlineData("fjell", "fjellklatring")]
    [InlineData("bok", "bokhylle")]
    [InlineData("tak", "takk")]
    [InlineData("katt", "kattunge")]
    [InlineData("bar", "bære")]
    public void Word_forms_keep_look_alikes_apart(string word, string other)
    {
        Assert.False(Matches(word, other), $"{word} should not match {other}");
        var paper = new Paper { Text = "<p>Dette er en setning med " + other + " i.</p>", Keyphrase = word, Locale = "nb_NO" };
        Assert.Equal(0, Analyzer.Analyze(paper).Facts.KeyphraseCount);
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void A_text_with_an_inflected_form_contains_the_keyphrase(string word, string form)
    {
        var paper = new Paper { Text = "<p>Dette er en setning med " + form + " i.</p>", Keyphrase = word, Locale = "nb_NO" };
        Assert.Equal(1, Analyzer.Analyze(paper).Facts.KeyphraseCount);
    }

    [Fact]
    public void Density_counts_inflected_forms_with_word_forms_on()
    {
        var text = "<p>Brunosten er søt. Vi spiser brunost hver dag. Mange brunoster kommer fra Gudbrandsdalen. Dette er en vanlig setning uten ordet.</p>";
        var paper = new Paper { Text = text, Keyphrase = "brunost", Locale = "nb_NO" };
        Assert.Equal(3, Analyzer.Analyze(paper).Facts.KeyphraseCount);
        Assert.Equal(1, Analyzer.Analyze(paper, new AnalysisOptions { WordForms = false }).Facts.KeyphraseCount);
    }

    private static bool Matches(string word, string form) => LanguageKit.IsForm(Norwegian.Instance, word, form);
}
