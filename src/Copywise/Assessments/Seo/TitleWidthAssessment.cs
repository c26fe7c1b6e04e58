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
        if (string.IsNullOrWhiteSpace(title)) return Result(1, new MessageArgs(None));
        double width = WidthOf(context.Paper);
        if (width > MaxWidth) return Result(3, new MessageArgs(TooWide, X: width));
        return Result(9, new MessageArgs(Fits, X: width));
    }

    private const int None = 0, TooWide = 1, Fits = 2;

    /// <inheritdoc/>
    protected override void Describe(MessageText text, in MessageArgs says)
    {
        if (says.Kind == None) text.Write("There is no SEO title.");
        else if (says.Kind == TooWide) text.Write($"The SEO title is {says.X:0} px wide; search results cut it at {MaxWidth:0} px.");
        else text.Write($"The SEO title is {says.X:0} px wide and fits in a search result. Good job!");
    }

    /// <inheritdoc/>
    protected override void DescribeFix(MessageText text, in MessageArgs says)
    {
        if (says.Kind == None) text.Write("Write an SEO title.");
        else if (says.Kind == TooWide) text.Write("Shorten the SEO title.");
    }
}
