using Copywise.Assessments;
using Copywise.Assessments.Readability;
using Copywise.Assessments.Seo;

namespace Copywise.Analysis;

/// <summary>The sets of assessments that make up each result group.</summary>
public static class Assessors
{
    /// <summary>The SEO assessments, in the reference's order.</summary>
    public static IReadOnlyList<Assessment> Seo(bool cornerstone) => SeoSets[cornerstone ? 1 : 0];

    private static readonly IReadOnlyList<Assessment>[] SeoSets = BothSets(cornerstone =>
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
    public static IReadOnlyList<Assessment> Readability(bool cornerstone) => ReadabilitySets[cornerstone ? 1 : 0];

    private static readonly IReadOnlyList<Assessment>[] ReadabilitySets = BothSets(cornerstone =>
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
    public static IReadOnlyList<Assessment> Related(bool cornerstone) => RelatedSets[cornerstone ? 1 : 0];

    private static readonly IReadOnlyList<Assessment>[] RelatedSets = BothSets(cornerstone =>
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

    // Each set is made once, for regular and for cornerstone content: assessments hold no state, only their thresholds.
    private static IReadOnlyList<Assessment>[] BothSets(Func<bool, Assessment[]> make) =>
        [Array.AsReadOnly(make(false)), Array.AsReadOnly(make(true))];
}
