using Copywise.Analysis;
using Copywise.Documents;
using Copywise.Languages;

namespace Copywise.Tests.Languages;

/// <summary>Language detection for texts that say nothing about their language.</summary>
public class LanguageDetectorTests
{
    [Fact]
    public void Too_short_or_empty_texts_are_not_guessed()
    {
        Assert.Null(LanguageDetector.Detect(""));
        Assert.Null(LanguageDetector.Detect("Bike lights for winter."));
    }

    [Fact]
    public void An_english_text_is_english_and_says_so()
    {
        const string text = "The city council approved the budget on Tuesday after a long debate about the roads, "
            + "the schools and the parks. Most members said that the plan was fair, but some of them wanted more money for the buses.";
        Assert.Equal("en", LanguageDetector.Detect(text)?.Code);
        var result = Analyzer.Analyze(new Paper { Text = text });
        Assert.Equal("en", result.Language);
        Assert.Contains(result.Notes, n => n.Contains("English"));
    }

    [Fact]
    public void A_given_locale_wins_over_detection()
    {
        var result = Analyzer.Analyze(new Paper { Text = "The council approved the budget on Tuesday after a long debate about roads and schools and parks, and most members said it was fair.", Locale = "xx" });
        Assert.Equal("xx", result.Language);
    }

    [Fact]
    public void Numbers_and_symbols_match_no_language()
    {
        Assert.Null(LanguageDetector.Detect(string.Join(' ', Enumerable.Range(0, 200).Select(i => $"{i * 37} € 42%"))));
    }

    [Fact]
    public void Every_corpus_paper_in_a_supported_language_is_detected_right()
    {
        if (!TestPaths.HasShared) return;
        int checkedPapers = 0;
        foreach (var line in File.ReadLines(TestPaths.Corpus("yoast-fulltext.jsonl")))
        {
            var (id, paper) = PaperJson.Parse(line, new Paper());
            // The corpus's three "performance test" papers carry en, es and pl locales but are Russian text.
            var expected = LanguageRegistry.ForLocale(id!.EndsWith("PaperForPerformanceTest", StringComparison.Ordinal) ? "ru" : paper.Locale);
            if (expected is UnsupportedLanguage) continue;
            var (document, _) = DocumentParser.Parse(paper with { Locale = "" }, null);
            Assert.True(expected.Code == LanguageDetector.Detect(document.Text)?.Code, $"{id}: expected {expected.Code}, detected {LanguageDetector.Detect(document.Text)?.Code ?? "nothing"}");
            checkedPapers++;
        }
        Assert.True(checkedPapers >= 4, $"only {checkedPapers} papers checked");
    }
}
