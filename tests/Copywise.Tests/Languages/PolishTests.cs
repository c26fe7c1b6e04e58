using Copywise.Languages;
using static Copywise.Tests.Languages.SentenceChecks;

namespace Copywise.Tests.Languages;

/// <summary>Polish: the periphrastic passive, word forms by our suffix rules, lists and long-sentence shares.</summary>
public class PolishTests
{
    private const string Pl = "pl_PL";

    [Theory]
    [InlineData("Dom został zbudowany w zeszłym roku.")]
    [InlineData("Książka jest czytana przez wielu ludzi.")]
    [InlineData("Drzwi zostały zamknięte na klucz.")]
    [InlineData("List będzie wysłany jutro.")]
    [InlineData("Odkryty został nowy gatunek ryby.")]
    [InlineData("Wszyscy studenci byli zaproszeni na spotkanie.")]
    [InlineData("Problem nie jest jasno opisany w raporcie.")]
    [InlineData("Sklep był otwarty do późna.")]
    [InlineData("Ta metoda bywa stosowana w medycynie.")]
    [InlineData("Projekt zostanie zrealizowany w przyszłym roku.")]
    public void Auxiliary_and_participle_make_a_passive(string sentence) => Assert.True(IsPassive(Pl, sentence));

    [Theory]
    [InlineData("Zbudowaliśmy dom w zeszłym roku.")]
    [InlineData("To jest bardzo ważne pytanie.")]
    [InlineData("Jego żona jest lekarką.")]
    [InlineData("Z drugiej strony jest to trudne.")]
    [InlineData("Ten stół był drewniany.")]
    [InlineData("Dom był zielony i duży.")]
    [InlineData("Była to kwota, przekazana jeszcze przed założeniem firmy.")]
    [InlineData("Autorem książki był Jan Nowak, który napisał też wiersze.")]
    [InlineData("Czytana książka leży na stole.")]
    public void Active_sentences_and_adjectives_are_not_passive(string sentence) => Assert.False(IsPassive(Pl, sentence));

    [Theory]
    [InlineData("Jednak nie wszyscy się zgodzili.")]
    [InlineData("Na przykład Kraków jest piękny.")]
    [InlineData("Poszliśmy do domu, ponieważ padało.")]
    [InlineData("Przede wszystkim trzeba odpocząć.")]
    [InlineData("Nie tylko śpiewa, ale również tańczy.")]
    [InlineData("Zarówno ojciec, jak i matka pracują.")]
    public void Transition_words_are_found(string sentence) => Assert.True(HasTransition(Pl, sentence));

    [Fact]
    public void A_sentence_without_transitions() => Assert.False(HasTransition(Pl, "Poszliśmy do domu."));

    [Fact]
    public void Demonstratives_take_the_next_word_into_the_beginning() =>
        Assert.Equal(["ten dom", "ten kot", "my"], Beginnings(Pl, "Ten dom stoi. Ten kot śpi. My idziemy."));

    [Fact]
    public void Long_sentence_shares_are_15_and_20_percent_also_for_cornerstone()
    {
        Assert.Equal((15, 20), Polish.Instance.LongSentenceShares(false));
        Assert.Equal((15, 20), Polish.Instance.LongSentenceShares(true));
        Assert.Equal(20, Polish.Instance.LongSentenceWords);
    }

    [Theory]
    [InlineData("kot", "kota")]
    [InlineData("kot", "kotem")]
    [InlineData("kot", "kocie")]
    [InlineData("kot", "koty")]
    [InlineData("dom", "domu")]
    [InlineData("dom", "domami")]
    [InlineData("ręka", "ręce")]
    [InlineData("ręka", "ręką")]
    [InlineData("noga", "nodze")]
    [InlineData("siostra", "siostrze")]
    [InlineData("szkoła", "szkole")]
    [InlineData("szkoła", "szkołach")]
    [InlineData("stół", "stołu")]
    [InlineData("kobieta", "kobiecie")]
    [InlineData("woda", "wodzie")]
    [InlineData("sklep", "sklepie")]
    [InlineData("miłość", "miłości")]
    [InlineData("historia", "historii")]
    [InlineData("polski", "polskich")]
    [InlineData("polski", "polskiego")]
    [InlineData("nowy", "nowej")]
    [InlineData("nowy", "nowymi")]
    [InlineData("Szczecin", "Szczecina")]
    [InlineData("Szczecin", "Szczecinie")]
    [InlineData("czytać", "czytał")]
    [InlineData("czytać", "czytali")]
    [InlineData("budować", "budował")]
    [InlineData("pan", "panowie")]
    public void Inflected_forms_match_with_word_forms(string keyword, string form) =>
        Assert.True(Matches(Pl, keyword.ToLowerInvariant(), form.ToLowerInvariant()));

    [Theory]
    [InlineData("dom", "domowy")]
    [InlineData("kot", "kotek")]
    [InlineData("szkoła", "szkolny")]
    [InlineData("las", "laska")]
    [InlineData("miasto", "miastowy")]
    [InlineData("pies", "piesek")]
    [InlineData("nowy", "nowość")]
    [InlineData("woda", "wodny")]
    [InlineData("rok", "rola")]
    [InlineData("kot", "kto")]
    public void Look_alike_words_do_not_match(string keyword, string other) => Assert.False(Matches(Pl, keyword, other));

    [Fact]
    public void Without_word_forms_only_the_written_form_counts()
    {
        const string text = "Historia miasta jest długa. Nowe badania historii trwają. O historii się mówi.";
        Assert.Equal(1, KeyphraseCount(Pl, text, "historia", wordForms: false));
        Assert.Equal(3, KeyphraseCount(Pl, text, "historia", wordForms: true));
    }

    [Theory]
    [InlineData("Łódź", "lodz", 9)]
    [InlineData("zażółć gęślą jaźń", "zazolc-gesla-jazn", 9)]
    [InlineData("historia Szczecina", "historia-krakowa", 6)]
    public void Slugs_without_accents_contain_the_keyphrase(string keyphrase, string slug, int score) =>
        Assert.Equal(score, LanguageKit.SlugScore(Pl, keyphrase, slug));

    [Fact]
    public void Lists_are_filled()
    {
        Assert.True(Polish.Instance.FunctionWords.Count > 300);
        Assert.True(Polish.Instance.TransitionWords.Count >= 100);
        Assert.NotEmpty(Polish.Instance.TwoPartTransitionWords);
    }
}
