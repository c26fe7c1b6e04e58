using Copywise.Languages;
using static Copywise.Tests.Languages.SentenceChecks;

namespace Copywise.Tests.Languages;

/// <summary>Czech: the passive of být with a short participle, word forms by the light Czech stemmer, lists, slugs.</summary>
public class CzechTests
{
    private const string Cs = "cs_CZ";

    [Theory]
    [InlineData("Dům byl postaven v roce 1990.")]
    [InlineData("Kniha byla napsána známým autorem.")]
    [InlineData("Obchod je otevřen od osmi hodin.")]
    [InlineData("Návrh bude přijat příští týden.")]
    [InlineData("Dopisy byly odeslány včas.")]
    [InlineData("Zákon nebyl schválen parlamentem.")]
    [InlineData("Město bylo založeno ve 13. století.")]
    [InlineData("Řetěz by měl být promazán každý měsíc.")]
    [InlineData("Voják byl zabit v bitvě.")]
    [InlineData("Kvásek může být uložen v lednici.")]
    public void Byt_with_a_short_participle_is_passive(string sentence) => Assert.True(IsPassive(Cs, sentence));

    [Theory]
    [InlineData("Postavili jsme dům v roce 1990.")]
    [InlineData("Na jeden bochník budete potřebovat mouku.")]
    [InlineData("Je to jen malá změna.")]
    [InlineData("Byl to dlouhý týden.")]
    [InlineData("Jeho žena je lékařka.")]
    [InlineData("Plán byl jednoduchý a jasný.")]
    [InlineData("Kvalita je pro nás důležitá.")]
    [InlineData("Byl tam Jan Novák, který všechno připravil.")]
    [InlineData("Univerzita je velká.")]
    [InlineData("Otevřený obchod stojí na rohu.")]
    public void Active_sentences_and_look_alikes_are_not_passive(string sentence) => Assert.False(IsPassive(Cs, sentence));

    [Theory]
    [InlineData("Navíc je to levné.")]
    [InlineData("Například Praha je krásná.")]
    [InlineData("Šli jsme domů, protože pršelo.")]
    [InlineData("Nejprve smíchejte mouku s vodou.")]
    [InlineData("Nejen zpívá, ale i tančí.")]
    [InlineData("Buď přijdeš, nebo zavoláš.")]
    public void Transition_words_are_found(string sentence) => Assert.True(HasTransition(Cs, sentence));

    [Fact]
    public void A_sentence_without_transitions() => Assert.False(HasTransition(Cs, "Šli jsme domů."));

    [Fact]
    public void Demonstratives_take_the_next_word_into_the_beginning() =>
        Assert.Equal(["ten dům", "ten pes", "my"], Beginnings(Cs, "Ten dům stojí. Ten pes spí. My jdeme."));

    [Theory]
    [InlineData("kváskový chléb", "domaci-kvaskovy-chleb", 9)]
    [InlineData("kolo do práce", "kolo-do-prace", 9)]
    [InlineData("kolo do práce", "auto-do-prace", 6)]
    public void Slugs_without_accents_contain_the_keyphrase(string keyphrase, string slug, int score) =>
        Assert.Equal(score, LanguageKit.SlugScore(Cs, keyphrase, slug));

    [Theory]
    [InlineData("chléb", "chleba")]
    [InlineData("chléb", "chlebem")]
    [InlineData("chléb", "chlebu")]
    [InlineData("kvásek", "kvásku")]
    [InlineData("kvásek", "kváskem")]
    [InlineData("kolo", "kole")]
    [InlineData("kolo", "kola")]
    [InlineData("kolo", "kolem")]
    [InlineData("práce", "práci")]
    [InlineData("žena", "ženy")]
    [InlineData("žena", "ženou")]
    [InlineData("město", "městě")]
    [InlineData("město", "městech")]
    [InlineData("kniha", "knihy")]
    [InlineData("kniha", "knihou")]
    [InlineData("nový", "nového")]
    [InlineData("nový", "novými")]
    [InlineData("zelený", "zelená")]
    [InlineData("zelený", "zeleného")]
    [InlineData("hrad", "hradu")]
    [InlineData("hrad", "hradech")]
    [InlineData("dům", "domu")]
    public void Inflected_forms_match_with_word_forms(string keyword, string form) => Assert.True(Matches(Cs, keyword, form));

    [Theory]
    [InlineData("dům", "domácí")]
    [InlineData("kolo", "kolonie")]
    [InlineData("les", "lesník")]
    [InlineData("práce", "pracovní")]
    [InlineData("hrad", "hradba")]
    [InlineData("kniha", "knihovna")]
    [InlineData("voda", "vodník")]
    [InlineData("pes", "pero")]
    [InlineData("město", "městský")]
    [InlineData("chléb", "chlebník")]
    public void Look_alike_words_do_not_match(string keyword, string other) => Assert.False(Matches(Cs, keyword, other));

    [Fact]
    public void Without_word_forms_only_the_written_form_counts()
    {
        const string text = "Kvásek je základ. Bez kvásku to nejde. S kváskem pečeme chléb.";
        Assert.Equal(1, KeyphraseCount(Cs, text, "kvásek", wordForms: false));
        Assert.Equal(3, KeyphraseCount(Cs, text, "kvásek", wordForms: true));
    }

    [Fact]
    public void Lists_are_filled()
    {
        Assert.True(Czech.Instance.FunctionWords.Count > 300);
        Assert.True(Czech.Instance.TransitionWords.Count >= 100);
        Assert.NotEmpty(Czech.Instance.TwoPartTransitionWords);
    }
}
