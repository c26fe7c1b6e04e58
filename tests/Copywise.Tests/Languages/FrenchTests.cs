using Copywise.Languages;

namespace Copywise.Tests.Languages;

/// <summary>French: passive voice, syllables and Flesch, transition words, sentence beginnings, complex words, word forms.</summary>
public class FrenchTests
{
    private const string Fr = "fr_FR";

    [Fact]
    public void French_locales_find_french() => Assert.IsType<French>(LanguageRegistry.ForLocale("fr_CA"));

    [Theory]
    [InlineData("La maison a été construite en 1990.")]
    [InlineData("Le livre est lu par des milliers d'élèves.")]
    [InlineData("Ces lettres furent écrites par Victor Hugo.")]
    [InlineData("La galaxie est-elle également identifiée par son numéro ?")]
    [InlineData("Le projet sera financé par la région.")]
    [InlineData("Les résultats seront publiés demain, puis ils seront discutés.")]
    [InlineData("Il ne faut pas que la porte soit ouverte.")]
    [InlineData("Le pont n'est pas encore terminé.")]
    [InlineData("Les données peuvent être vendues à des tiers.")]
    [InlineData("Lorsqu'elle était endormie, il partit.")]
    public void Finds_passive_sentences(string sentence) => Assert.True(LanguageKit.IsPassive(sentence, Fr));

    [Theory]
    [InlineData("Il est arrivé hier soir.")]
    [InlineData("Elle est née à Paris en 1950.")]
    [InlineData("Ils se sont rendus compte de leur erreur.")]
    [InlineData("Elle s'est lavé les mains.")]
    [InlineData("Le chat est le roi de la maison.")]
    [InlineData("Mon grand-père est âgé et il reste chez lui.")]
    [InlineData("Il a mangé une pomme.")]
    [InlineData("Cet été chargé a épuisé tout le monde.")]
    [InlineData("La ville est grande, et le marché couvert attire du monde.")]
    [InlineData("C'est une idée que nous avons proposée.")]
    public void Leaves_active_sentences_alone(string sentence) => Assert.False(LanguageKit.IsPassive(sentence, Fr));

    [Theory]
    [InlineData("table", 1)]
    [InlineData("tables", 1)]
    [InlineData("logique", 2)]
    [InlineData("langue", 1)]
    [InlineData("réaction", 3)]
    [InlineData("naïf", 2)]
    [InlineData("idée", 2)]
    [InlineData("ils parlent", 2)]
    [InlineData("souvent", 2)]
    [InlineData("lentement", 3)]
    [InlineData("payer", 2)]
    [InlineData("client", 2)]
    [InlineData("oublier", 3)]
    [InlineData("aujourd'hui", 3)]
    [InlineData("l", 0)]
    public void Counts_syllables(string words, int syllables) =>
        Assert.Equal(syllables, words.Split(' ').Sum(w => French.Instance.CountSyllables(w) ?? -1));

    [Fact]
    public void Flesch_uses_kandel_and_moles()
    {
        // 207 − 1.015 × 20 − 73.6 × 1.5
        Assert.Equal(76.3, French.Instance.FleschReadingEase(100, 5, 150)!.Value, 6);
        // 21 words, 3 sentences, 40 syllables (counted by hand): 207 − 1.015 × 7 − 73.6 × 40 / 21 = 59.70.
        const string text = "<p>La ville organise une grande fête chaque année. Les habitants préparent des spécialités régionales. "
            + "Beaucoup de visiteurs découvrent la musique traditionnelle.</p>";
        Assert.Equal(59.7, LanguageKit.Flesch(text, Fr));
    }

    [Theory]
    [InlineData("Par conséquent, la réunion est reportée.")]
    [InlineData("Tout d'abord, lisez la notice.")]
    [InlineData("Il pleut ; néanmoins nous sortons.")]
    [InlineData("Non seulement il chante, mais aussi il danse.")]
    [InlineData("Soit tu viens, soit tu restes.")]
    [InlineData("Nous restons parce qu'il pleut.")]
    [InlineData("Nous restons parce qu’elle est malade.")]
    [InlineData("Lorsqu'on arrive, la porte est ouverte.")]
    [InlineData("Puisqu'il le faut, nous partirons.")]
    [InlineData("Bien qu'elles soient loin, elles viennent.")]
    [InlineData("Il travaille tandis qu'un autre dort.")]
    [InlineData("Certaines langues, p. ex. le basque, sont isolées.")]
    [InlineData("Certaines langues, par ex. le basque, sont isolées.")]
    [InlineData("Initialement, le projet était modeste.")]
    public void Finds_transition_words(string sentence) => Assert.True(LanguageKit.HasTransition(sentence, Fr));

    [Theory]
    [InlineData("Le chat dort sur le canapé.")]
    [InlineData("Il dit qu'il pleut.")]
    [InlineData("Je pense que tu as raison.")]
    public void Sentences_without_a_transition_have_none(string sentence) => Assert.False(LanguageKit.HasTransition(sentence, Fr));

    [Fact]
    public void Sentence_beginnings_take_the_word_after_an_article()
    {
        Assert.Empty(LanguageKit.RepeatedBeginnings("<p>Le chat dort. Le chien aboie. Le lapin mange.</p>", Fr));
        Assert.Equal(["le chat"], LanguageKit.RepeatedBeginnings("<p>Le chat dort. Le chat mange. Le chat joue.</p>", Fr));
        Assert.Equal(["ensuite"], LanguageKit.RepeatedBeginnings("<p>Ensuite il part. Ensuite il revient. Ensuite il dort.</p>", Fr));
    }

    [Fact]
    public void Sentences_in_lists_are_left_out_of_sentence_beginnings() =>
        Assert.Empty(LanguageKit.RepeatedBeginnings("<ul><li>La grammaire A.</li><li>La grammaire B.</li><li>La grammaire C.</li></ul>", Fr));

    [Fact]
    public void Long_sentences_are_over_twenty_words() => Assert.Equal(20, French.Instance.LongSentenceWords);

    [Theory]
    [InlineData("anticonstitutionnellement", true)]
    [InlineData("hypothétiquement", true)]
    [InlineData("généralement", false)]
    [InlineData("bibliothèques", false)]
    [InlineData("internationaux", false)]
    [InlineData("Constantinople", false)]
    [InlineData("maison", false)]
    public void Tells_complex_words(string word, bool complex) => Assert.Equal(complex, French.Instance.IsComplexWord(word));

    [Theory]
    [InlineData("galaxie", "galaxies")]
    [InlineData("étoile", "étoiles")]
    [InlineData("étoile", "l'étoile")]
    [InlineData("étoile", "d'étoiles")]
    [InlineData("cheval", "chevaux")]
    [InlineData("journal", "journaux")]
    [InlineData("manger", "mange")]
    [InlineData("manger", "mangé")]
    [InlineData("manger", "mangeaient")]
    [InlineData("choisir", "choisissons")]
    [InlineData("grandir", "grandissait")]
    [InlineData("grand", "grandes")]
    [InlineData("heureux", "heureuse")]
    [InlineData("nouveau", "nouveaux")]
    [InlineData("voyage", "voyager")]
    [InlineData("gâteau", "gâteaux")]
    [InlineData("vélo", "vélos")]
    [InlineData("jardin", "jardins")]
    [InlineData("acheter", "achète")]
    [InlineData("acheter", "acheté")]
    [InlineData("pomme", "pommes")]
    [InlineData("appartement", "appartements")]
    public void Matches_inflected_forms(string word, string form) => Assert.True(French.Instance.IsWordForm(word, form));

    [Theory]
    [InlineData("chat", "château")]
    [InlineData("mer", "mère")]
    [InlineData("pain", "peinture")]
    [InlineData("vers", "verre")]
    [InlineData("mot", "moto")]
    [InlineData("car", "carte")]
    [InlineData("sol", "soleil")]
    [InlineData("main", "maintenant")]
    [InlineData("pays", "paysage")]
    [InlineData("mont", "montre")]
    [InlineData("temps", "tempête")]
    [InlineData("lit", "litre")]
    public void Does_not_match_look_alikes(string word, string other) => Assert.False(French.Instance.IsWordForm(word, other));

    [Fact]
    public void Word_forms_count_inflected_keyphrases_only_when_on()
    {
        const string text = "<p>Les étoiles filantes brillent. Une étoile filante passe. Nous regardons l'étoile filante du soir.</p>";
        Assert.Equal(3, LanguageKit.KeyphraseCount(text, "étoile filante", Fr, wordForms: true));
        Assert.Equal(1, LanguageKit.KeyphraseCount(text, "étoile filante", Fr, wordForms: false));
    }

    [Fact]
    public void Function_words_do_not_count_in_the_keyphrase()
    {
        IReadOnlySet<string> functionWords = French.Instance.FunctionWords;
        Assert.Contains("des", functionWords);
        Assert.Contains("lorsque", functionWords);
        Assert.DoesNotContain("galaxie", functionWords);
        Assert.True(French.Instance.FunctionWords.Count > 300);
    }
}
