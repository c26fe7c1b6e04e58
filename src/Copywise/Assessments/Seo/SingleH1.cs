using Copywise.Analysis;
using Copywise.Research;
using Copywise.Text;

namespace Copywise.Assessments.Seo;

/// <summary>Is there at most one H1 heading in the body? The H1 is the page title; more of them blur the structure.</summary>
public sealed class SingleH1 : Assessment
{
    /// <inheritdoc/>
    public override string Id => "singleH1";
    /// <inheritdoc/>
    public override string Name => "Single title";
    /// <inheritdoc/>
    public override string Summary => "Checks that the text has no more than one H1 heading.";

    /// <inheritdoc/>
    public override AssessmentResult Assess(AnalysisContext context, Topic topic)
    {
        var h1 = context.Document.Blocks.Where(b => b.Kind == BlockKind.Heading && b.Level == 1).ToList();
        if (h1.Count < 2) return Result(8, "The text has no more than one H1 heading. Well done!");
        return Result(1, $"The text has {h1.Count} H1 headings; only the main title should be one.",
            h1.Skip(1).Select(b => context.MarkOf(b.Start, b.End)).ToArray(), "Change the other H1 headings to H2 or lower.");
    }
}
