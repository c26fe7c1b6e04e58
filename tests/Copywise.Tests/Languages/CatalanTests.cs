using Copywise.Languages;

namespace Copywise.Tests.Languages;

/// <summary>Catalan: transition words, sentence length, word forms; and what it leaves out, as the reference does.</summary>
public class CatalanTests
{
    private const string Ca = "ca";

    [Theory]
    [InlineData("ca")]
    [InlineData("ca_ES")]
    public void Catalan_locales_find_catalan(string locale) => Assert.IsType<Catalan>(LanguageRegistry.ForLocale(locale));

    [Theory]
    [InlineData("Tanmateix, no va venir.")]
    [InlineData("Per exemple, el sol és una estrella.")]
    [InlineData("No només canta, sinó també balla.")]
    [InlineData("En primer lloc, llegiu les instruccions.")]
    [InlineData("D'altra banda, el preu és alt.")]
    [InlineData("Per tant, ens en vam anar.")]
    public void Finds_transition_words(string sentence) => Assert.True(LanguageKit.HasTransition(sentence, Ca));

    [Fact]
    public void Sentences_without_a_transition_have_none() => Assert.False(LanguageKit.HasTransition("El gat dorm al sofà.", Ca));

    [Fact]
    public void Long_sentences_are_over_twenty_five_words() => Assert.Equal(25, Catalan.Instance.LongSentenceWords);

    [Fact]
    public void Like_the_reference_catalan_has_no_passive_or_flesch()
    {
        var catalan = Catalan.Instance;
        Assert.False(catalan.HasPassiveVoice);
        Assert.Null(catalan.CountSyllables("gat"));
        var result = Copywise.Analysis.Analyzer.Analyze(new Copywise.Documents.Paper { Text = "<p>El gat dorm al sofà tot el dia.</p>", Locale = Ca });
        Assert.Null(result.Readability["passiveVoice"]);
        Assert.Null(result.Readability["fleschReadingEase"]);
    }

    [Fact]
    public void Function_words_do_not_count_in_the_keyphrase()
    {
        IReadOnlySet<string> functionWords = Catalan.Instance.FunctionWords;
        Assert.Contains("dels", functionWords);
        Assert.Contains("perquè", functionWords);
        Assert.DoesNotContain("gat", functionWords);
        Assert.True(functionWords.Count > 250);
        // "de" is a function word: the keyphrase's content words are found in either order.
        Assert.Equal(1, LanguageKit.KeyphraseCount("<p>La història de Catalunya és llarga.</p>", "història de Catalunya", Ca, wordForms: false));
    }

    [Fact]
    public void Sentence_beginnings_take_the_word_after_an_article()
    {
        Assert.Empty(LanguageKit.RepeatedBeginnings("<p>El gat dorm. El gos borda. El gall canta.</p>", Ca));
        Assert.Equal(["el gat"], LanguageKit.RepeatedBeginnings("<p>El gat dorm. El gat menja. El gat juga.</p>", Ca));
    }

    [Fact]
    public void Catalan_text_is_detected_as_catalan() =>
        Assert.Equal("ca", LanguageDetector.Detect(
            "El gat salvatge viu en boscos i en llocs poc degradats, allunyats dels nuclis urbans. Pot ocupar les " +
            "bosquines i els matollars densos que li ofereixen prou cobertura, com també les zones amb abrics rocosos.")?.Code);

    [Fact]
    public void Abbreviations_do_not_end_a_sentence() =>
        Assert.Single(LanguageKit.Context("<p>El Sr. Puig viu a la pàg. Dotze del llibre.</p>", Ca).Text.Sentences.ToArray());

    [Theory]
    [InlineData("gat", "gats")]
    [InlineData("gat", "gata")]
    [InlineData("gat", "gates")]
    [InlineData("casa", "cases")]
    [InlineData("vaca", "vaques")]
    [InlineData("platja", "platges")]
    [InlineData("braç", "braços")]
    [InlineData("ciutat", "ciutats")]
    [InlineData("home", "homes")]
    [InlineData("home", "l'home")]
    [InlineData("aigua", "l'aigua")]
    [InlineData("aigua", "d'aigua")]
    [InlineData("clàssic", "clàssics")]
    [InlineData("clàssic", "clàssica")]
    [InlineData("clàssic", "clàssiques")]
    [InlineData("parlar", "parlem")]
    [InlineData("parlar", "parlat")]
    [InlineData("escriure", "escrit")]
    [InlineData("llibre", "llibres")]
    [InlineData("salvatge", "salvatges")]
    [InlineData("espècie", "espècies")]
    [InlineData("període", "períodes")]
    public void Matches_inflected_forms(string word, string form) => Assert.True(Catalan.Instance.IsWordForm(word, form));

    [Theory]
    [InlineData("mar", "marit")]
    [InlineData("sol", "soldat")]
    [InlineData("pa", "pastís")]
    [InlineData("gat", "gató")]
    [InlineData("casa", "casament")]
    [InlineData("vi", "vinagre")]
    [InlineData("rosa", "rostre")]
    [InlineData("llac", "llagosta")]
    [InlineData("sala", "salat")]
    [InlineData("cultura", "culte")]
    public void Does_not_match_look_alikes(string word, string other) => Assert.False(Catalan.Instance.IsWordForm(word, other));

    [Fact]
    public void A_keyphrase_with_accents_also_matches_text_without_them()
    {
        // As the reference transliterates: "calicó" also finds "calico"; the other way round it does not.
        const string html = "<p>Un gat calicó. Un gat calico.</p>";
        Assert.Equal(2, LanguageKit.KeyphraseCount(html, "gat calicó", Ca, wordForms: false));
        Assert.Equal(1, LanguageKit.KeyphraseCount(html, "gat calico", Ca, wordForms: false));
    }

    [Fact]
    public void Word_forms_count_inflected_keyphrases_only_when_on()
    {
        const string text = "<p>Els gats salvatges cacen de nit. Un gat salvatge dorm. Hem vist gats salvatges.</p>";
        Assert.Equal(3, LanguageKit.KeyphraseCount(text, "gat salvatge", Ca, wordForms: true));
        Assert.Equal(1, LanguageKit.KeyphraseCount(text, "gat salvatge", Ca, wordForms: false));
    }

    [Theory]
    [InlineData("calicó", "calico")]
    [InlineData("façade", "facade")]
    [InlineData("œuvre", "oeuvre")]
    [InlineData("col·legi", "collegi")]
    [InlineData("niño", "nino")]
    [InlineData("são", "sao")]
    [InlineData("plain", "plain")]
    public void Diacritics_are_taken_off_without_culture_data(string word, string plain) =>
        Assert.Equal(plain, RomanceForms.WithoutDiacritics(word));
}
