using Copywise.Languages;
using static Copywise.Tests.Languages.SentenceChecks;

namespace Copywise.Tests.Languages;

/// <summary>Turkish: dotted and dotless i in case folding, the morphological passive, Snowball word forms, lists, sentence length.</summary>
public class TurkishTests
{
    private const string Tr = "tr_TR";

    [Theory]
    [InlineData("Işık", "IŞIK yanıyor. Işık güzel. Sabah ışık geldi.", 3)]
    [InlineData("istanbul", "İstanbul büyük. İSTANBUL kalabalık. istanbul güzel.", 3)]
    [InlineData("kır", "KIR evi. Kırda yaşıyoruz. Elbisede kir var.", 1)]
    [InlineData("kir", "KİR temizlendi. Elbisede kir var. Kır çiçekleri.", 2)]
    public void Dotted_and_dotless_i_fold_the_Turkish_way(string keyphrase, string text, int count) =>
        Assert.Equal(count, KeyphraseCount(Tr, text, keyphrase, wordForms: false));

    [Fact]
    public void Case_folding_is_Turkish_only_in_Turkish() =>
        Assert.Equal(2, KeyphraseCount("en_US", "INDEX cards. The index is long.", "index", wordForms: false));

    [Fact]
    public void A_capital_I_in_the_title_is_dotless()
    {
        var paper = new Copywise.Documents.Paper { Text = "<p>Işık hakkında.</p>", Keyphrase = "ışık", Title = "IŞIK ve renk", Locale = Tr, Format = Copywise.Documents.DocumentFormat.Html };
        Assert.Equal(9, Copywise.Analysis.Analyzer.Analyze(paper).Seo["keyphraseInSEOTitle"]!.Value.Score);
    }

    [Theory]
    [InlineData("Ev geçen yıl yapıldı.")]
    [InlineData("Bu kitap Türkçe olarak yazılmıştır.")]
    [InlineData("Kapı her akşam kapatılır.")]
    [InlineData("Mektup yarın gönderilecek.")]
    [InlineData("Sonuçlar dün açıklandı.")]
    [InlineData("Bu konu sık sık söylenir.")]
    [InlineData("Para bankadan alındı.")]
    [InlineData("Şirket 1990 yılında kuruldu.")]
    [InlineData("Bu sorun kolayca çözülebilir.")]
    [InlineData("Kuşlar yaprak damarlarıyla ilişkilendirilirler.")]
    public void Passive_verbs_are_found(string sentence) => Assert.True(IsPassive(Tr, sentence));

    [Theory]
    [InlineData("Evi geçen yıl yaptık.")]
    [InlineData("Bu aracı her gün kullandı.")]
    [InlineData("Yarışı kazandı ve çok sevindi.")]
    [InlineData("Toplantıya katıldı.")]
    [InlineData("Bitkiler güneşe ihtiyaç duyar.")]
    [InlineData("Çeşitli formda ve büyüklükte olabilirler.")]
    [InlineData("Onu hemen buldu.")]
    [InlineData("Bu ışıklardan faydalanırlar.")]
    [InlineData("Yapılan çalışmalar önemlidir.")]
    [InlineData("Kaynaklar güvenilir değildir.")]
    public void Active_and_reflexive_verbs_and_participles_are_not_passive(string sentence) => Assert.False(IsPassive(Tr, sentence));

    [Theory]
    [InlineData("Ayrıca bu çok önemli.")]
    [InlineData("Örneğin kediler uyur.")]
    [InlineData("Eve gittik çünkü yağmur yağıyordu.")]
    [InlineData("Sonuç olarak herkes memnundu.")]
    [InlineData("Hem okuyor hem de çalışıyor.")]
    [InlineData("Ne o geldi ne de ben gittim.")]
    public void Transition_words_are_found(string sentence) => Assert.True(HasTransition(Tr, sentence));

    [Fact]
    public void A_sentence_without_transitions() => Assert.False(HasTransition(Tr, "Kuşlar sürüler halinde göç eder."));

    [Fact]
    public void Demonstratives_and_numerals_take_the_next_word_into_the_beginning() =>
        Assert.Equal(["bu kitap", "bu şehir", "kuşlar"], Beginnings(Tr, "Bu kitap güzel. Bu şehir büyük. Kuşlar uçar."));

    [Fact]
    public void Long_sentences_are_over_15_words_with_20_and_25_percent()
    {
        Assert.Equal(15, Turkish.Instance.LongSentenceWords);
        Assert.Equal((20, 25), Turkish.Instance.LongSentenceShares(false));
        Assert.Equal((20, 25), Turkish.Instance.LongSentenceShares(true));
    }

    [Theory]
    [InlineData("göçmen kuşlar", "gocmen-kuslar", 9)]
    [InlineData("ışık", "isik", 9)]
    [InlineData("ışık", "renk", 6)]
    public void Slugs_without_Turkish_letters_contain_the_keyphrase(string keyphrase, string slug, int score)
    {
        var paper = new Copywise.Documents.Paper { Text = "<p>Metin.</p>", Keyphrase = keyphrase, Slug = slug, Locale = Tr, Format = Copywise.Documents.DocumentFormat.Html };
        Assert.Equal(score, Copywise.Analysis.Analyzer.Analyze(paper).Seo["slugKeyword"]!.Value.Score);
    }

    [Theory]
    [InlineData("kitap", "kitaplar")]
    [InlineData("kitap", "kitabı")]
    [InlineData("ev", "evler")]
    [InlineData("ev", "evde")]
    [InlineData("ev", "evden")]
    [InlineData("kuş", "kuşlar")]
    [InlineData("kuş", "kuşların")]
    [InlineData("göçmen", "göçmenler")]
    [InlineData("dil", "dilde")]
    [InlineData("dil", "diller")]
    [InlineData("ışık", "ışıklar")]
    [InlineData("ışık", "ışığı")]
    [InlineData("yol", "yollar")]
    [InlineData("farsça", "farsçanın")]
    [InlineData("farsça", "farsça'nın")]
    [InlineData("iş", "işler")]
    [InlineData("şehir", "şehirde")]
    [InlineData("nektar", "nektarlar")]
    [InlineData("nektar", "nektarı")]
    [InlineData("çiçek", "çiçekler")]
    public void Inflected_forms_match_with_word_forms(string keyword, string form) => Assert.True(Matches(Tr, keyword, form));

    [Theory]
    [InlineData("kitap", "kitapçı")]
    [InlineData("kuş", "kuşku")]
    [InlineData("dil", "dilek")]
    [InlineData("kır", "kırmızı")]
    [InlineData("yol", "yolcu")]
    [InlineData("iş", "işçi")]
    [InlineData("kır", "kir")]
    [InlineData("göz", "gözlük")]
    [InlineData("çiçek", "çiçekçi")]
    [InlineData("ev", "evet")]
    public void Look_alike_words_do_not_match(string keyword, string other) => Assert.False(Matches(Tr, keyword, other));

    [Fact]
    public void Without_word_forms_only_the_written_form_counts()
    {
        const string text = "Göçmen kuşlar uzağa uçar. Göçmenlerin yolu uzundur. Bu göçmenler yorgundur.";
        Assert.Equal(1, KeyphraseCount(Tr, text, "göçmen", wordForms: false));
        Assert.Equal(3, KeyphraseCount(Tr, text, "göçmen", wordForms: true));
    }

    [Fact]
    public void Lists_are_filled()
    {
        Assert.True(Turkish.Instance.FunctionWords.Count > 300);
        Assert.True(Turkish.Instance.TransitionWords.Count >= 100);
        Assert.NotEmpty(Turkish.Instance.TwoPartTransitionWords);
    }
}
