using Copywise.Languages;
using static Copywise.Tests.Languages.MorphologyTestKit;

namespace Copywise.Tests.Languages;

/// <summary>Filipino (Tagalog): locales, data files, transitions, sentence beginnings and length, word forms by affixes and reduplication.</summary>
public class FilipinoTests
{
    private const string Locale = "fil_PH";

    [Theory]
    [InlineData("fil_PH", "fil")]
    [InlineData("fil", "fil")]
    [InlineData("tl_PH", "tl")]
    [InlineData("tl-PH", "tl")]
    public void Filipino_and_tagalog_locales_find_the_same_rules(string locale, string code)
    {
        var language = LanguageRegistry.ForLocale(locale);
        Assert.Equal(code, language.Code);
        Assert.IsAssignableFrom<Filipino>(language);
        Assert.True(language.FunctionWords.Count > 200);
        Assert.True(language.TransitionWords.Count > 100);
        Assert.NotEmpty(language.TwoPartTransitionWords);
        Assert.Contains("ang", (IReadOnlySet<string>)language.SentenceBeginningExceptions);
        Assert.Equal(20, language.LongSentenceWords);
        Assert.False(language.HasPassiveVoice);
    }

    [Theory]
    [InlineData("Bukod dito, mura ang pamasahe.", true)]
    [InlineData("Gayunpaman, umulan pa rin.", true)]
    [InlineData("Kaya't umuwi kami nang maaga.", true)]
    [InlineData("Halimbawa, ang mangga ay matamis.", true)]
    [InlineData("Hindi lamang ang mga bata kundi pati ang mga magulang ay dumating.", true)]
    [InlineData("Sa kabilang banda, mahal ang bigas.", true)]
    [InlineData("Kumain ang bata ng mangga.", false)]
    public void Transition_words_and_pairs_are_found(string sentence, bool has) => Assert.Equal(has, HasTransition(sentence, Locale));

    [Fact]
    public void Sentence_beginnings_take_the_noun_after_the_article()
    {
        Assert.Equal(1, LongestRun("Ang bata ay naglalaro. Ang guro ay nagtuturo. Ang aso ay tumatahol.", Locale).Count);
        var (count, beginning) = LongestRun("Ang bata ay kumain. Ang bata ay natulog. Ang bata ay naglaro.", Locale);
        Assert.Equal(3, count);
        Assert.Equal("ang bata", beginning);
        Assert.Equal(3, LongestRun("Si Maria ay dumating. Si Maria ay umupo. Si Maria ay ngumiti.", Locale).Count);
    }

    [Fact]
    public void Sentences_are_long_above_twenty_words()
    {
        var long21 = "Isang " + string.Join(' ', Enumerable.Repeat("salita", 20)) + ".";
        var ok20 = "Isang " + string.Join(' ', Enumerable.Repeat("salita", 19)) + ".";
        Assert.Equal([long21], MarkedSource("<p>" + long21 + " " + ok20 + "</p>", Locale, "textSentenceLength"));
    }

    [Fact]
    public void An_article_in_filipino_gets_its_readability_results()
    {
        const string html = "<h2>Paano magluto ng adobo</h2>"
            + "<p>Ang adobo ay isa sa mga pinakasikat na ulam sa Pilipinas. Una, hugasan ang manok at hiwain ito. "
            + "Pagkatapos, ibabad ang manok sa suka at toyo. Bukod dito, lagyan ito ng bawang at paminta. "
            + "Habang kumukulo ang sabaw, haluin ito paminsan-minsan. Sa wakas, ihain ang adobo kasama ng kanin.</p>";
        var result = Copywise.Analysis.Analyzer.Analyze(new Copywise.Documents.Paper { Text = html, Keyphrase = "adobo", Locale = "tl_PH" });
        Assert.Equal(9, result.Readability["textTransitionWords"]!.Value.Score);
        Assert.Equal(9, result.Readability["sentenceBeginnings"]!.Value.Score);
        Assert.Null(result.Readability["passiveVoice"]);
    }

    [Theory]
    [InlineData("sulat", "Sumulat siya ng liham.")]
    [InlineData("sulat", "Sinulat niya ang aklat.")]
    [InlineData("sulat", "Nagsusulat ako araw-araw.")]
    [InlineData("sulat", "Isusulat ko ito bukas.")]
    [InlineData("sulat", "Sikat ang manunulat na iyon.")]
    [InlineData("sulat", "Sinulatan niya ang kaibigan.")]
    [InlineData("kain", "Kumakain kami ng hapunan.")]
    [InlineData("kain", "Masarap ang pagkain dito.")]
    [InlineData("kain", "Kakain tayo mamaya.")]
    [InlineData("bili", "Bumili siya ng bigas.")]
    [InlineData("bili", "Maraming mamimili sa palengke.")]
    [InlineData("alis", "Umalis na ang bus.")]
    [InlineData("alis", "Aalis kami bukas.")]
    [InlineData("inom", "Uminom ka ng tubig.")]
    [InlineData("inom", "Ang inumin ay malamig.")]
    [InlineData("luto", "Nagluluto si nanay.")]
    [InlineData("luto", "Lutuin mo ang isda.")]
    [InlineData("aral", "Nag-aaral siya sa Maynila.")]
    [InlineData("ganda", "Isang magandang araw.")]
    [InlineData("takbo", "Tumatakbo ang aso.")]
    [InlineData("isda", "Pumunta sila upang mangisda.")]
    [InlineData("tulong", "Tulungan mo ako.")]
    [InlineData("bigay", "Binigyan niya ako ng regalo.")]
    [InlineData("sunod", "Sundin mo ang utos.")]
    [InlineData("dala", "Dalhin mo ang payong.")]
    [InlineData("aso", "Ang asong puti ay mabait.")]
    [InlineData("bata", "Ang bata't ang matanda ay dumating.")]
    [InlineData("laro", "Naglalaro ang mga bata sa laruan.")]
    [InlineData("lutong bahay", "Nagluto siya ng pagkaing pambahay sa bahay.")]
    public void Keyphrase_words_match_their_affixed_and_reduplicated_forms(string keyphrase, string text) => Assert.True(Matches(keyphrase, text, Locale));

    [Theory]
    [InlineData("bata", "Ang batas ay mahigpit.")]
    [InlineData("bahay", "Ang buhay ay maikli.")]
    [InlineData("sulat", "Sulit ang presyo.")]
    [InlineData("kain", "Kahit umuulan, pumasok siya.")]
    [InlineData("bili", "Ang bilis ng takbo.")]
    [InlineData("mahal", "Mahalaga ang edukasyon.")]
    [InlineData("ulan", "Masarap ang ulam.")]
    [InlineData("gabi", "Siya ang aming gabay.")]
    [InlineData("araw", "Mag-aral kang mabuti.")]
    [InlineData("takbo", "Takot siya sa dilim.")]
    [InlineData("tasa", "Nasa mesa ang susi.")]
    [InlineData("isa", "Sariwa ang isda.")]
    [InlineData("dala", "Maganda ang dalaga.")]
    [InlineData("gamot", "Gamitin mo ito.")]
    public void Look_alike_words_do_not_match(string keyphrase, string text) => Assert.False(Matches(keyphrase, text, Locale));

    [Fact]
    public void Without_word_forms_only_the_word_itself_matches()
    {
        Assert.False(Matches("sulat", "Sumulat siya ng liham.", Locale, wordForms: false));
        Assert.True(Matches("sulat", "Mahaba ang sulat niya.", Locale, wordForms: false));
        Assert.True(Matches("bahay", "Bahay-bahay silang naglakad.", Locale, wordForms: false));
    }

    [Fact]
    public void Roots_come_from_undoing_affixes_step_by_step()
    {
        IReadOnlySet<string> roots = FilipinoWordForms.Roots("kinakain");
        Assert.Contains("kain", roots);
        Assert.Contains("sulat", (IReadOnlySet<string>)FilipinoWordForms.Roots("manunulat"));
        Assert.Contains("bili", (IReadOnlySet<string>)FilipinoWordForms.Roots("mamimili"));
        Assert.Contains("inom", (IReadOnlySet<string>)FilipinoWordForms.Roots("inumin"));
        Assert.DoesNotContain("ata", (IReadOnlySet<string>)FilipinoWordForms.Roots("bata"));
    }
}
