using Copywise.Analysis;
using Copywise.Documents;
using Copywise.Languages;
using Copywise.Research;

namespace Copywise.Tests.Languages;

/// <summary>Runs the language research on short texts written for the language tests.</summary>
internal static class MorphologyTestKit
{
    /// <summary>An analysis context for an HTML body in a locale.</summary>
    public static AnalysisContext Context(string html, string locale, string keyphrase = "", bool wordForms = true, string synonyms = "") =>
        LanguageKit.Context(html, locale, wordForms, keyphrase, synonyms);

    /// <summary>True when the one sentence is in the passive voice.</summary>
    public static bool IsPassive(string sentence, string locale)
    {
        var context = Context("<p>" + sentence + "</p>", locale);
        Assert.Equal(1, context.Text.Sentences.Length);
        return context.Get<PassiveSentences>().Indexes.Count == 1;
    }

    /// <summary>True when the one sentence has a transition word or pair.</summary>
    public static bool HasTransition(string sentence, string locale)
    {
        var context = Context("<p>" + sentence + "</p>", locale);
        Assert.Equal(1, context.Text.Sentences.Length);
        return context.Get<TransitionSentences>().Count == 1;
    }

    /// <summary>The longest run of consecutive sentences that begin alike, and that beginning.</summary>
    public static (int Count, string Beginning) LongestRun(string text, string locale)
    {
        var context = Context("<p>" + text + "</p>", locale);
        var runs = context.Get<SentenceBeginnings>().Runs;
        // Runs are of two or more sentences: without one, every sentence stands alone.
        if (runs.Count == 0) return context.Text.Sentences.Length == 0 ? (0, "") : (1, SentenceBeginnings.BeginningOf(context, 0));
        var longest = runs.OrderByDescending(r => r.Count).First();
        return (longest.Count, longest.Beginning);
    }

    /// <summary>True when every content word of the keyphrase is found in the text (word forms on unless said otherwise).</summary>
    public static bool Matches(string keyphrase, string text, string locale, bool wordForms = true)
    {
        var context = Context("<p>" + text + "</p>", locale, keyphrase, wordForms);
        var phrase = TopicForms.Prepare(context, keyphrase);
        return TopicMatcher.Match(phrase, context.Document.Text).All;
    }

    /// <summary>The source text under each mark of an assessment's result.</summary>
    public static string[] MarkedSource(string html, string locale, string assessment, string keyphrase = "")
    {
        var paper = new Paper { Text = html, Format = DocumentFormat.Html, Keyphrase = keyphrase, Locale = locale };
        var result = Analyzer.Analyze(paper, new AnalysisOptions { WordForms = false });
        var r = result.Seo[assessment] ?? result.Readability[assessment] ?? throw new Xunit.Sdk.XunitException($"no {assessment} result");
        return r.Marks.Select(m => html[m.Start..m.End]).ToArray();
    }
}
