using Copywise.Analysis;
using Copywise.Documents;
using Copywise.Languages;
using Copywise.Research;

namespace Copywise.Tests.Languages;

/// <summary>Analyses short texts in a given locale and reads single research results, for the language tests.</summary>
internal static class SentenceChecks
{
    public static AnalysisContext Context(string locale, string html, string keyphrase = "", bool wordForms = false) =>
        LanguageKit.Context(html, locale, wordForms, keyphrase);

    /// <summary>True when the text's only sentence is passive.</summary>
    public static bool IsPassive(string locale, string sentence) => MorphologyTestKit.IsPassive(sentence, locale);

    /// <summary>True when the text's only sentence has a transition word.</summary>
    public static bool HasTransition(string locale, string sentence) => MorphologyTestKit.HasTransition(sentence, locale);

    /// <summary>The beginnings of the text's sentences, as consecutive-sentence checks compare them.</summary>
    public static string[] Beginnings(string locale, string text)
    {
        var context = Context(locale, $"<p>{text}</p>");
        return Enumerable.Range(0, context.Text.Sentences.Length).Select(i => SentenceBeginnings.BeginningOf(context, i)).Where(b => b.Length > 0).ToArray();
    }

    /// <summary>How often the keyphrase occurs in the text.</summary>
    public static int KeyphraseCount(string locale, string text, string keyphrase, bool wordForms) =>
        LanguageKit.KeyphraseCount($"<p>{text}</p>", keyphrase, locale, wordForms);

    /// <summary>True when, with word forms on, <paramref name="form"/> is matched as a form of the keyphrase word.</summary>
    public static bool Matches(string locale, string keyword, string form)
    {
        var context = Context(locale, $"<p>{form}</p>", keyword, wordForms: true);
        var phrase = context.Get<TopicForms>(context.Focus).Keyphrase;
        return phrase.Matches(0, MatchTokens.Normalize(form));
    }
}
