using Copywise.Analysis;
using Copywise.Documents;
using Copywise.Languages;
using Copywise.Research;
using Copywise.Text;

namespace Copywise.Tests.Languages;

/// <summary>Greek: registration, lists, the morphological and periphrastic passive, sentence beginnings, word forms.</summary>
public class GreekTests
{
    private static TextAnalysis Analyze(string text) =>
        TextAnalysis.Analyze(HtmlDocumentParser.Parse("<p>" + text + "</p>").Document, Greek.Instance);

    private static bool Passive(string sentence)
    {
        var analysis = Analyze(sentence);
        return Greek.Instance.IsPassive(analysis, analysis.Sentences[0]);
    }

    private static AnalysisResult Run(string html, string keyphrase, bool wordForms) =>
        Analyzer.Analyze(new Paper { Text = html, Keyphrase = keyphrase, Locale = "el", Format = DocumentFormat.Html }, new AnalysisOptions { WordForms = wordForms });

    [Fact]
    public void Greek_locales_find_greek_with_its_lists()
    {
        Assert.Same(Greek.Instance, LanguageRegistry.ForLocale("el_GR"));
        Assert.True(Greek.Instance.FunctionWords.Count > 300);
        Assert.True(Greek.Instance.TransitionWords.Count > 100);
        Assert.Contains(Greek.Instance.TwoPartTransitionWords, p => p.First.SequenceEqual(["όχι", "μόνο"]) && p.Second.SequenceEqual(["αλλά", "και"]));
        Assert.Contains("αυτή", (IReadOnlySet<string>)Greek.Instance.SentenceBeginningExceptions);
        Assert.Contains("η", (IReadOnlySet<string>)Greek.Instance.SentenceBeginningSecondWordExceptions);
        Assert.Null(Greek.Instance.FleschReadingEase(100, 10, 150));
    }

    [Fact]
    public void A_greek_text_without_locale_is_recognised_by_its_script() =>
        Assert.Equal("el", LanguageDetector.Detect("Η πόλη είναι όμορφη το καλοκαίρι.")?.Code);

    [Theory]
    [InlineData("Το βιβλίο γράφτηκε από έναν γνωστό συγγραφέα.")]
    [InlineData("Το σπίτι χτίστηκε πριν από εκατό χρόνια.")]
    [InlineData("Η συνάντηση θα γίνει όταν ανακοινωθεί η ημερομηνία.")]
    [InlineData("Τα προϊόντα πωλούνται σε όλα τα καταστήματα.")]
    [InlineData("Το πρόβλημα λύθηκε γρήγορα.")]
    [InlineData("Η πόρτα ανοιγόταν μόνο από μέσα.")]
    [InlineData("Ο ασθενής εξετάζεται από τον γιατρό.")]
    [InlineData("Η πόρτα είναι κλεισμένη.")]
    [InlineData("Τα έγγραφα ήταν ήδη υπογεγραμμένα.")]
    [InlineData("Πρέπει να είμαστε καλά προετοιμασμένοι.")]
    [InlineData("Το τραγούδι ακούστηκε σε όλη την πόλη.")]
    public void Passive_sentences_are_found(string sentence) => Assert.True(Passive(sentence), sentence);

    [Theory]
    [InlineData("Ο Γιάννης γράφει ένα γράμμα.")]
    [InlineData("Έρχεται αύριο το πρωί.")]
    [InlineData("Σκέφτομαι συχνά αυτό το ταξίδι.")]
    [InlineData("Χρειάζεται λίγη υπομονή.")]
    [InlineData("Δοκιμάστε το νέο εστιατόριο.")]
    [InlineData("Η εταιρεία ζητεί νέους υπαλλήλους.")]
    [InlineData("Είστε έτοιμοι για το ταξίδι;")]
    [InlineData("Είναι για εμένα.")]
    [InlineData("Είναι και δεμένο με την παράδοση.")]
    [InlineData("Όταν βρέχει, μένουμε μέσα.")]
    public void Active_and_deponent_sentences_are_not_passive(string sentence) => Assert.False(Passive(sentence), sentence);

    [Fact]
    public void Passive_endings_ignore_accents_and_case() =>
        Assert.True(Greek.Instance.IsPassiveVerb("ΓΡΆΦΤΗΚΕ") && Greek.Instance.IsPassiveVerb("γραφτηκε") && !Greek.Instance.IsPassiveVerb("γράφω"));

    [Fact]
    public void A_sentence_beginning_takes_the_word_after_a_demonstrative_and_an_article()
    {
        var paper = new Paper
        {
            Text = "<p>Αυτή η πόλη είναι όμορφη. Αυτή η πόλη έχει θάλασσα. Αυτή η πόλη ξυπνά νωρίς.</p>" +
                   "<p>Αυτή η μέρα ήταν ζεστή. Αυτή η πόλη έχει λιμάνι. Αυτή η γειτονιά είναι ήσυχη.</p>",
            Locale = "el",
            Format = DocumentFormat.Html,
        };
        var result = Analyzer.Analyze(paper, new AnalysisOptions());
        var beginnings = result.Readability["sentenceBeginnings"]!.Value;
        Assert.Equal(3, beginnings.Score);
        Assert.Contains("αυτή η πόλη", beginnings.Text);
    }

    [Theory]
    [InlineData("Κάθε μέρα πίνουμε νερό. Είτε βρέχει είτε όχι, περπατάμε.", 1)]
    [InlineData("Στη συνέχεια, ανεβήκαμε στο βουνό.", 1)]
    [InlineData("Ανεβήκαμε στο βουνό.", 0)]
    public void Transition_words_and_pairs_are_found(string text, int expected)
    {
        var paper = new Paper { Text = "<p>" + text + "</p>", Locale = "el", Format = DocumentFormat.Html };
        var (document, parsed) = DocumentParser.Parse(paper);
        var context = new AnalysisContext(parsed, document, Greek.Instance, new AnalysisOptions());
        Assert.Equal(expected, context.Get<TransitionSentences>().Count);
    }

    // Keyphrase word and a sentence with one of its inflected forms only.
    public static TheoryData<string, string> FormPairs => new()
    {
        { "γάτα", "Οι γάτες κοιμούνται στον ήλιο." },
        { "σπίτι", "Η αυλή του σπιτιού είναι μεγάλη." },
        { "ταξίδι", "Τα ταξίδια ανοίγουν το μυαλό." },
        { "διατροφή", "Ο ρόλος της διατροφής είναι σημαντικός." },
        { "υγεία", "Ο ύπνος είναι θέμα υγείας." },
        { "ελαιόλαδο", "Η γεύση του ελαιολάδου είναι έντονη." },
        { "νερό", "Η θερμοκρασία του νερού ανέβηκε." },
        { "κήπος", "Οι κήποι της πόλης ανθίζουν." },
        { "πόλη", "Οι μεγάλες πόλεις έχουν κίνηση." },
        { "θάλασσα", "Οι θάλασσες της Ελλάδας είναι καθαρές." },
        { "βιβλίο", "Διάβασα τρία βιβλία φέτος." },
        { "δρόμος", "Οι δρόμοι είναι στενοί." },
        { "παιδί", "Τα παιδιά παίζουν έξω." },
        { "μάθημα", "Τα μαθήματα αρχίζουν τον Σεπτέμβριο." },
        { "καλοκαίρι", "Οι μέρες του καλοκαιριού είναι μεγάλες." },
        { "νησί", "Τα νησιά του Αιγαίου είναι όμορφα." },
        { "φαγητό", "Τα φαγητά της γιαγιάς είναι νόστιμα." },
        { "άνθρωπος", "Γνώρισα πολλούς ανθρώπους." },
        { "γιατρός", "Το γραφείο του γιατρού είναι κλειστό." },
        { "ταξιδεύω", "Ταξιδεύουμε κάθε χρόνο." },
        { "υγιεινός", "Μια υγιεινή ζωή θέλει πρόγραμμα." },
        { "Κυκλάδες", "Η ομορφιά των Κυκλάδων είναι γνωστή." },
        { "εστιατόριο", "Τα εστιατόρια κλείνουν αργά." },
        { "μουσείο", "Επισκεφτήκαμε δύο μουσεία." },
    };

    [Theory]
    [MemberData(nameof(FormPairs))]
    public void Word_forms_match_inflections(string keyphrase, string text)
    {
        Assert.Equal(1, Run($"<p>{text}</p>", keyphrase, wordForms: true).Facts.KeyphraseCount);
        Assert.Equal(0, Run($"<p>{text}</p>", keyphrase, wordForms: false).Facts.KeyphraseCount);
    }

    [Theory]
    [InlineData("μέλι", "μέλισσα")]
    [InlineData("κήπος", "κηπουρός")]
    [InlineData("νερό", "νεράιδα")]
    [InlineData("βιβλίο", "βιβλιοθήκη")]
    [InlineData("σπίτι", "σπίθα")]
    [InlineData("καφές", "καφετέρια")]
    [InlineData("μέρα", "μεράκι")]
    [InlineData("παιδί", "παιδεία")]
    [InlineData("ταξί", "ταξίδι")]
    [InlineData("πόλεμος", "πολεμιστής")]
    public void Look_alike_words_are_not_forms(string word, string other)
    {
        Assert.False(GreekWords.IsWordForm(GreekWords.Normalize(word), GreekWords.Normalize(other)), $"{word} ~ {other}");
        Assert.False(GreekWords.IsWordForm(GreekWords.Normalize(other), GreekWords.Normalize(word)), $"{other} ~ {word}");
    }
}
