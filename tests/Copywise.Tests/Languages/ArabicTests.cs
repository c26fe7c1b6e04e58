using Copywise.Languages;
using static Copywise.Tests.Languages.MorphologyTestKit;

namespace Copywise.Tests.Languages;

/// <summary>Arabic: data files, attached prefixes, the passive, transitions, sentence beginnings, word forms and marks in right-to-left text.</summary>
public class ArabicTests
{
    private const string Locale = "ar";

    [Fact]
    public void The_locale_finds_arabic_with_its_lists()
    {
        var language = LanguageRegistry.ForLocale("ar_SA");
        Assert.IsType<Arabic>(language);
        Assert.True(language.FunctionWords.Count > 300);
        Assert.True(language.TransitionWords.Count > 100);
        Assert.NotEmpty(language.TwoPartTransitionWords);
        Assert.Contains("هذه", (IReadOnlySet<string>)language.SentenceBeginningExceptions);
        Assert.Null(language.FleschReadingEase(100, 10, 150));
    }

    [Theory]
    [InlineData("قيل إن المدينة جميلة.", true)]
    [InlineData("نوقشت الخطة في الاجتماع.", true)]
    [InlineData("كُتب الدرس على السبورة.", true)]
    [InlineData("وكُتبت الرسالة بسرعة.", true)]
    [InlineData("يسمى هذا النبات الصبار.", true)]
    [InlineData("أصيب اللاعب في المباراة.", true)]
    [InlineData("فوجئ الجميع بالخبر.", true)]
    [InlineData("كتب الطالب الدرس.", false)]
    [InlineData("ناقش المدير الخطة.", false)]
    [InlineData("يزرع الناس النباتات في الداخل.", false)]
    [InlineData("سمى الأب ابنه أحمد.", false)]
    public void Passive_is_a_damma_on_the_first_letter_or_a_listed_form(string sentence, bool passive) => Assert.Equal(passive, IsPassive(sentence, Locale));

    [Fact]
    public void Form_three_perfects_take_every_person_ending()
    {
        var rule = new ArabicPassiveVoice(["نوقش+", "يسمى"]);
        Assert.True(rule.IsPassiveVerb("نوقشت"));
        Assert.True(rule.IsPassiveVerb("نوقشوا"));
        Assert.True(rule.IsPassiveVerb("ونوقشت"));
        Assert.True(rule.IsPassiveVerb("يسمى"));
        Assert.False(rule.IsPassiveVerb("يسماها"));
        Assert.False(rule.IsPassiveVerb("ناقش"));
    }

    [Theory]
    [InlineData("لذلك، يسهل نمو الجزر في الداخل.", true)]
    [InlineData("ولكن الطقس بارد في الشتاء.", true)]
    [InlineData("فلذلك بقينا في البيت.", true)]
    [InlineData("على سبيل المثال، ازرع الفلفل الحلو.", true)]
    [InlineData("كلما قرأت أكثر كلما تعلمت أكثر.", true)]
    [InlineData("الخس نبات ورقي مشهور.", false)]
    [InlineData("كلما قرأت تعلمت.", false)]
    public void Transition_words_are_found_with_attached_conjunctions(string sentence, bool has) => Assert.Equal(has, HasTransition(sentence, Locale));

    [Fact]
    public void Sentence_beginnings_take_the_next_word_after_a_demonstrative()
    {
        Assert.Equal(1, LongestRun("هذا النبات جميل. هذا الكتاب مفيد. هذا البيت كبير.", Locale).Count);
        var (count, beginning) = LongestRun("الخس سهل. الخس مفيد. الخس لذيذ.", Locale);
        Assert.Equal(3, count);
        Assert.Equal("الخس", beginning);
    }

    [Theory]
    [InlineData("العناية بالنباتات", "العناية بالنباتات سهلة.")]
    [InlineData("العناية بالنباتات", "تحتاج النباتات إلى العناية.")]
    [InlineData("النباتات", "اهتم بالنباتات كل يوم.")]
    [InlineData("كتاب", "وللكتاب غلاف جميل.")]
    public void Without_word_forms_the_attached_prefixes_still_match(string keyphrase, string text) => Assert.True(Matches(keyphrase, text, Locale, wordForms: false));

    [Fact]
    public void Only_the_article_groups_are_taken_off_a_keyphrase_word()
    {
        IReadOnlySet<string> forms = Arabic.Proclitics.Forms("بالنباتات");
        Assert.Contains("النباتات", forms);
        Assert.Contains("نباتات", forms);
        Assert.Contains("وبالنباتات", forms);
        IReadOnlySet<string> kitab = Arabic.Proclitics.Forms("كتاب");
        Assert.Contains("بكتاب", kitab);
        Assert.DoesNotContain("تاب", kitab);
    }

    [Theory]
    [InlineData("كتاب", "قرأت الكتاب أمس.")]
    [InlineData("كتاب", "أعجبني كتابه الجديد.")]
    [InlineData("كتاب", "احتفظت بالكتاب.")]
    [InlineData("كتاب", "أعطيته لكتابها.")]
    [InlineData("كتاب", "قرأت كِتَابًا جديدا.")]
    [InlineData("مدرسة", "ذهب إلى المدرسة.")]
    [InlineData("مدرسة", "مدرستها قريبة.")]
    [InlineData("مدرسة", "نحن فخورون بمدرستنا.")]
    [InlineData("سيارة", "سيارتي حمراء.")]
    [InlineData("سيارة", "السيارات كثيرة.")]
    [InlineData("نبات", "النباتات خضراء.")]
    [InlineData("معلم", "المعلمون في الفصل.")]
    [InlineData("معلم", "شكرا للمعلمات.")]
    [InlineData("إسلام", "تاريخ الاسلام طويل.")]
    [InlineData("مهندس", "المهندسون ماهرون.")]
    [InlineData("بيت", "بيتي كبير.")]
    [InlineData("حديقة", "حديقتنا واسعة.")]
    [InlineData("طالب", "نجحت والطالبات جميعا.")]
    [InlineData("جميل", "الزهرة جميلة.")]
    [InlineData("كبير", "المدينة الكبيرة.")]
    [InlineData("لاعب", "اللاعبون في الملعب.")]
    [InlineData("العناية", "العنايـــة مهمة.")]
    [InlineData("العناية بالنباتات", "العناية بنباتات المنزل سهلة.")]
    public void Keyphrase_words_match_their_inflected_forms(string keyphrase, string text) => Assert.True(Matches(keyphrase, text, Locale));

    [Theory]
    [InlineData("قلم", "قلب الإنسان.")]
    [InlineData("شمس", "شمع العسل.")]
    [InlineData("بيت", "بيع البيوت.")]
    [InlineData("نبات", "رجل نبيل.")]
    [InlineData("سيارة", "سيرة حياته.")]
    [InlineData("معلم", "علم الفلك.")]
    [InlineData("كتاب", "تاب الرجل.")]
    [InlineData("بحر", "بحث علمي.")]
    [InlineData("ورد", "رد سريع.")]
    [InlineData("شجرة", "شجار عنيف.")]
    public void Look_alike_words_do_not_match(string keyphrase, string text) => Assert.False(Matches(keyphrase, text, Locale));

    [Fact]
    public void Marks_in_right_to_left_text_point_at_the_source()
    {
        const string html = "<p>الخس نبات سهل. <b>قيل</b> إن الطقس&nbsp;جميل اليوم. ينمو الخس سريعا.</p>";
        var marked = MarkedSource(html, Locale, "passiveVoice");
        // The sentence starts at its first letter, inside the bold element, and its entity stays whole.
        Assert.Equal(["قيل</b> إن الطقس&nbsp;جميل اليوم."], marked);
    }

    [Fact]
    public void Direction_marks_do_not_stick_to_words_or_hide_sentence_ends()
    {
        var context = Context("<p>\u200Fالعناية بالنباتات سهلة.\u200F قيل إن الطقس جميل.</p>", Locale, "العناية بالنباتات", wordForms: false);
        Assert.Equal(2, context.Text.Sentences.Length);
        Assert.Equal("العناية", context.Text.Text(context.Text.Words[0]).ToString());
        Assert.True(Matches("العناية بالنباتات", "\u200Fالعناية\u200F بالنباتات سهلة.", Locale, wordForms: false));
    }

    [Fact]
    public void Two_line_breaks_in_a_row_end_a_paragraph()
    {
        var context = Context("<p>الخس<br></br>\n\tالخس نبات ورقي مشهور.<br>الفلفل نبات.</p>", Locale);
        Assert.Equal(2, context.Document.Blocks.Count);
        Assert.Equal("الخس", context.Text.Text(context.Text.Sentences[0]).ToString());
    }
}
