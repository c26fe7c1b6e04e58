using Copywise.Languages;

namespace Copywise.Tests.Languages;

/// <summary>Italian: passive voice, syllables and Flesch, transition words, sentence beginnings and length, word forms.</summary>
public class ItalianTests
{
    private const string It = "it_IT";

    [Fact]
    public void Italian_locales_find_italian() => Assert.IsType<Italian>(LanguageRegistry.ForLocale("it_CH"));

    [Theory]
    [InlineData("La casa fu costruita nel 1990.")]
    [InlineData("Il libro viene letto da molti studenti.")]
    [InlineData("Le lettere furono scritte da Manzoni.")]
    [InlineData("Il ponte è stato inaugurato ieri.")]
    [InlineData("I risultati verranno pubblicati domani.")]
    [InlineData("Il documento va firmato entro lunedì.")]
    [InlineData("La torre venne distrutta durante la guerra.")]
    [InlineData("Le regole sono state approvate, e i cittadini sono stati informati.")]
    [InlineData("Il castello fu venduto a un ricco mercante.")]
    [InlineData("La legge è stata modificata più volte.")]
    public void Finds_passive_sentences(string sentence) => Assert.True(LanguageKit.IsPassive(sentence, It));

    [Theory]
    [InlineData("Il bambino è nato a Roma.")]
    [InlineData("Sono arrivati ieri sera.")]
    [InlineData("Si è lavato le mani.")]
    [InlineData("È il risultato di anni di lavoro.")]
    [InlineData("Ha mangiato una mela.")]
    [InlineData("Negli Stati Uniti la vita è cara.")]
    [InlineData("Lo stato italiano è una repubblica.")]
    [InlineData("C'è stato un errore.")]
    [InlineData("Fu un periodo fortunato.")]
    [InlineData("Il bambino è stato molto fortunato.")]
    public void Leaves_active_sentences_alone(string sentence) => Assert.False(LanguageKit.IsPassive(sentence, It));

    [Fact]
    public void The_present_of_essere_is_not_taken_for_a_passive_auxiliary() =>
        // "è costruita" reads as a passive, but "è" + participle is also the perfect of every verb conjugated with
        // "essere" ("è arrivata"); only "viene", "fu", "è stato", "va" mark the passive.
        Assert.False(LanguageKit.IsPassive("La casa è costruita in pietra.", It));

    [Theory]
    [InlineData("casa", 2)]
    [InlineData("paese", 3)]
    [InlineData("idea", 3)]
    [InlineData("aereo", 4)]
    [InlineData("ciao", 2)]
    [InlineData("quadro", 2)]
    [InlineData("giorno", 2)]
    [InlineData("scienza", 2)]
    [InlineData("poeta", 3)]
    [InlineData("perché", 2)]
    [InlineData("città", 2)]
    [InlineData("sport", 1)]
    public void Counts_syllables(string word, int syllables) => Assert.Equal(syllables, Italian.Instance.CountSyllables(word));

    [Fact]
    public void Flesch_uses_franchina_and_vacca()
    {
        // 217 − 1.3 × 20 − 0.6 × 150
        Assert.Equal(101.0, Italian.Instance.FleschReadingEase(100, 5, 150)!.Value, 6);
        // 17 words, 3 sentences, 33 syllables (counted by hand): 217 − 1.3 × 17 / 3 − 0.6 × 3300 / 17 = 93.16.
        const string text = "<p>Il gatto dorme sul divano. La bambina gioca nel giardino con gli amici. Domani andiamo al mare.</p>";
        Assert.Equal(93.2, LanguageKit.Flesch(text, It));
    }

    [Theory]
    [InlineData("Tuttavia, non è venuto.")]
    [InlineData("Per esempio, il sole è una stella.")]
    [InlineData("Non solo canta, ma anche balla.")]
    [InlineData("In primo luogo, leggete le istruzioni.")]
    [InlineData("D'altra parte, il prezzo è alto.")]
    [InlineData("Al termine del corso riceverete un attestato.")]
    [InlineData("Prenotate presto, altrimenti i posti finiscono.")]
    public void Finds_transition_words(string sentence) => Assert.True(LanguageKit.HasTransition(sentence, It));

    [Fact]
    public void Sentences_without_a_transition_have_none() => Assert.False(LanguageKit.HasTransition("Il gatto dorme sul divano.", It));

    [Fact]
    public void Sentence_beginnings_take_the_word_after_an_article()
    {
        Assert.Empty(LanguageKit.RepeatedBeginnings("<p>Il gatto dorme. Il cane abbaia. Il gallo canta.</p>", It));
        Assert.Equal(["il gatto"], LanguageKit.RepeatedBeginnings("<p>Il gatto dorme. Il gatto mangia. Il gatto gioca.</p>", It));
    }

    [Fact]
    public void Long_sentences_are_over_twenty_five_words() => Assert.Equal(25, Italian.Instance.LongSentenceWords);

    [Fact]
    public void Italian_has_no_word_complexity_as_in_the_reference() => Assert.False(Italian.Instance.HasWordComplexity);

    [Theory]
    [InlineData("pianeta", "pianeti")]
    [InlineData("gatto", "gatti")]
    [InlineData("gatto", "gatta")]
    [InlineData("casa", "case")]
    [InlineData("libro", "libri")]
    [InlineData("amico", "amici")]
    [InlineData("amico", "amiche")]
    [InlineData("parlare", "parla")]
    [InlineData("parlare", "parliamo")]
    [InlineData("parlare", "parlato")]
    [InlineData("mangiare", "mangiando")]
    [InlineData("finire", "finito")]
    [InlineData("bello", "belli")]
    [InlineData("nuovo", "nuove")]
    [InlineData("viaggio", "viaggi")]
    [InlineData("ricetta", "ricette")]
    [InlineData("bicicletta", "biciclette")]
    [InlineData("istruzione", "l'istruzione")]
    [InlineData("istruzione", "dell'istruzione")]
    [InlineData("acqua", "dell'acqua")]
    [InlineData("giardino", "giardini")]
    [InlineData("problema", "problemi")]
    public void Matches_inflected_forms(string word, string form) => Assert.True(Italian.Instance.IsWordForm(word, form));

    [Theory]
    [InlineData("mare", "marito")]
    [InlineData("sole", "soldato")]
    [InlineData("pane", "panetteria")]
    [InlineData("casa", "cassa")]
    [InlineData("porta", "portafoglio")]
    [InlineData("carta", "cartello")]
    [InlineData("vino", "vinile")]
    [InlineData("rosa", "rosso")]
    [InlineData("mela", "melanzana")]
    [InlineData("pasta", "pastore")]
    [InlineData("lago", "lagna")]
    public void Does_not_match_look_alikes(string word, string other) => Assert.False(Italian.Instance.IsWordForm(word, other));

    [Fact]
    public void Word_forms_count_inflected_keyphrases_only_when_on()
    {
        const string text = "<p>Le ricette tradizionali sono semplici. Una ricetta tradizionale basta. Amo le ricette tradizionali.</p>";
        Assert.Equal(3, LanguageKit.KeyphraseCount(text, "ricetta tradizionale", It, wordForms: true));
        Assert.Equal(1, LanguageKit.KeyphraseCount(text, "ricetta tradizionale", It, wordForms: false));
    }

    [Fact]
    public void Function_words_do_not_count_in_the_keyphrase()
    {
        IReadOnlySet<string> functionWords = Italian.Instance.FunctionWords;
        Assert.Contains("della", functionWords);
        Assert.Contains("perché", functionWords);
        Assert.DoesNotContain("pianeta", functionWords);
        Assert.True(functionWords.Count > 300);
    }
}
