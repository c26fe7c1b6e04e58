using Copywise.Languages;
using static Copywise.Tests.Languages.SentenceChecks;

namespace Copywise.Tests.Languages;

/// <summary>Russian: passive voice, syllables and Flesch (Oborneva), word forms, lists and sentence length.</summary>
public class RussianTests
{
    private const string Ru = "ru_RU";

    [Theory]
    [InlineData("Дом был построен в прошлом году.")]
    [InlineData("Статья написана известным автором.")]
    [InlineData("Решение принято большинством голосов.")]
    [InlineData("Музей организован на средства города.")]
    [InlineData("Письма были получены вчера.")]
    [InlineData("Магазин закрыт на ремонт.")]
    [InlineData("Результаты опубликованы в журнале.")]
    [InlineData("Эти вопросы тесно связаны между собой.")]
    [InlineData("Проблема решена окончательно.")]
    [InlineData("Окно было открыто всю ночь.")]
    public void Short_passive_participles_are_passive(string sentence) => Assert.True(IsPassive(Ru, sentence));

    [Theory]
    [InlineData("Мы построили дом в прошлом году.")]
    [InlineData("Наша страна очень большая.")]
    [InlineData("Он должен прийти завтра утром.")]
    [InlineData("Цена на хлеб выросла.")]
    [InlineData("Это важно для всех нас.")]
    [InlineData("Я получил ответ на вопрос.")]
    [InlineData("На стене висит план города.")]
    [InlineData("Времена меняются быстро.")]
    [InlineData("Он нужен нам здесь.")]
    [InlineData("Мы открыли новый институт.")]
    public void Active_sentences_and_look_alike_nouns_are_not_passive(string sentence) => Assert.False(IsPassive(Ru, sentence));

    [Theory]
    [InlineData("молоко", 3)]
    [InlineData("в", 0)]
    [InlineData("объявление", 5)]
    [InlineData("ёлка", 2)]
    [InlineData("Россия", 3)]
    [InlineData("computer", 3)]
    public void Syllables_are_vowels(string word, int syllables) => Assert.Equal(syllables, Russian.Instance.CountSyllables(word));

    [Fact]
    public void Flesch_uses_the_Oborneva_coefficients()
    {
        // 206.835 − 1.3 × 100/10 − 60.1 × 200/100 = 206.835 − 13 − 120.2 = 73.635
        Assert.Equal(73.635, Russian.Instance.FleschReadingEase(100, 10, 200)!.Value, 3);
    }

    [Fact]
    public void Flesch_of_a_text_counts_every_vowel()
    {
        // 12 words of "мама" (2 syllables) in 2 sentences: 206.835 − 1.3 × 6 − 60.1 × 2 = 78.835, rounded 78.8.
        var context = Context(Ru, "<p>Мама мама мама мама мама мама. Мама мама мама мама мама мама.</p>");
        var stats = context.Get<Copywise.Research.ReadabilityStatistics>();
        Assert.Equal(24, stats.Syllables);
        Assert.Equal(78.8, stats.FleschReadingEase);
    }

    [Theory]
    [InlineData("Однако мы не согласны.")]
    [InlineData("Кроме того, это дорого.")]
    [InlineData("Таким образом, задача решена.")]
    [InlineData("Например, возьмём яблоко.")]
    [InlineData("Мы пошли домой, потому что шёл дождь.")]
    [InlineData("Это не только красиво, но и полезно.")]
    [InlineData("Его сестра тоже работает в больнице.")]
    [InlineData("Перед тем как ехать, соберите документы.")]
    public void Transition_words_are_found(string sentence) => Assert.True(HasTransition(Ru, sentence));

    [Theory]
    [InlineData("Мы пошли домой.")]
    [InlineData("При этом процессе выделяется тепло.")]
    public void Sentences_without_transitions(string sentence) => Assert.False(HasTransition(Ru, sentence));

    [Fact]
    public void Demonstratives_and_numerals_take_the_next_word_into_the_beginning()
    {
        Assert.Equal(["этот дом", "этот город", "мы"], Beginnings(Ru, "Этот дом стоит. Этот город большой. Мы здесь."));
    }

    [Fact]
    public void Long_sentences_are_those_over_15_words()
    {
        Assert.Equal(15, Russian.Instance.LongSentenceWords);
        var words16 = string.Join(' ', Enumerable.Repeat("слово", 16)) + ".";
        var words15 = string.Join(' ', Enumerable.Repeat("слово", 15)) + ".";
        var paper = new Copywise.Documents.Paper { Text = $"<p>{words16} {words15}</p>", Locale = Ru, Format = Copywise.Documents.DocumentFormat.Html };
        var result = Copywise.Analysis.Analyzer.Analyze(paper).Readability["textSentenceLength"]!.Value;
        Assert.Single(result.Marks);
    }

    [Theory]
    [InlineData("книга", "книги")]
    [InlineData("книга", "книгу")]
    [InlineData("книга", "книгой")]
    [InlineData("книга", "книге")]
    [InlineData("дом", "дома")]
    [InlineData("дом", "домов")]
    [InlineData("дом", "домами")]
    [InlineData("город", "города")]
    [InlineData("город", "городе")]
    [InlineData("город", "городами")]
    [InlineData("машина", "машины")]
    [InlineData("машина", "машинах")]
    [InlineData("красивый", "красивая")]
    [InlineData("красивый", "красивого")]
    [InlineData("красивый", "красивыми")]
    [InlineData("читать", "читает")]
    [InlineData("читать", "читали")]
    [InlineData("зелёная", "зеленой")]
    [InlineData("зелёная", "зелёную")]
    [InlineData("путеводитель", "путеводителя")]
    [InlineData("путеводитель", "путеводителями")]
    [InlineData("тельце", "тельца")]
    [InlineData("ядерный", "ядерные")]
    [InlineData("Россия", "России")]
    public void Inflected_forms_match_with_word_forms(string keyword, string form) => Assert.True(Matches(Ru, keyword, form));

    [Theory]
    [InlineData("дом", "домашний")]
    [InlineData("книга", "книжный")]
    [InlineData("стол", "столица")]
    [InlineData("мир", "мировой")]
    [InlineData("город", "горный")]
    [InlineData("машина", "машинист")]
    [InlineData("вода", "водитель")]
    [InlineData("кот", "котёл")]
    [InlineData("лук", "лучший")]
    [InlineData("мост", "можно")]
    public void Look_alike_words_do_not_match(string keyword, string other) => Assert.False(Matches(Ru, keyword, other));

    [Fact]
    public void Without_word_forms_only_the_written_form_counts()
    {
        const string text = "Книга лежит на столе. Я читаю книгу. Книги стоят на полке.";
        Assert.Equal(1, KeyphraseCount(Ru, text, "книга", wordForms: false));
        Assert.Equal(3, KeyphraseCount(Ru, text, "книга", wordForms: true));
    }

    [Theory]
    [InlineData("Зелёная книга", "zelenaya-kniga", 9)]
    [InlineData("Ядерные тельца", "Ядерные-тельца", 9)]
    [InlineData("Щука", "shchuka", 9)]
    [InlineData("Зелёная книга", "krasnaya-kniga", 6)]
    [InlineData("как быстро выучить английский язык", "kak-bystro-vyuchit-angliyskiy-yazyk", 9)]
    [InlineData("как быстро выучить английский язык", "kak-bystro-vyuchit-angliiskii-iazyk", 9)]
    [InlineData("английский язык", "anglijskij-jazyk", 9)]
    [InlineData("домашний хлеб", "domashnii-hleb", 9)]
    [InlineData("домашний хлеб", "domashniy-khleb", 9)]
    [InlineData("домашний хлеб", "domashnii-sup", 6)]
    public void Slugs_in_latin_letters_contain_the_keyphrase(string keyphrase, string slug, int score) =>
        Assert.Equal(score, LanguageKit.SlugScore(Ru, keyphrase, slug));

    [Fact]
    public void Function_words_are_not_needed_in_the_text()
    {
        Assert.Contains("для", (IReadOnlySet<string>)Russian.Instance.FunctionWords);
        Assert.Contains("который", (IReadOnlySet<string>)Russian.Instance.FunctionWords);
        Assert.True(Russian.Instance.FunctionWords.Count > 300);
        Assert.True(Russian.Instance.TransitionWords.Count >= 100);
    }
}
