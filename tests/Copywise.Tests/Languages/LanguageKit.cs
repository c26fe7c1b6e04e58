using Copywise.Analysis;
using Copywise.Documents;
using Copywise.Languages;
using Copywise.Research;

namespace Copywise.Tests.Languages;

/// <summary>Runs the research of one language on short texts.</summary>
internal static class LanguageKit
{
    /// <summary>An analysis context for an HTML body in a locale: the one builder every language test uses.</summary>
    public static AnalysisContext Context(string text, string locale, bool wordForms = true, string keyphrase = "", string synonyms = "")
    {
        var paper = new Paper { Text = text, Locale = locale, Keyphrase = keyphrase, Synonyms = synonyms, Format = DocumentFormat.Html };
        var (document, completed) = DocumentParser.Parse(paper);
        return new AnalysisContext(completed, document, LanguageRegistry.ForLocale(locale), new AnalysisOptions { WordForms = wordForms });
    }

    /// <summary>The keyphrase-in-slug score of a short text with the keyphrase and slug in the language.</summary>
    public static int SlugScore(string locale, string keyphrase, string slug)
    {
        var paper = new Copywise.Documents.Paper { Text = "<p>Text.</p>", Keyphrase = keyphrase, Slug = slug, Locale = locale, Format = Copywise.Documents.DocumentFormat.Html };
        return Copywise.Analysis.Analyzer.Analyze(paper).Seo["slugKeyword"]!.Value.Score;
    }

    /// <summary>True when the (one-sentence) text is in the passive voice.</summary>
    public static bool IsPassive(string sentence, string locale) => Context(sentence, locale).Get<PassiveSentences>().Indexes.Count > 0;

    /// <summary>True when the (one-sentence) text has a transition word or pair.</summary>
    public static bool HasTransition(string sentence, string locale) => Context(sentence, locale).Get<TransitionSentences>().Count > 0;

    /// <summary>The beginnings shared by three or more consecutive sentences.</summary>
    public static string[] RepeatedBeginnings(string text, string locale) =>
        Context(text, locale).Get<SentenceBeginnings>().Runs.Where(r => r.Count >= 3).Select(r => r.Beginning).ToArray();

    /// <summary>How often the keyphrase occurs in the text.</summary>
    public static int KeyphraseCount(string text, string keyphrase, string locale, bool wordForms) =>
        Analyzer.Analyze(new Paper { Text = text, Locale = locale, Keyphrase = keyphrase, Format = DocumentFormat.Html },
            new AnalysisOptions { WordForms = wordForms }).Facts.KeyphraseCount;

    /// <summary>True when <paramref name="form"/> is a form of the keyphrase word <paramref name="word"/> in <paramref name="language"/>, listed or by stem.</summary>
    public static bool IsForm(Language language, string word, string form) =>
        language.WordForms(word, true).Contains(form) || language.IsWordForm(word, form);

    /// <summary>The Flesch reading ease of the text, as the facts report it.</summary>
    public static double? Flesch(string text, string locale) => Context(text, locale).Get<ReadabilityStatistics>().FleschReadingEase;
}
