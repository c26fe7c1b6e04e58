using Copywise.Languages;
using static Copywise.Tests.Languages.SentenceChecks;

namespace Copywise.Tests.Languages;

/// <summary>Slovak: the passive of byť with a participle, word forms by our suffix rules, lists and slugs.</summary>
public class SlovakTests
{
    private const string Sk = "sk_SK";

    [Theory]
    [InlineData("Dom bol postavený v roku 1990.")]
    [InlineData("Kniha bola napísaná známym autorom.")]
    [InlineData("Obchod je otvorený od ôsmej hodiny.")]
    [InlineData("Návrh bude prijatý budúci týždeň.")]
    [InlineData("Listy boli odoslané včas.")]
    [InlineData("Chodník je v zime uzavretý.")]
    [InlineData("Všetci poslanci boli zvolení na štyri roky.")]
    [InlineData("Vojak bol zabitý v boji.")]
    [InlineData("Zákon nebol schválený parlamentom.")]
    [InlineData("Informácie sú zverejňované na stránke.")]
    public void Byt_with_a_participle_is_passive(string sentence) => Assert.True(IsPassive(Sk, sentence));

    [Theory]
    [InlineData("Postavili sme dom v roku 1990.")]
    [InlineData("Je to dôležitý krok.")]
    [InlineData("Dom bol pekný a veľký.")]
    [InlineData("Jeho strom je zelený.")]
    [InlineData("Táto trasa je vhodná pre rodiny.")]
    [InlineData("Úloha bola zložitá.")]
    [InlineData("Prvým tipom je ovsená kaša.")]
    [InlineData("Napísaný list leží na stole.")]
    [InlineData("Bol tam Peter Zelený, ktorý všetko pripravil.")]
    [InlineData("Naša rodina je veľká.")]
    public void Active_sentences_and_adjectives_are_not_passive(string sentence) => Assert.False(IsPassive(Sk, sentence));

    [Theory]
    [InlineData("Navyše je to lacné.")]
    [InlineData("Napríklad Bratislava je krásna.")]
    [InlineData("Išli sme domov, pretože pršalo.")]
    [InlineData("Najprv zmiešajte múku s vodou.")]
    [InlineData("Nielen spieva, ale aj tancuje.")]
    [InlineData("Buď prídeš, alebo zavoláš.")]
    public void Transition_words_are_found(string sentence) => Assert.True(HasTransition(Sk, sentence));

    [Fact]
    public void A_sentence_without_transitions() => Assert.False(HasTransition(Sk, "Išli sme domov."));

    [Fact]
    public void Demonstratives_take_the_next_word_into_the_beginning() =>
        Assert.Equal(["ten dom", "ten pes", "my"], Beginnings(Sk, "Ten dom stojí. Ten pes spí. My ideme."));

    [Theory]
    [InlineData("zdravé raňajky", "zdrave-ranajky", 9)]
    [InlineData("Vysoké Tatry", "vysoke-tatry-turistika", 9)]
    [InlineData("Vysoké Tatry", "nizke-tatry", 6)]
    public void Slugs_without_accents_contain_the_keyphrase(string keyphrase, string slug, int score)
    {
        var paper = new Copywise.Documents.Paper { Text = "<p>Text.</p>", Keyphrase = keyphrase, Slug = slug, Locale = Sk, Format = Copywise.Documents.DocumentFormat.Html };
        Assert.Equal(score, Copywise.Analysis.Analyzer.Analyze(paper).Seo["slugKeyword"]!.Value.Score);
    }

    [Theory]
    [InlineData("raňajky", "raňajok")]
    [InlineData("raňajky", "raňajkami")]
    [InlineData("zdravý", "zdravé")]
    [InlineData("zdravý", "zdravého")]
    [InlineData("zdravý", "zdravými")]
    [InlineData("kôň", "koňa")]
    [InlineData("stôl", "stola")]
    [InlineData("chlieb", "chleba")]
    [InlineData("dom", "domu")]
    [InlineData("dom", "domoch")]
    [InlineData("žena", "ženy")]
    [InlineData("žena", "ženou")]
    [InlineData("mesto", "meste")]
    [InlineData("mesto", "mestách")]
    [InlineData("hora", "horách")]
    [InlineData("hora", "horou")]
    [InlineData("Tatry", "Tatrách")]
    [InlineData("Tatry", "Tatier")]
    [InlineData("vysoký", "vysokých")]
    [InlineData("vysoký", "vysokému")]
    [InlineData("čítať", "čítal")]
    [InlineData("čítať", "čítajú")]
    [InlineData("turistika", "turistike")]
    [InlineData("turistika", "turistiku")]
    public void Inflected_forms_match_with_word_forms(string keyword, string form) =>
        Assert.True(Matches(Sk, keyword.ToLowerInvariant(), form.ToLowerInvariant()));

    [Theory]
    [InlineData("dom", "domový")]
    [InlineData("hora", "horár")]
    [InlineData("les", "lesník")]
    [InlineData("mesto", "mestský")]
    [InlineData("kniha", "knihovňa")]
    [InlineData("voda", "vodník")]
    [InlineData("zdravý", "zdravotný")]
    [InlineData("turistika", "turista")]
    [InlineData("rok", "ruka")]
    [InlineData("pes", "pero")]
    public void Look_alike_words_do_not_match(string keyword, string other) => Assert.False(Matches(Sk, keyword, other));

    [Fact]
    public void Without_word_forms_only_the_written_form_counts()
    {
        const string text = "Zdravé raňajky sú dôležité. Bez raňajok nejdem von. Dávam si zdravé raňajky.";
        Assert.Equal(2, KeyphraseCount(Sk, text, "raňajky", wordForms: false));
        Assert.Equal(3, KeyphraseCount(Sk, text, "raňajky", wordForms: true));
    }

    [Fact]
    public void Lists_are_filled()
    {
        Assert.True(Slovak.Instance.FunctionWords.Count > 300);
        Assert.True(Slovak.Instance.TransitionWords.Count >= 100);
        Assert.NotEmpty(Slovak.Instance.TwoPartTransitionWords);
    }
}
