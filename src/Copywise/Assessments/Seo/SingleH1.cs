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
        if (count < 2) return Result(8, new MessageArgs(One));
        var marks = new Mark[count - 1];
        for (int i = 0, seen = 0; i < blocks.Count; i++)
        {
            if (IsH1(blocks[i]) && seen++ > 0) marks[seen - 2] = context.MarkOf(blocks[i].Start, blocks[i].End);
        }
        return Result(1, new MessageArgs(Several, A: count), marks);
    }

    private const int One = 0, Several = 1;

    /// <inheritdoc/>
    protected override void Describe(MessageText text, in MessageArgs says)
    {
        if (says.Kind == One) text.Write("The text has no more than one H1 heading. Well done!");
        else text.Write($"The text has {says.A} H1 headings; only the main title should be one.");
    }

    /// <inheritdoc/>
    protected override void DescribeFix(MessageText text, in MessageArgs says)
    {
        if (says.Kind == Several) text.Write("Change the other H1 headings to H2 or lower.");
    }

    private static bool IsH1(Block block) => block.Kind == BlockKind.Heading && block.Level == 1;
}
