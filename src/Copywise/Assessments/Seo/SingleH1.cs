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
        var blocks = context.Document.Blocks;
        int count = 0;
        for (int i = 0; i < blocks.Count; i++) if (IsH1(blocks[i])) count++;
        if (count < 2) return Result(8, "The text has no more than one H1 heading. Well done!");
        var h1 = context.Document.Blocks.Where(IsH1).ToList();
        return Result(1, $"The text has {h1.Count} H1 headings; only the main title should be one.",
            h1.Skip(1).Select(b => context.MarkOf(b.Start, b.End)).ToArray(), "Change the other H1 headings to H2 or lower.");
    }

    private static bool IsH1(Block block) => block.Kind == BlockKind.Heading && block.Level == 1;
}
