using Copywise.Languages;
using static Copywise.Tests.Languages.MorphologyTestKit;

namespace Copywise.Tests.Languages;

/// <summary>Indonesian: data files, the di- passive, transitions, sentence beginnings and word forms.</summary>
public class IndonesianTests
{
    private const string Locale = "id_ID";

    [Fact]
    public void The_locale_finds_indonesian_with_its_lists()
    {
        var language = LanguageRegistry.ForLocale(Locale);
        Assert.IsType<Indonesian>(language);
        Assert.True(language.FunctionWords.Count > 250);
        Assert.True(language.TransitionWords.Count > 100);
        Assert.NotEmpty(language.TwoPartTransitionWords);
        Assert.Contains("yang", (IReadOnlySet<string>)language.FunctionWords);
        Assert.Contains("sebuah", (IReadOnlySet<string>)language.SentenceBeginningExceptions);
        Assert.Equal(20, language.LongSentenceWords);
    }

    [Theory]
    [InlineData("Buku itu ditulis oleh seorang guru.", true)]
    [InlineData("Rumah ini dibangun pada tahun 1990.", true)]
    [InlineData("Mobilnya sudah diperbaiki kemarin.", true)]
    [InlineData("Surat itu dikirimkan kepada ibu.", true)]
    [InlineData("Guru itu menulis sebuah buku.", false)]
    [InlineData("Kami berdiskusi tentang dinding rumah.", false)]
    [InlineData("Dia duduk diam di dalam kamar.", false)]
    [InlineData("Direktur itu suka diskusi tentang distribusi.", false)]
    [InlineData("Air itu cukup bersih untuk diminum.", false)]
    [InlineData("Udara di luar sangat dingin.", false)]
    [InlineData("Dimana kamu tinggal sekarang?", false)]
    [InlineData("Dirinya merasa senang.", false)]
    [InlineData("Barang itu diambil oleh pencuri.", true)]
    public void Passive_is_a_di_verb(string sentence, bool passive) => Assert.Equal(passive, IsPassive(sentence, Locale));

    [Theory]
    [InlineData("Oleh karena itu, kami pulang lebih awal.", true)]
    [InlineData("Selain itu, harganya murah.", true)]
    [InlineData("Namun hujan turun deras.", true)]
    [InlineData("Baik guru maupun murid datang.", true)]
    [InlineData("Tidak hanya murah, tetapi juga enak.", true)]
    [InlineData("Tiba-tiba lampu padam.", true)]
    [InlineData("Kucing tidur di atas kursi.", false)]
    public void Transition_words_and_pairs_are_found(string sentence, bool has) => Assert.Equal(has, HasTransition(sentence, Locale));

    [Fact]
    public void Sentence_beginnings_take_the_next_word_after_a_numeral_or_classifier()
    {
        Assert.Equal(1, LongestRun("Seorang guru datang. Seorang murid pergi. Seorang dokter tiba.", Locale).Count);
        var (count, beginning) = LongestRun("Kucing itu tidur. Kucing itu makan. Kucing itu bermain.", Locale);
        Assert.Equal(3, count);
        Assert.Equal("kucing", beginning);
    }

    [Theory]
    [InlineData("tulis", "Dia sedang menulis surat.")]
    [InlineData("tulis", "Surat itu ditulis kemarin.")]
    [InlineData("tulis", "Tulisan ini bagus.")]
    [InlineData("tulis", "Penulis buku itu terkenal.")]
    [InlineData("menulis", "Tulisan ini bagus.")]
    [InlineData("baca", "Kami membaca koran.")]
    [InlineData("baca", "Bacaan anak-anak itu menarik.")]
    [InlineData("rumah", "Rumahnya besar sekali.")]
    [InlineData("rumah", "Rumah-rumah di desa itu tua.")]
    [InlineData("buku", "Buku-bukunya hilang.")]
    [InlineData("makan", "Makanan itu enak.")]
    [InlineData("makan", "Nasi itu dimakan kucing.")]
    [InlineData("main", "Anak-anak bermain di taman.")]
    [InlineData("main", "Permainan itu seru.")]
    [InlineData("pakai", "Dia memakai baju baru.")]
    [InlineData("kirim", "Pengiriman barang terlambat.")]
    [InlineData("kirim", "Saya mengirim pesan.")]
    [InlineData("ambil", "Mereka mengambil foto.")]
    [InlineData("besar", "Gedung terbesar di kota.")]
    [InlineData("cinta", "Dia mencintai keluarganya.")]
    [InlineData("sepeda", "Kami bersepeda ke sekolah.")]
    [InlineData("tanam", "Petani menanam padi.")]
    [InlineData("tanam", "Tanaman itu tumbuh subur.")]
    [InlineData("bantu", "Terima kasih atas bantuan Anda.")]
    [InlineData("beli rumah", "Pembelian rumahnya selesai.")]
    [InlineData("kota besar", "Perkotaan terbesar di pulau itu.")]
    public void Keyphrase_words_match_their_inflected_forms(string keyphrase, string text) => Assert.True(Matches(keyphrase, text, Locale));

    [Theory]
    [InlineData("makan", "Maka kami pulang.")]
    [InlineData("tani", "Tanah itu subur.")]
    [InlineData("kota", "Kotak itu kosong.")]
    [InlineData("bulan", "Bentuknya bulat.")]
    [InlineData("pasar", "Pasir pantai putih.")]
    [InlineData("laut", "Lauk pauknya enak.")]
    [InlineData("tanam", "Kami menanti kabar.")]
    [InlineData("kirim", "Saya mengira begitu.")]
    [InlineData("pakai", "Dia memaki orang itu.")]
    [InlineData("topi", "Di tepi jalan.")]
    [InlineData("ikan", "Bawakan kue.")]
    public void Look_alike_words_do_not_match(string keyphrase, string text) => Assert.False(Matches(keyphrase, text, Locale));

    [Fact]
    public void Without_word_forms_only_the_word_itself_matches()
    {
        Assert.False(Matches("tulis", "Dia sedang menulis surat.", Locale, wordForms: false));
        Assert.True(Matches("tulis", "Jangan tulis di sini.", Locale, wordForms: false));
    }

    [Theory]
    [InlineData("menulis", "tulis")]
    [InlineData("memakai", "pakai")]
    [InlineData("mengirim", "kirim")]
    [InlineData("menyapu", "sapu")]
    [InlineData("pengiriman", "kiriman")]
    [InlineData("membaca", null)]
    [InlineData("mengambil", "kambil")] // both readings are stemmed: "ambil" still matches
    public void Nasal_prefixes_restore_the_root_consonant(string word, string? restored) => Assert.Equal(restored, Indonesian.Restored(word));
}
