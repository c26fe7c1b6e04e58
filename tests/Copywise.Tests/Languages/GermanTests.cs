using Copywise.Analysis;
using Copywise.Documents;
using Copywise.Languages;
using Copywise.Research;
using Copywise.Text;

namespace Copywise.Tests.Languages;

/// <summary>German: passive voice, syllables and Amstad's Flesch, word forms, lists and sentence splitting.</summary>
public class GermanTests
{
    private static TextAnalysis Analyze(string html, Language language)
    {
        var document = HtmlDocumentParser.Parse(html).Document;
        return TextAnalysis.Analyze(document, language);
    }

    private static AnalysisContext Context(string html, string keyphrase = "") => LanguageKit.Context(html, "de_DE", wordForms: false, keyphrase);

    [Fact]
    public void The_locale_finds_german() => Assert.Same(German.Instance, LanguageRegistry.ForLocale("de_DE"));

    [Theory]
    [InlineData("de")]
    [InlineData("DE")]
    [InlineData(" de-AT ")]
    [InlineData("De_ch")]
    public void Any_spelling_of_the_locale_finds_german(string locale) => Assert.Same(German.Instance, LanguageRegistry.ForLocale(locale));

    [Theory]
    [InlineData("XX_yy", "xx")]
    [InlineData(" Tlh ", "tlh")]
    [InlineData("-de", "-de")]
    public void An_unknown_locale_keeps_its_code_in_lower_case(string locale, string code) => Assert.Equal(code, LanguageRegistry.ForLocale(locale).Code);

    [Theory]
    [InlineData("Das Haus wurde 1900 gebaut.", true)]
    [InlineData("Die Strecke wird täglich bedient.", true)]
    [InlineData("Der Vertrag ist gestern unterschrieben worden.", true)]
    [InlineData("Die Stadt, die im Krieg zerstört wurde, ist heute wieder schön.", true)]
    [InlineData("Das Gebäude soll abgerissen werden.", true)]
    [InlineData("Die Artikel können in Kategorien eingeordnet werden.", true)]
    [InlineData("Das Programm wird von vielen Firmen genutzt.", true)]
    [InlineData("Die Daten werden automatisch repariert.", true)]
    [InlineData("Das Buch wurde in viele Sprachen übersetzt.", true)]
    [InlineData("Sie bekommt das Fahrrad geschenkt.", true)]
    [InlineData("Der Brief wurde von ihr geschrieben.", true)]
    [InlineData("Der Hund bellt laut.", false)]
    [InlineData("Er wird morgen nach Berlin fahren.", false)]
    [InlineData("Sie wird das bis dahin gemacht haben.", false)]
    [InlineData("Das Wetter wurde schlechter.", false)]
    [InlineData("Das Gebiet wird größer.", false)]
    [InlineData("Die Gesundheit wird wichtiger.", false)]
    [InlineData("Er hat das Auto gekauft.", false)]
    [InlineData("Nachdem er sich angeschlossen hatte, wurde er Vorsitzender.", false)]
    [InlineData("Die Firma besteht seit 1990 und wird bald größer.", false)]
    public void Detects_passive_sentences(string sentence, bool passive)
    {
        var text = Analyze($"<p>{sentence}</p>", German.Instance);
        Assert.Equal(passive, German.Instance.IsPassive(text, text.Sentences[0]));
    }

    [Theory]
    [InlineData("Haus", 1)]
    [InlineData("Straße", 2)]
    [InlineData("Katze", 2)]
    [InlineData("Theater", 3)]
    [InlineData("Nation", 3)]
    [InlineData("Situation", 5)]
    [InlineData("Feier", 2)]
    [InlineData("Bauer", 2)]
    [InlineData("Quelle", 2)]
    [InlineData("Bayern", 2)]
    [InlineData("Eichhörnchen", 3)]
    [InlineData("System", 2)]
    [InlineData("Geschwindigkeit", 4)]
    [InlineData("PHP", 1)]
    public void Counts_syllables(string word, int syllables) => Assert.Equal(syllables, German.Instance.CountSyllables(word));

    [Fact]
    public void Flesch_reading_ease_follows_amstad()
    {
        // 180 − 100/10 − 58.5 × 150/100 = 82.25
        Assert.Equal(82.25, German.Instance.FleschReadingEase(100, 10, 150)!.Value, 6);
        // 13 words, 3 sentences, 17 syllables: 180 − 13/3 − 58.5 × 17/13 = 99.17
        var context = Context("<p>Die Katze schläft. Der Hund bellt laut. Wir gehen heute in den Garten.</p>");
        var statistics = context.Get<ReadabilityStatistics>();
        Assert.Equal((13, 3, 17), (statistics.Words, statistics.Sentences, statistics.Syllables));
        Assert.Equal(99.2, statistics.FleschReadingEase);
    }

    [Theory]
    [InlineData("Am 3. Oktober 1990 wurde Deutschland wiedervereinigt.", 1)]
    [InlineData("Im 19. Jahrhundert wuchs die Stadt. Sie ist heute groß.", 2)]
    [InlineData("Es gibt z. B. Äpfel und Birnen. Das ist gut.", 2)]
    [InlineData("Das kostet ca. 30 Euro. Das ist viel.", 2)]
    public void Ordinals_and_abbreviations_do_not_end_sentences(string text, int sentences) =>
        Assert.Equal(sentences, Analyze($"<p>{text}</p>", German.Instance).Sentences.Length);

    [Fact]
    public void Ordinals_end_sentences_in_languages_without_them() =>
        Assert.Equal(2, Analyze("<p>On day 3. Then we left.</p>", English.Instance).Sentences.Length);

    [Theory]
    [InlineData("Das Wetter ist schön. Jedoch regnet es morgen.", 1)]
    [InlineData("Zum Beispiel fahren wir mit dem Zug.", 1)]
    [InlineData("Er kommt entweder heute oder morgen.", 1)]
    [InlineData("Das ist nicht nur schnell, sondern auch billig.", 1)]
    [InlineData("Der Hund bellt. Die Katze schläft.", 0)]
    // "statt" links as a preposition, not as the particle of "stattfinden"; "sogar" and "dabei" link.
    [InlineData("Der Markt findet dort jeden Samstag statt.", 0)]
    [InlineData("Wir nehmen statt eines Neubaus den alten Saal. Er kostet sogar weniger.", 2)]
    [InlineData("Der Teig ist so dünn, dass man die Zeitung lesen kann.", 1)]
    public void Finds_transition_words(string text, int expected) =>
        Assert.Equal(expected, Context($"<p>{text}</p>").Get<TransitionSentences>().Count);

    [Fact]
    public void Sentence_beginnings_take_the_word_after_an_article()
    {
        var same = Context("<p>Der Hund bellt. Der Hund schläft. Der Hund frisst.</p>").Get<SentenceBeginnings>().Runs;
        Assert.Equal(3, same.Max(r => r.Count));
        var different = Context("<p>Der Hund bellt. Der Mann lacht. Der Baum wächst.</p>").Get<SentenceBeginnings>().Runs;
        Assert.Empty(different);
    }

    [Fact]
    public void Function_words_are_not_content_words_of_the_keyphrase()
    {
        var context = Context("<p>Text.</p>", "Geschichte und Funktionen der Stadt");
        var forms = context.Get<TopicForms>(context.Focus).Keyphrase;
        Assert.Equal(["geschichte", "funktionen", "stadt"], forms.ContentWords);
        Assert.Contains("jedoch", (IReadOnlySet<string>)German.Instance.FunctionWords);
        Assert.Contains("wurde", (IReadOnlySet<string>)German.Instance.FunctionWords);
    }

    [Theory]
    [InlineData("Donaudampfschifffahrtsgesellschaft", true)]
    [InlineData("Kapazitätserweiterungen", true)]
    [InlineData("Geschwindigkeit", false)]
    [InlineData("Möglichkeiten", false)]
    [InlineData("Hausaufgaben", false)]
    [InlineData("beispielsweise", false)]
    public void Tells_complex_words(string word, bool complex) => Assert.Equal(complex, German.Instance.IsComplexWord(word));

    public static TheoryData<string, string> Forms => new()
    {
        { "haus", "häuser" }, { "haus", "hauses" }, { "flughafen", "flughäfen" }, { "kind", "kindern" },
        { "katze", "katzen" }, { "stadt", "städte" }, { "buch", "bücher" }, { "wort", "wörter" },
        { "garten", "gärten" }, { "funktion", "funktionen" }, { "geschichte", "geschichten" }, { "land", "ländern" },
        { "schnell", "schneller" }, { "schön", "schönste" }, { "groß", "großen" },
        { "kaufen", "kauft" }, { "kaufen", "gekauft" }, { "kaufen", "kaufte" }, { "arbeiten", "gearbeitet" },
        { "öffnen", "öffnet" }, { "sammeln", "sammle" }, { "verkaufen", "verkaufte" }, { "reparieren", "repariert" },
        { "einkaufen", "eingekauft" }, { "einkaufen", "einzukaufen" }, { "gehen", "ging" }, { "gehen", "gegangen" },
        { "schreiben", "schrieb" }, { "schreiben", "geschriebene" }, { "laufen", "läuft" }, { "halten", "hältst" },
        { "aufgehen", "aufgegangen" }, { "geschrieben", "schreiben" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Word_forms_match_inflections(string word, string form) => Assert.True(Matches(word, form), $"{word} should match {form}");

    [Theory]
    [InlineData("haus", "hausaufgabe")]
    [InlineData("kind", "kindheit")]
    [InlineData("rat", "rathaus")]
    [InlineData("bahn", "bahnhof")]
    [InlineData("see", "seele")]
    [InlineData("mut", "mutter")]
    [InlineData("tor", "torte")]
    [InlineData("arm", "armee")]
    [InlineData("arm", "arbeit")]
    [InlineData("lehrer", "lehrerin")]
    [InlineData("schloss", "geschlossen")]
    [InlineData("stand", "stehen")]
    public void Word_forms_keep_look_alikes_apart(string word, string other)
    {
        Assert.False(Matches(word, other), $"{word} should not match {other}");
        var paper = new Paper { Text = "<p>Das ist ein Satz mit " + other + " darin.</p>", Keyphrase = word, Locale = "de_DE" };
        Assert.Equal(0, Analyzer.Analyze(paper).Facts.KeyphraseCount);
    }

    [Fact]
    public void Without_word_forms_only_the_word_matches() => Assert.Equal(["kaufen"], German.Instance.WordForms("kaufen", false));

    [Theory]
    [MemberData(nameof(Forms))]
    public void A_text_with_an_inflected_form_contains_the_keyphrase(string word, string form)
    {
        var paper = new Paper { Text = "<p>Das ist ein Satz mit " + form + " darin.</p>", Keyphrase = word, Locale = "de_DE" };
        Assert.Equal(1, Analyzer.Analyze(paper).Facts.KeyphraseCount);
    }

    [Fact]
    public void Density_counts_inflected_forms_with_word_forms_on()
    {
        var text = "<p>Wir kaufen Brot. Er kauft Milch. Sie hat Käse gekauft. Das ist ein ganz normaler Satz ohne das Wort.</p>";
        var paper = new Paper { Text = text, Keyphrase = "kaufen", Locale = "de_DE" };
        Assert.Equal(3, Analyzer.Analyze(paper).Facts.KeyphraseCount);
        Assert.Equal(1, Analyzer.Analyze(paper, new AnalysisOptions { WordForms = false }).Facts.KeyphraseCount);
    }

    [Theory]
    [InlineData("Ideen für kleine Gärten", "ideen-fuer-kleine-gaerten", 9)]
    [InlineData("Ideen für kleine Gärten", "ideen-fur-kleine-garten", 9)]
    [InlineData("einfache Yoga Übungen für Anfänger", "einfache-yoga-uebungen-fuer-anfaenger", 9)]
    [InlineData("Straße am Fluss", "strasse-am-fluss", 9)]
    [InlineData("Quellen der Donau", "quellen-der-donau", 9)]
    [InlineData("Ideen für kleine Gärten", "ideen-fuer-grosse-parks", 6)]
    public void Slugs_spell_umlauts_either_way(string keyphrase, string slug, int score) =>
        Assert.Equal(score, LanguageKit.SlugScore("de_DE", keyphrase, slug));

    private static bool Matches(string word, string form) => LanguageKit.IsForm(German.Instance, word, form);
}
