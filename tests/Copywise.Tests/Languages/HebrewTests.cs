using Copywise.Languages;
using static Copywise.Tests.Languages.MorphologyTestKit;

namespace Copywise.Tests.Languages;

/// <summary>Hebrew: data files, attached one-letter words, the passive binyanim, transitions, sentence beginnings and length, word forms and marks.</summary>
public class HebrewTests
{
    private const string Locale = "he_IL";

    [Fact]
    public void The_locale_finds_hebrew_with_its_lists_and_limit()
    {
        var language = LanguageRegistry.ForLocale(Locale);
        Assert.IsType<Hebrew>(language);
        Assert.True(language.FunctionWords.Count > 250);
        Assert.True(language.TransitionWords.Count > 100);
        Assert.NotEmpty(language.TwoPartTransitionWords);
        Assert.Contains("זה", (IReadOnlySet<string>)language.SentenceBeginningExceptions);
        Assert.Equal(15, language.LongSentenceWords);
    }

    [Theory]
    [InlineData("הספר נכתב בשנת 1950.", true)]
    [InlineData("המכתבים נשלחו אתמול.", true)]
    [InlineData("הבית ייבנה בשנה הבאה.", true)]
    [InlineData("הגשר נבנה לפני מאה שנה.", true)]
    [InlineData("הספר תורגם לעברית.", true)]
    [InlineData("המאמר פורסם בעיתון.", true)]
    [InlineData("הדוח המפורסם עורר סערה.", true)]
    [InlineData("העיר הוקמה במאה השלישית.", true)]
    [InlineData("הפרס הוענק לסופרת.", true)]
    [InlineData("הוא נולד בירושלים.", true)]
    [InlineData("ושהוכרז על הפסקת אש.", true)]
    [InlineData("הסופר כתב ספר חדש.", false)]
    [InlineData("התלמידים שלחו מכתבים.", false)]
    [InlineData("המושג הזה מוכר לכולם.", false)]
    [InlineData("זה ניצחון מוחלט.", false)]
    public void Passive_is_a_form_of_a_listed_nifal_pual_or_hufal_verb(string sentence, bool passive) => Assert.Equal(passive, IsPassive(sentence, Locale));

    [Fact]
    public void Binyan_patterns_derive_persons_present_and_future()
    {
        var rule = new HebrewPassiveVoice(["nifal נכתב", "pual פורסם", "hufal הוכרז", "nifal נבנה", "hufal הוקם", "not מוכרז"]);
        foreach (var form in new[] { "נכתבה", "נכתבו", "נכתבים", "ייכתב", "תיכתב", "להיכתב", "פורסמה", "מפורסמת", "יפורסם", "הוכרזה", "יוכרז", "נבנתה", "נבנית", "ייבנה", "להיבנות", "הוקמה", "יוקם" })
        {
            Assert.True(rule.IsPassiveVerb(form), form);
        }
        Assert.False(rule.IsPassiveVerb("מוכרז"));
        Assert.False(rule.IsPassiveVerb("מוקם"));
        Assert.False(rule.IsPassiveVerb("כתב"));
    }

    [Theory]
    [InlineData("לכן נשארנו בבית.", true)]
    [InlineData("ולכן נשארנו בבית.", true)]
    [InlineData("על אף זאת, הם המשיכו.", true)]
    [InlineData("לא רק הילדים באו אלא גם ההורים.", true)]
    [InlineData("הילד אכל תפוח.", false)]
    public void Transition_words_are_found_with_an_attached_conjunction(string sentence, bool has) => Assert.Equal(has, HasTransition(sentence, Locale));

    [Fact]
    public void Sentence_beginnings_take_the_next_word_after_a_demonstrative_or_numeral()
    {
        Assert.Equal(1, LongestRun("זה הספר שלי. זה הבית שלי. זה הכלב שלי.", Locale).Count);
        var (count, beginning) = LongestRun("נאפולי יפה. נאפולי גדולה. נאפולי עתיקה.", Locale);
        Assert.Equal(3, count);
        Assert.Equal("נאפולי", beginning);
    }

    [Fact]
    public void Sentences_are_long_above_fifteen_words()
    {
        var sixteen = string.Join(' ', Enumerable.Repeat("מילה", 16)) + ".";
        var fifteen = string.Join(' ', Enumerable.Repeat("מילה", 15)) + ".";
        var marked = MarkedSource("<p>" + sixteen + " " + fifteen + "</p>", Locale, "textSentenceLength");
        Assert.Equal([sixteen], marked);
    }

    [Theory]
    [InlineData("בית", "הם גרים בבית גדול.")]
    [InlineData("בית", "הבית שלנו ישן.")]
    [InlineData("בית", "ובבית הזה גרנו.")]
    [InlineData("בית", "כשהבית נבנה, שמחנו.")]
    [InlineData("הבית", "בית חדש נבנה.")]
    [InlineData("ספר", "קראתי את הספרים.")]
    [InlineData("ספר", "ספרי הלימוד חדשים.")]
    [InlineData("ספר", "ספרו החדש יצא.")]
    [InlineData("מדינה", "מדינת ישראל.")]
    [InlineData("מדינה", "המדינות השכנות.")]
    [InlineData("מדינה", "למען מדינתנו.")]
    [InlineData("ילד", "הילדים משחקים.")]
    [InlineData("ילד", "לילדיהם יש משחקים.")]
    [InlineData("מוזיקה", "המוזיקה הזאת יפה.")]
    [InlineData("מוזיקה", "הוא מתעניין במוזיקה.")]
    [InlineData("כוכב", "הכוכבים בשמיים.")]
    [InlineData("כוכב", "מסתו של כוכבים רבים.")]
    [InlineData("עיר", "בעירנו הקטנה.")]
    [InlineData("חברה", "החברות הגדולות.")]
    [InlineData("שולחן", "על השולחנות.")]
    [InlineData("מחשב", "במחשבים החדשים.")]
    [InlineData("תלמיד", "התלמידות הגיעו.")]
    [InlineData("בית ספר", "בבית הספר.")]
    [InlineData("נאפולי", "תושבי נָאפּוֹלִי רבים.")]
    public void Keyphrase_words_match_their_inflected_forms(string keyphrase, string text) => Assert.True(Matches(keyphrase, text, Locale));

    [Theory]
    [InlineData("ספר", "ספינה גדולה.")]
    [InlineData("ילד", "ילל רם.")]
    [InlineData("מחשב", "מחסן גדול.")]
    [InlineData("כוכב", "כוכית קטנה.")]
    [InlineData("שלום", "שלושה ילדים.")]
    [InlineData("חלב", "חלון פתוח.")]
    [InlineData("גן", "גנב נתפס.")]
    [InlineData("דג", "דגל המדינה.")]
    [InlineData("עיר", "עיראק רחוקה.")]
    [InlineData("תלמיד", "תלמוד בבלי.")]
    public void Look_alike_words_do_not_match(string keyphrase, string text) => Assert.False(Matches(keyphrase, text, Locale));

    [Fact]
    public void Without_word_forms_the_attached_letters_still_match()
    {
        Assert.True(Matches("הבית", "בבית גרנו.", Locale, wordForms: false));
        Assert.True(Matches("בית", "ולבית הגענו.", Locale, wordForms: false));
        Assert.False(Matches("בית", "הבתים גדולים.", Locale, wordForms: false));
    }

    [Fact]
    public void Marks_in_right_to_left_text_point_at_the_source()
    {
        const string html = "<h2>נאפולי</h2><p>העיר &quot;הקסומה&quot; יפה. <a href=\"/x\">המאמר</a> פורסם בעיתון.</p>";
        Assert.Equal(["המאמר</a> פורסם בעיתון."], MarkedSource(html, Locale, "passiveVoice"));
    }
}
