using Copywise.Languages;
using static Copywise.Tests.Languages.SentenceChecks;

namespace Copywise.Tests.Languages;

/// <summary>Hungarian: the morphological and periphrastic passives, Snowball word forms, lists and slugs.</summary>
public class HungarianTests
{
    private const string Hu = "hu_HU";

    [Theory]
    [InlineData("A levél tegnap íródott.")]
    [InlineData("A probléma végül megoldódott.")]
    [InlineData("Az adatok automatikusan frissítődnek.")]
    [InlineData("A program telepítődik a gépre.")]
    [InlineData("Az ajtó be van zárva.")]
    [InlineData("A könyv meg van írva.")]
    [InlineData("A számla ki lesz fizetve holnap.")]
    [InlineData("A kincs el volt rejtve a barlangban.")]
    [InlineData("A regény jövőre kiadásra kerül.")]
    [InlineData("A terveket bemutatásra kerültek a konferencián.")]
    public void Passive_constructions_are_found(string sentence) => Assert.True(IsPassive(Hu, sentence));

    [Theory]
    [InlineData("Megírtam a levelet tegnap.")]
    [InlineData("A neve Péter volt.")]
    [InlineData("Két éve volt itt utoljára.")]
    [InlineData("A magyar nyelve nagyon szép volt.")]
    [InlineData("A gyerek az asztalhoz kötődik.")]
    [InlineData("Mosolyogva mentem haza.")]
    [InlineData("Nagy öröm volt, mosolyogva mondta.")]
    [InlineData("A ház nagy és szép volt.")]
    [InlineData("Sok lehetőség adódik.")]
    [InlineData("A könyv az asztalon van.")]
    public void Active_sentences_and_look_alikes_are_not_passive(string sentence) => Assert.False(IsPassive(Hu, sentence));

    [Theory]
    [InlineData("Azonban ez nem igaz.")]
    [InlineData("Például a kutya is ugat.")]
    [InlineData("Elmentünk, mert esett az eső.")]
    [InlineData("Ezért korán indultunk.")]
    [InlineData("Nemcsak énekel, hanem táncol is.")]
    [InlineData("Egyrészt olcsó, másrészt gyors.")]
    public void Transition_words_are_found(string sentence) => Assert.True(HasTransition(Hu, sentence));

    [Theory]
    [InlineData("A kutya és a macska alszik.")]
    [InlineData("Tizenhárom milliárd évvel ezelőtt indult el.")]
    public void Sentences_without_transitions(string sentence) => Assert.False(HasTransition(Hu, sentence));

    [Fact]
    public void Articles_take_the_next_word_into_the_beginning() =>
        Assert.Equal(["a ház", "a kert", "az alma", "mi"], Beginnings(Hu, "A ház nagy. A kert szép. Az alma piros. Mi itt vagyunk."));

    [Theory]
    [InlineData("hangoskönyv", "hangoskonyv", 9)]
    [InlineData("Tollas dinoszauruszok", "Tollas_dinoszauruszok", 9)]
    [InlineData("Tollas dinoszauruszok", "tollas-madarak", 6)]
    public void Slugs_contain_the_keyphrase(string keyphrase, string slug, int score) =>
        Assert.Equal(score, LanguageKit.SlugScore(Hu, keyphrase, slug));

    [Theory]
    [InlineData("ház", "házak")]
    [InlineData("ház", "házban")]
    [InlineData("ház", "házat")]
    [InlineData("ház", "házzal")]
    [InlineData("könyv", "könyvek")]
    [InlineData("könyv", "könyvet")]
    [InlineData("könyv", "könyvben")]
    [InlineData("hangoskönyv", "hangoskönyvek")]
    [InlineData("hangoskönyv", "hangoskönyvet")]
    [InlineData("dinoszaurusz", "dinoszauruszok")]
    [InlineData("dinoszaurusz", "dinoszauruszokat")]
    [InlineData("világegyetem", "világegyetemben")]
    [InlineData("világegyetem", "világegyetemet")]
    [InlineData("város", "városban")]
    [InlineData("város", "városok")]
    [InlineData("kert", "kertben")]
    [InlineData("kert", "kertek")]
    [InlineData("madár", "madarak")]
    [InlineData("madár", "madárral")]
    [InlineData("tollas", "tollasak")]
    [InlineData("asztal", "asztalon")]
    [InlineData("asztal", "asztalra")]
    [InlineData("víz", "vizet")]
    public void Inflected_forms_match_with_word_forms(string keyword, string form) => Assert.True(Matches(Hu, keyword, form));

    [Theory]
    [InlineData("ház", "házasság")]
    [InlineData("kert", "kertész")]
    [InlineData("könyv", "könyvtár")]
    [InlineData("hang", "hangos")]
    [InlineData("vár", "város")]
    [InlineData("madár", "madárles")]
    [InlineData("toll", "tollas")]
    [InlineData("asztal", "asztalos")]
    [InlineData("kő", "kör")]
    [InlineData("víz", "vízum")]
    [InlineData("kert", "kerül")]
    public void Look_alike_words_do_not_match(string keyword, string other) => Assert.False(Matches(Hu, keyword, other));

    [Fact]
    public void Without_word_forms_only_the_written_form_counts()
    {
        const string text = "A könyv érdekes. A könyvek sokat érnek. A könyvben sok kép van.";
        Assert.Equal(1, KeyphraseCount(Hu, text, "könyv", wordForms: false));
        Assert.Equal(3, KeyphraseCount(Hu, text, "könyv", wordForms: true));
    }

    [Fact]
    public void Lists_are_filled()
    {
        Assert.True(Hungarian.Instance.FunctionWords.Count > 300);
        Assert.True(Hungarian.Instance.TransitionWords.Count >= 100);
        Assert.NotEmpty(Hungarian.Instance.TwoPartTransitionWords);
    }
}
