namespace Copywise.Analysis;

/// <summary>The reference's formulas for a group's overall 0-100 score.</summary>
public static class OverallScore
{
    /// <summary>
    /// SEO and related keyphrases: the mean of the scores on a 0-100 scale, sum / (count × 9) × 100, rounded
    /// half away from zero; 0 when there are no results.
    /// </summary>
    public static int Seo(IReadOnlyList<AssessmentResult> results)
    {
        if (results.Count == 0) return 0;
        double sum = 0;
        // Indexed: an interface foreach boxes the list's enumerator.
        for (int i = 0; i < results.Count; i++) sum += results[i].Score;
        var value = Math.Round(sum / (results.Count * 9.0) * 100.0, MidpointRounding.AwayFromZero);
        // The reference rounds half up (Math.round); for negative halves that differs from away-from-zero.
        var exact = sum / (results.Count * 9.0) * 100.0;
        if (exact < 0) value = Math.Floor(exact + 0.5);
        return (int)value;
    }

    /// <summary>
    /// Readability: penalty points per result (bad 3, ok 2; 4 for bad when some assessment does not apply), then
    /// more than 6 (partial: 4) points is 30, more than 4 (partial: 2) is 60, else 90. No results, or only one, is 30.
    /// </summary>
    public static int Readability(IReadOnlyList<AssessmentResult> results, bool allApplicable) =>
        Readability(results as AssessmentResult[] ?? [.. results], allApplicable);

    /// <inheritdoc cref="Readability(IReadOnlyList{AssessmentResult}, bool)"/>
    public static int Readability(ReadOnlySpan<AssessmentResult> results, bool allApplicable)
    {
        if (results.Length <= 1) return 30;
        int penalty = 0;
        for (int i = 0; i < results.Length; i++)
        {
            penalty += results[i].Rating switch
            {
                Rating.Bad => allApplicable ? 3 : 4,
                Rating.Ok => 2,
                _ => 0,
            };
        }
        if (allApplicable) return penalty > 6 ? 30 : penalty > 4 ? 60 : 90;
        return penalty > 4 ? 30 : penalty > 2 ? 60 : 90;
    }
}
