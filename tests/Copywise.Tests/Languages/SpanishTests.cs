using Copywise.Languages;

namespace Copywise.Tests.Languages;

/// <summary>Spanish: passive voice, syllables and Flesch, transition words, sentence beginnings and length, complex words, word forms.</summary>
public class SpanishTests
{
    private const string Es = "es_ES";

    [Fact]
    public void Spanish_locales_find_spanish() => Assert.IsType<Spanish>(LanguageRegistry.ForLocale("es_MX"));

    [Theory]
    [InlineData("La casa fue construida en 1990.")]
    [InlineData("El libro es leído por millones de personas.")]
    [InlineData("Las cartas fueron escritas por Cervantes.")]
    [InlineData("El puente será inaugurado mañana.")]
    [InlineData("La canción había sido escrita para él.")]
    [InlineData("Los resultados serán publicados pronto.")]
    [InlineData("El edificio fue destruido durante la guerra.")]
    [InlineData("La ley fue aprobada, y los ciudadanos fueron informados.")]
    [InlineData("Sus obras son conocidas en todo el mundo.")]
    [InlineData("El cuadro fue vuelto a pintar.")]
    public void Finds_passive_sentences(string sentence) => Assert.True(LanguageKit.IsPassive(sentence, Es));

    [Theory]
    [InlineData("Ella es médica en un hospital.")]
    [InlineData("El problema es complicado.")]
    [InlineData("Es un mercado muy grande.")]
    [InlineData("Fue el resultado de años de trabajo.")]
    [InlineData("Estaba cansado después del viaje.")]
    [InlineData("Juan ha comido una manzana.")]
    [InlineData("La ciudad es bonita y está llena de vida.")]
    [InlineData("El agua es rápida y la roca es sólida.")]
    [InlineData("Es la salida del pueblo.")]
    [InlineData("Es tan aburrido que nadie lo mira.")]
    public void Leaves_active_sentences_alone(string sentence) => Assert.False(LanguageKit.IsPassive(sentence, Es));

    [Theory]
    [InlineData("casa", 2)]
    [InlineData("poeta", 3)]
    [InlineData("país", 2)]
    [InlineData("ciudad", 2)]
    [InlineData("queso", 2)]
    [InlineData("guerra", 2)]
    [InlineData("pingüino", 3)]
    [InlineData("hoy", 1)]
    [InlineData("y", 1)]
    [InlineData("leído", 3)]
    [InlineData("Uruguay", 3)]
    [InlineData("ayer", 2)]
    [InlineData("día", 2)]
    [InlineData("aeropuerto", 5)]
    [InlineData("km", 0)]
    public void Counts_syllables(string word, int syllables) => Assert.Equal(syllables, Spanish.Instance.CountSyllables(word));

    [Fact]
    public void Flesch_uses_fernandez_huerta()
    {
        // 206.84 − 1.02 × 20 − 0.6 × 150
        Assert.Equal(96.44, Spanish.Instance.FleschReadingEase(100, 5, 150)!.Value, 6);
        // 19 words, 3 sentences, 32 syllables (counted by hand): 206.84 − 1.02 × 19 / 3 − 0.6 × 3200 / 19 = 99.33.
        const string text = "<p>El perro come su comida. La niña juega en el parque con sus amigos. Mañana vamos a la playa.</p>";
        Assert.Equal(99.3, LanguageKit.Flesch(text, Es));
    }

    [Theory]
    [InlineData("Sin embargo, no vino a la fiesta.")]
    [InlineData("Por lo tanto, nos fuimos temprano.")]
    [InlineData("No solo canta, sino también baila.")]
    [InlineData("Además, el hotel es barato.")]
    [InlineData("En primer lugar, lea las instrucciones.")]
    [InlineData("Tampoco hace falta batir mucho.")]
    [InlineData("Lo intentamos otra vez al día siguiente.")]
    public void Finds_transition_words(string sentence) => Assert.True(LanguageKit.HasTransition(sentence, Es));

    [Theory]
    [InlineData("El gato duerme en el sofá.")]
    [InlineData("Es el primero de la lista.")]
    // "por" (by, for) and a lone "o" join words inside a sentence; they do not link it to another.
    [InlineData("El impreso firmado por ambos padres.")]
    [InlineData("Puede pagar con tarjeta o en efectivo.")]
    public void Sentences_without_a_transition_have_none(string sentence) => Assert.False(LanguageKit.HasTransition(sentence, Es));

    [Fact]
    public void Primero_links_sentences_only_at_their_start() => Assert.True(LanguageKit.HasTransition("Primero, lea las instrucciones.", Es));

    [Fact]
    public void Sentence_beginnings_take_the_word_after_an_article()
    {
        Assert.Empty(LanguageKit.RepeatedBeginnings("<p>El gato duerme. El perro ladra. El pájaro canta.</p>", Es));
        Assert.Equal(["el gato"], LanguageKit.RepeatedBeginnings("<p>El gato duerme. El gato come. El gato juega.</p>", Es));
    }

    [Fact]
    public void Long_sentences_are_over_twenty_five_words() => Assert.Equal(25, Spanish.Instance.LongSentenceWords);

    [Fact]
    public void Before_and_after_christ_do_not_end_a_sentence() =>
        Assert.Single(LanguageKit.Context("<p>Comenzaría hacia el 9000 a. C., y contiene pilares.</p>", Es).Text.Sentences.ToArray());

    [Theory]
    [InlineData("extraordinariamente", true)]
    [InlineData("arqueológico", true)]
    [InlineData("información", false)]
    [InlineData("informaciones", false)]
    [InlineData("importantes", false)]
    [InlineData("Barcelona", false)]
    [InlineData("casa", false)]
    public void Tells_complex_words(string word, bool complex) => Assert.Equal(complex, Spanish.Instance.IsComplexWord(word));

    [Theory]
    [InlineData("canción", "canciones")]
    [InlineData("perro", "perros")]
    [InlineData("gato", "gatas")]
    [InlineData("ciudad", "ciudades")]
    [InlineData("luz", "luces")]
    [InlineData("feliz", "felices")]
    [InlineData("casa", "casas")]
    [InlineData("hablar", "habla")]
    [InlineData("hablar", "hablamos")]
    [InlineData("hablar", "hablado")]
    [InlineData("comprar", "compramos")]
    [InlineData("bonito", "bonitas")]
    [InlineData("nuevo", "nuevas")]
    [InlineData("viajar", "viajamos")]
    [InlineData("receta", "recetas")]
    [InlineData("bicicleta", "bicicletas")]
    [InlineData("jardín", "jardines")]
    [InlineData("árbol", "árboles")]
    [InlineData("mano", "manos")]
    [InlineData("escribir", "escribió")]
    [InlineData("puntuación", "puntuaciones")]
    [InlineData("lugar", "lugares")]
    public void Matches_inflected_forms(string word, string form) => Assert.True(Spanish.Instance.IsWordForm(word, form));

    [Theory]
    [InlineData("casa", "casco")]
    [InlineData("pato", "patata")]
    [InlineData("mar", "marido")]
    [InlineData("sol", "soldado")]
    [InlineData("pan", "pantalla")]
    [InlineData("mesa", "meseta")]
    [InlineData("carta", "cartel")]
    [InlineData("cama", "camarero")]
    [InlineData("vino", "vinagre")]
    [InlineData("gato", "gatillo")]
    [InlineData("rosa", "rostro")]
    [InlineData("papel", "papelera")]
    public void Does_not_match_look_alikes(string word, string other) => Assert.False(Spanish.Instance.IsWordForm(word, other));

    [Fact]
    public void Word_forms_count_inflected_keyphrases_only_when_on()
    {
        const string text = "<p>Las recetas caseras son sencillas. Una receta casera basta. Mis recetas caseras favoritas.</p>";
        Assert.Equal(3, LanguageKit.KeyphraseCount(text, "receta casera", Es, wordForms: true));
        Assert.Equal(1, LanguageKit.KeyphraseCount(text, "receta casera", Es, wordForms: false));
    }

    [Fact]
    public void Function_words_do_not_count_in_the_keyphrase()
    {
        IReadOnlySet<string> functionWords = Spanish.Instance.FunctionWords;
        Assert.Contains("del", functionWords);
        Assert.Contains("porque", functionWords);
        Assert.DoesNotContain("canción", functionWords);
        Assert.True(functionWords.Count > 300);
    }
}
