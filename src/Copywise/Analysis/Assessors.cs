using Copywise.Assessments;
using Copywise.Assessments.Seo;

namespace Copywise.Analysis;

/// <summary>The sets of assessments that make up each result group.</summary>
public static class Assessors
{
    /// <summary>The SEO assessments, in the reference's order.</summary>
    public static IReadOnlyList<Assessment> Seo(bool cornerstone) =>
    [
        new KeyphraseLength(),
        new TextLength(cornerstone),
    ];

    /// <summary>The readability assessments.</summary>
    public static IReadOnlyList<Assessment> Readability(bool cornerstone) => [];

    /// <summary>The assessments run for each related keyphrase.</summary>
    public static IReadOnlyList<Assessment> Related(bool cornerstone) =>
    [
        new KeyphraseLength(),
    ];
}
