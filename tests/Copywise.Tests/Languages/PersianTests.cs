using Copywise.Languages;
using static Copywise.Tests.Languages.MorphologyTestKit;

namespace Copywise.Tests.Languages;

/// <summary>Persian: data files, attached endings, the passive with شدن, transitions, sentence beginnings and length, word forms and marks.</summary>
public class PersianTests
{
    private const string Locale = "fa_IR";

    [Fact]
    public void The_locale_finds_persian_with_its_lists_and_limit()
    {
        var language = LanguageRegistry.ForLocale(Locale);
        Assert.IsType<Persian>(language);
        Assert.True(language.FunctionWords.Count > 250);
        Assert.True(language.TransitionWords.Count > 100);
        Assert.NotEmpty(language.TwoPartTransitionWords);
        Assert.Contains("این", (IReadOnlySet<string>)language.SentenceBeginningExceptions);
        Assert.Equal(25, language.LongSentenceWords);
    }

    [Theory]
    [InlineData("این خانه در سال ۱۳۵۰ ساخته شد.", true)]
    [InlineData("گفته می‌شود که او آمده است.", true)]
    [InlineData("گفته می شود که او آمده است.", true)]
    [InlineData("کتاب به فارسی ترجمه شده است.", true)]
    [InlineData("این خبر دیروز منتشر شد.", true)]
    [InlineData("پل تا سال آینده ساخته خواهد شد.", true)]
    [InlineData("نامه هنوز فرستاده نشده است.", true)]
    [InlineData("او خانه را ساخت.", false)]
    [InlineData("او کتاب را ترجمه کرده است.", false)]
    [InlineData("کودک بزرگ شد.", false)]
    [InlineData("باران باعث شد که دیر برسیم.", false)]
    [InlineData("او نامه‌ای نوشته است.", false)]
    public void Passive_is_a_participle_or_noun_of_action_before_shodan(string sentence, bool passive) => Assert.Equal(passive, IsPassive(sentence, Locale));

    [Theory]
    [InlineData("بنابراین به خانه برگشتیم.", true)]
    [InlineData("با این حال، هوا سرد بود.", true)]
    [InlineData("برای مثال، خرس قطبی سفید است.", true)]
    [InlineData("هم پدر آمد هم مادر.", true)]
    [InlineData("خرس قطبی در شمال زندگی می‌کند.", false)]
    public void Transition_words_and_pairs_are_found(string sentence, bool has) => Assert.Equal(has, HasTransition(sentence, Locale));

    [Fact]
    public void Sentence_beginnings_take_the_next_word_after_a_demonstrative()
    {
        Assert.Equal(1, LongestRun("این خرس بزرگ است. این خانه کوچک است. این شهر زیباست.", Locale).Count);
        var (count, beginning) = LongestRun("خرس‌ها شنا می‌کنند. خرس‌ها می‌خوابند. خرس‌ها شکار می‌کنند.", Locale);
        Assert.Equal(3, count);
        Assert.Equal("خرس‌ها", beginning);
    }

    [Fact]
    public void Sentences_are_long_above_twenty_five_words()
    {
        var long26 = string.Join(' ', Enumerable.Repeat("کلمه", 26)) + ".";
        var ok25 = string.Join(' ', Enumerable.Repeat("کلمه", 25)) + ".";
        Assert.Equal([long26], MarkedSource("<p>" + long26 + " " + ok25 + "</p>", Locale, "textSentenceLength"));
    }

    [Theory]
    [InlineData("خرسش", "خرس قطبی بزرگ است.")]
    [InlineData("خرس", "خرسش را دید.")]
    [InlineData("خرس", "خرسی را دیدم.")]
    [InlineData("خانه", "خانه‌اش بزرگ است.")]
    [InlineData("دانشجو", "دانشجویم آمد.")]
    public void Without_word_forms_the_attached_endings_still_match(string keyphrase, string text) => Assert.True(Matches(keyphrase, text, Locale, wordForms: false));

    [Fact]
    public void Endings_follow_how_the_word_ends()
    {
        IReadOnlySet<string> khers = PersianClitics.Forms("خرس");
        Assert.Contains("خرسم", khers);
        Assert.Contains("خرسشان", khers);
        IReadOnlySet<string> khane = PersianClitics.Forms("خانه");
        Assert.Contains("خانه\u200Cام", khane);
        Assert.DoesNotContain("خانهم", khane);
        IReadOnlySet<string> daneshju = PersianClitics.Forms("دانشجو");
        Assert.Contains("دانشجویش", daneshju);
        Assert.Equal("خرس", PersianClitics.Detach("خرسش"));
        Assert.Equal("خانه", PersianClitics.Detach("خانه\u200Cاش"));
        Assert.Equal("کتاب", PersianClitics.Detach("کتاب"));
    }

    [Theory]
    [InlineData("کتاب", "کتابها روی میز هستند.")]
    [InlineData("کتاب", "کتاب‌ها روی میز هستند.")]
    [InlineData("کتاب", "کتابم را گم کردم.")]
    [InlineData("کتاب", "کتاب‌هایم را آوردم.")]
    [InlineData("کتاب", "كتاب عربي.")]
    [InlineData("خرس", "خرس‌ها شنا می‌کنند.")]
    [InlineData("خرس", "خرسان قطبی.")]
    [InlineData("خانه", "خانه‌ها گران شده‌اند.")]
    [InlineData("خانه", "خانه‌ای خریدیم.")]
    [InlineData("خانه", "خانه‌ام نزدیک است.")]
    [InlineData("خانه", "خانه‌ی ما.")]
    [InlineData("دانشجو", "دانشجویان آمدند.")]
    [InlineData("دانشجو", "دانشجوها رفتند.")]
    [InlineData("درخت", "درختان سبز.")]
    [InlineData("بزرگ", "بزرگترین شهر.")]
    [InlineData("بزرگ", "شهری بزرگ‌تر.")]
    [InlineData("شهر", "شهرهای ایران.")]
    [InlineData("شهر", "شهرمان زیباست.")]
    [InlineData("دوست", "دوستان من.")]
    [InlineData("دوست", "دوستش آمد.")]
    [InlineData("صندلی", "صندلی‌ای آورد.")]
    [InlineData("کشور", "كشورهاي همسايه.")]
    [InlineData("خرس قطبی", "خرس‌های قطبی در خطرند.")]
    public void Keyphrase_words_match_their_inflected_forms(string keyphrase, string text) => Assert.True(Matches(keyphrase, text, Locale));

    [Theory]
    [InlineData("دست", "دستگاه جدید.")]
    [InlineData("شهر", "شهریه دانشگاه.")]
    [InlineData("کار", "کارد تیز.")]
    [InlineData("گل", "گلو درد.")]
    [InlineData("سر", "هوای سرد.")]
    [InlineData("نان", "نام او.")]
    [InlineData("دریا", "دریچه کوچک.")]
    [InlineData("کوه", "کوچه باریک.")]
    [InlineData("خرس", "خروس صبح خواند.")]
    [InlineData("کتاب", "کباب خوردیم.")]
    public void Look_alike_words_do_not_match(string keyphrase, string text) => Assert.False(Matches(keyphrase, text, Locale));

    [Fact]
    public void Marks_in_right_to_left_text_point_at_the_source()
    {
        const string html = "<p>خرس قطبی بزرگ است. <em>این پل</em> در سال ۱۳۵۰ ساخته&zwnj;شد.</p>";
        Assert.Equal(["این پل</em> در سال ۱۳۵۰ ساخته&zwnj;شد."], MarkedSource(html, Locale, "passiveVoice"));
    }

    // A search-shaped keyphrase needs only its topic words: "ساده" (simple) frames the search, "شیرین" (sweet) names it.
    [Theory]
    [InlineData("نان خانگی ساده", 1)]
    [InlineData("نان خانگی شیرین", 0)]
    public void Framing_adjectives_are_not_needed_in_a_match(string keyphrase, int count) =>
        Assert.Equal(count, LanguageKit.KeyphraseCount("<p>نان خانگی را در فر بپزید.</p>", keyphrase, Locale, wordForms: false));
}
