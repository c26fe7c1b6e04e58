using Copywise.Analysis;
using Copywise.Assessments;
using Copywise.Languages;

namespace Copywise.Server;

/// <summary>One entry of the assessment catalogue.</summary>
/// <param name="Id">The stable id, as in results.</param>
/// <param name="Name">The short name shown before a message.</param>
/// <param name="Group"><c>seo</c> or <c>readability</c>.</param>
/// <param name="Summary">What the assessment checks.</param>
/// <param name="Help">The anchor of its entry in <c>docs/assessments.md</c>.</param>
/// <param name="Related">True when it also runs for each related keyphrase.</param>
public sealed record AssessmentInfo(string Id, string Name, string Group, string Summary, string Help, bool Related);

/// <summary>A language with rules, and what those rules cover.</summary>
/// <param name="Code">The ISO 639-1 code.</param>
/// <param name="Name">The English name.</param>
/// <param name="Features">The language-dependent checks it supports.</param>
public sealed record LanguageInfo(string Code, string Name, IReadOnlyList<string> Features);

/// <summary><c>GET /api/v1/assessments</c> and <c>GET /api/v1/languages</c>: computed once, they do not change while running.</summary>
internal static class CatalogEndpoints
{
    private static readonly Lazy<AssessmentInfo[]> AssessmentList = new(BuildAssessments);
    private static readonly Lazy<LanguageInfo[]> LanguageList = new(BuildLanguages);

    public static AssessmentInfo[] Assessments() => AssessmentList.Value;

    public static LanguageInfo[] Languages() => LanguageList.Value;

    /// <summary>What an assessment checks, for the catalogue.</summary>
    // Falls back to the name until every assessment states its own one-sentence summary.
    internal static string SummaryOf(Assessment assessment) => assessment.Name;

    private static AssessmentInfo[] BuildAssessments()
    {
        var related = Assessors.Related(false).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        return Assessors.Seo(false).Select(a => Info(a, "seo"))
            .Concat(Assessors.Readability(false).Select(a => Info(a, "readability")))
            .ToArray();

        AssessmentInfo Info(Assessment a, string group) =>
            new(a.Id, a.Name, group, SummaryOf(a), AssessmentResult.HelpAnchor(a.Id), related.Contains(a.Id));
    }

    private static LanguageInfo[] BuildLanguages() =>
        LanguageRegistry.Supported
            .OrderBy(l => l.Code, StringComparer.Ordinal)
            .Select(l => new LanguageInfo(l.Code, l.Name, Features(l)))
            .ToArray();

    private static List<string> Features(Language language)
    {
        var features = new List<string>();
        if (language.HasFunctionWords) features.Add("functionWords");
        if (language.TransitionWords.Count > 0) features.Add("transitionWords");
        if (language.HasPassiveVoice) features.Add("passiveVoice");
        if (language.HasWordComplexity) features.Add("wordComplexity");
        if (language.CountSyllables("language") != null) features.Add("syllables");
        if (language.FleschReadingEase(100, 5, 150) != null) features.Add("fleschReadingEase");
        if (language.WordForms("walk", true).Count > 1) features.Add("wordForms");
        return features;
    }
}
