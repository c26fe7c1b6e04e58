using Copywise.Analysis;
using Copywise.Research;

namespace Copywise.Assessments.Readability;

/// <summary>
/// How easy the text is by the Flesch reading ease (0 very hard to 100 very easy): 60 or more is good, 50 to 60
/// acceptable, under 50 hard. Shown with the readability results but, as in the reference, not counted in the
/// readability score.
/// </summary>
public sealed class FleschReadingEase : Assessment
{
    /// <inheritdoc/>
    public override string Id => "fleschReadingEase";
    /// <inheritdoc/>
    public override string Name => "Flesch reading ease";
    /// <inheritdoc/>
    public override string Summary => "Measures how easy the text is to read with the Flesch reading ease formula; shown, but not counted in the readability score.";

    /// <inheritdoc/>
    public override bool CountsInScore => false;

    /// <inheritdoc/>
    public override bool IsSupported(AnalysisContext context) => context.Language.CountSyllables("a") is not null;

    /// <inheritdoc/>
    public override bool IsApplicable(AnalysisContext context, Topic topic) => context.Get<ReadabilityStatistics>().FleschReadingEase is not null;

    /// <inheritdoc/>
    public override AssessmentResult Assess(AnalysisContext context, Topic topic)
    {
        double score = context.Get<ReadabilityStatistics>().FleschReadingEase ?? 0;
        return Result(score >= 60 ? 9 : score >= 50 ? 6 : 3, new MessageArgs(0, X: score));
    }

    /// <inheritdoc/>
    protected override void Describe(MessageText text, in MessageArgs says)
    {
        double score = says.X;
        string label = score switch
        {
            >= 90 => "very easy",
            >= 80 => "easy",
            >= 70 => "fairly easy",
            >= 60 => "OK",
            >= 50 => "fairly difficult",
            >= 30 => "difficult",
            _ => "very difficult",
        };
        text.Write($"The text scores {score:0.#}, which is {label} to read{(score >= 60 ? ". Good job!" : ".")}");
    }

    /// <inheritdoc/>
    protected override void DescribeFix(MessageText text, in MessageArgs says)
    {
        if (says.X >= 60) return;
        text.Write(says.X >= 50 ? "Use shorter sentences and fewer long words." : "Use shorter sentences and shorter, more common words.");
    }
}
