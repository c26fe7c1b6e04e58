using Copywise.Analysis;
using Copywise.Research;

namespace Copywise.Assessments.Seo;

/// <summary>Does the SEO title fit in a search result (600 px of Arial 20 px)? Uses the caller's measured width, else our own measure.</summary>
public sealed class TitleWidthAssessment : Assessment
{
    /// <summary>The widest title that shows whole, in pixels.</summary>
    public const double MaxWidth = 600;

    /// <inheritdoc/>
    public override string Id => "titleWidth";
    /// <inheritdoc/>
    public override string Name => "SEO title width";
    /// <inheritdoc/>
    public override string Summary => "Checks that the SEO title is at most 600 pixels wide, so that search results show it whole.";

    /// <summary>The title's width: the measured one when given, else computed.</summary>
    public static double WidthOf(Documents.Paper paper) =>
        paper.TitleWidth is > 0 and var w ? w : Text.TitleWidth.Measure(paper.Title ?? "");

    /// <inheritdoc/>
    public override AssessmentResult Assess(AnalysisContext context, Topic topic)
    {
        var title = context.Paper.Title;
        if (string.IsNullOrWhiteSpace(title)) return Result(1, "There is no SEO title.", "Write an SEO title.");
        double width = WidthOf(context.Paper);
        if (width > MaxWidth)
            return Result(3, $"The SEO title is {width:0} px wide; search results cut it at {MaxWidth:0} px.", "Shorten the SEO title.");
        return Result(9, $"The SEO title is {width:0} px wide and fits in a search result. Good job!");
    }
}
