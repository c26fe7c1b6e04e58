using Copywise.Assessments;
using Copywise.Assessments.Readability;
using Copywise.Assessments.Seo;

namespace Copywise.Analysis;

/// <summary>The sets of assessments that make up each result group.</summary>
public static class Assessors
{
    // Each set is made once: assessments hold no state of their own, only their thresholds.

    /// <summary>The SEO assessments, in the reference's order.</summary>
    public static IReadOnlyList<Assessment> Seo(bool cornerstone) => cornerstone ? SeoCornerstone : SeoRegular;

    private static readonly IReadOnlyList<Assessment> SeoRegular = MakeSeo(false), SeoCornerstone = MakeSeo(true);

    private static IReadOnlyList<Assessment> MakeSeo(bool cornerstone) => Array.AsReadOnly<Assessment>(
    [
        new IntroductionKeyword(),
        new KeyphraseLength(),
        new KeyphraseDensity(),
        new MetaDescriptionKeyword(),
        new MetaDescriptionLength(cornerstone),
        new SubheadingsKeyword(cornerstone),
        new TextCompetingLinks(),
        new ImageKeyphrase(cornerstone),
        new Images(),
        new TextLength(cornerstone),
        new OutboundLinks(),
        new KeyphraseInSeoTitle(),
        new InternalLinks(),
        new TitleWidthAssessment(),
        new SlugKeyword(cornerstone),
        new FunctionWordsInKeyphrase(),
        new SingleH1(),
        new KeyphraseDistribution(),
        new PreviouslyUsedKeyphrase(),
    ]);

    /// <summary>The readability assessments.</summary>
    public static IReadOnlyList<Assessment> Readability(bool cornerstone) => cornerstone ? ReadabilityCornerstone : ReadabilityRegular;

    private static readonly IReadOnlyList<Assessment> ReadabilityRegular = MakeReadability(false), ReadabilityCornerstone = MakeReadability(true);

    private static IReadOnlyList<Assessment> MakeReadability(bool cornerstone) => Array.AsReadOnly<Assessment>(
    [
        new SubheadingDistribution(cornerstone),
        new ParagraphLength(),
        new SentenceLength(cornerstone),
        new TransitionWords(),
        new PassiveVoice(),
        new TextPresence(),
        new ConsecutiveSentences(),
        new WordComplexity(cornerstone),
        new TextAlignmentAssessment(),
        new FleschReadingEase(),
    ]);

    /// <summary>The assessments run for each related keyphrase.</summary>
    public static IReadOnlyList<Assessment> Related(bool cornerstone) => cornerstone ? RelatedCornerstone : RelatedRegular;

    private static readonly IReadOnlyList<Assessment> RelatedRegular = MakeRelated(false), RelatedCornerstone = MakeRelated(true);

    private static IReadOnlyList<Assessment> MakeRelated(bool cornerstone) => Array.AsReadOnly<Assessment>(
    [
        new IntroductionKeyword(),
        new KeyphraseLength(),
        new KeyphraseDensity(),
        new MetaDescriptionKeyword(),
        new FunctionWordsInKeyphrase(),
        new TextCompetingLinks(),
        new ImageKeyphrase(cornerstone),
        new PreviouslyUsedKeyphrase(),
    ]);
}
