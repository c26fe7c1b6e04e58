using Copywise.Languages;

namespace Copywise.Tests.Languages;

/// <summary>Portuguese: passive voice, syllables and Flesch, transition words, sentence beginnings and length, word forms.</summary>
public class PortugueseTests
{
    private const string Pt = "pt_PT";

    [Fact]
    public void Portuguese_locales_find_portuguese() => Assert.IsType<Portuguese>(LanguageRegistry.ForLocale("pt_BR"));

    [Theory]
    [InlineData("A casa foi construída em 1990.")]
    [InlineData("O livro é lido por milhões de pessoas.")]
    [InlineData("As cartas foram escritas por Camões.")]
    [InlineData("A ponte será inaugurada amanhã.")]
    [InlineData("A casa tinha sido vendida.")]
    [InlineData("Os resultados serão publicados em breve.")]
    [InlineData("O edifício foi destruído durante a guerra.")]
    [InlineData("A lei foi aprovada, e os cidadãos foram informados.")]
    [InlineData("Ele foi eleito presidente em 2010.")]
    [InlineData("Os gatos foram domesticados no Egito.")]
    public void Finds_passive_sentences(string sentence) => Assert.True(LanguageKit.IsPassive(sentence, Pt));

    [Theory]
    [InlineData("Ela é médica num hospital.")]
    [InlineData("O problema é complicado.")]
    [InlineData("É um mercado muito grande.")]
    [InlineData("Foi o resultado de anos de trabalho.")]
    [InlineData("A porta está fechada.")]
    [InlineData("O livro ficou conhecido em todo o mundo.")]
    [InlineData("O João tem comido muito.")]
    [InlineData("A cidade é bonita e cheia de vida.")]
    [InlineData("A água é rápida e a rocha é sólida.")]
    [InlineData("É a saída da cidade.")]
    public void Leaves_active_sentences_alone(string sentence) => Assert.False(LanguageKit.IsPassive(sentence, Pt));

    [Theory]
    [InlineData("casa", 2)]
    [InlineData("poeta", 3)]
    [InlineData("saúde", 3)]
    [InlineData("pão", 1)]
    [InlineData("mãe", 1)]
    [InlineData("põe", 1)]
    [InlineData("dia", 2)]
    [InlineData("social", 3)]
    [InlineData("história", 3)]
    [InlineData("quando", 2)]
    [InlineData("água", 2)]
    [InlineData("maior", 2)]
    [InlineData("ouro", 2)]
    [InlineData("queijo", 2)]
    [InlineData("canções", 2)]
    [InlineData("praia", 2)]
    public void Counts_syllables(string word, int syllables) => Assert.Equal(syllables, Portuguese.Instance.CountSyllables(word));

    [Fact]
    public void Flesch_uses_martins_and_others()
    {
        // 248.835 − 1.015 × 20 − 84.6 × 1.5
        Assert.Equal(101.635, Portuguese.Instance.FleschReadingEase(100, 5, 150)!.Value, 6);
        // 17 words, 3 sentences, 30 syllables (counted by hand): 248.835 − 1.015 × 17 / 3 − 84.6 × 30 / 17 = 93.79.
        const string text = "<p>O gato dorme no sofá. A menina brinca no jardim com os amigos. Amanhã vamos à praia.</p>";
        Assert.Equal(93.8, LanguageKit.Flesch(text, Pt));
    }

    [Theory]
    [InlineData("No entanto, ele não veio.")]
    [InlineData("Por exemplo, o sol é uma estrela.")]
    [InlineData("Não só canta, mas também dança.")]
    [InlineData("Em primeiro lugar, leia as instruções.")]
    [InlineData("Além disso, o hotel é barato.")]
    [InlineData("Primeiro, leia as instruções.")]
    public void Finds_transition_words(string sentence) => Assert.True(LanguageKit.HasTransition(sentence, Pt));

    [Theory]
    [InlineData("O gato dorme no sofá.")]
    [InlineData("Ele se levanta cedo.")]
    [InlineData("O primeiro rei de Portugal.")]
    public void Sentences_without_a_transition_have_none(string sentence) => Assert.False(LanguageKit.HasTransition(sentence, Pt));

    [Fact]
    public void Sentence_beginnings_take_the_word_after_an_article()
    {
        Assert.Empty(LanguageKit.RepeatedBeginnings("<p>O gato dorme. O cão ladra. O galo canta.</p>", Pt));
        Assert.Equal(["o gato"], LanguageKit.RepeatedBeginnings("<p>O gato dorme. O gato come. O gato brinca.</p>", Pt));
    }

    [Fact]
    public void Long_sentences_are_over_twenty_five_words() => Assert.Equal(25, Portuguese.Instance.LongSentenceWords);

    [Fact]
    public void Portuguese_has_no_word_complexity_as_in_the_reference() => Assert.False(Portuguese.Instance.HasWordComplexity);

    [Theory]
    [InlineData("gato", "gatos")]
    [InlineData("gato", "gata")]
    [InlineData("canção", "canções")]
    [InlineData("cidade", "cidades")]
    [InlineData("animal", "animais")]
    [InlineData("papel", "papéis")]
    [InlineData("homem", "homens")]
    [InlineData("flor", "flores")]
    [InlineData("país", "países")]
    [InlineData("livro", "livros")]
    [InlineData("falar", "fala")]
    [InlineData("falar", "falado")]
    [InlineData("bonito", "bonitas")]
    [InlineData("novo", "novas")]
    [InlineData("viagem", "viagens")]
    [InlineData("receita", "receitas")]
    [InlineData("jardim", "jardins")]
    [InlineData("música", "músicas")]
    [InlineData("definição", "definições")]
    [InlineData("história", "histórias")]
    [InlineData("escrever", "escreveu")]
    [InlineData("bicicleta", "bicicletas")]
    public void Matches_inflected_forms(string word, string form) => Assert.True(Portuguese.Instance.IsWordForm(word, form));

    [Theory]
    [InlineData("mar", "marido")]
    [InlineData("sol", "soldado")]
    [InlineData("pão", "pãozinho")]
    [InlineData("mesa", "meseta")]
    [InlineData("carta", "cartaz")]
    [InlineData("cama", "camarão")]
    [InlineData("vinho", "vinagre")]
    [InlineData("rosa", "rosto")]
    [InlineData("casa", "casaco")]
    [InlineData("porta", "portal")]
    [InlineData("lago", "lagosta")]
    [InlineData("sala", "salada")]
    public void Does_not_match_look_alikes(string word, string other) => Assert.False(Portuguese.Instance.IsWordForm(word, other));

    [Fact]
    public void Word_forms_count_inflected_keyphrases_only_when_on()
    {
        const string text = "<p>As receitas caseiras são simples. Uma receita caseira basta. Adoro receitas caseiras.</p>";
        Assert.Equal(3, LanguageKit.KeyphraseCount(text, "receita caseira", Pt, wordForms: true));
        Assert.Equal(1, LanguageKit.KeyphraseCount(text, "receita caseira", Pt, wordForms: false));
    }

    [Fact]
    public void Function_words_do_not_count_in_the_keyphrase()
    {
        IReadOnlySet<string> functionWords = Portuguese.Instance.FunctionWords;
        Assert.Contains("pelo", functionWords);
        Assert.Contains("porque", functionWords);
        Assert.DoesNotContain("música", functionWords);
        Assert.True(functionWords.Count > 300);
    }
}
