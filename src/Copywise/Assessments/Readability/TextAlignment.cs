using Copywise.Analysis;
using Copywise.Research;
using Copywise.Text;

namespace Copywise.Assessments.Readability;

/// <summary>
/// Are long paragraphs or headings (over 50 characters) centered? Centered text is hard to read; left-to-right text
/// should be left aligned, right-to-left text right aligned. Says something only when there is such text.
/// </summary>
public sealed class TextAlignmentAssessment : Assessment
{
    /// <summary>Characters above which centered text is too long.</summary>
    public const int MaxCenteredLength = 50;

    private static readonly HashSet<string> RightToLeft = ["ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "ku", "dv"];

    /// <inheritdoc/>
    public override string Id => "textAlignment";
    /// <inheritdoc/>
    public override string Name => "Alignment";
    /// <inheritdoc/>
    public override string Summary => "Checks that no paragraph or heading longer than 50 characters is centered.";

    /// <inheritdoc/>
    public override bool IsApplicable(AnalysisContext context, Topic topic)
    {
        var blocks = context.Document.Blocks;
        for (int i = 0; i < blocks.Count; i++) if (IsLongCentered(blocks[i])) return true;
        return false;
    }

    /// <inheritdoc/>
    public override AssessmentResult Assess(AnalysisContext context, Topic topic)
    {
        var blocks = LongCentered(context).ToList();
        var marks = blocks.Select(b => context.MarkOf(b.Start, b.End)).ToArray();
        return Result(2, new MessageArgs(0, A: blocks.Count, S: RightToLeft.Contains(context.Language.Code) ? "right" : "left"), marks);
    }

    /// <inheritdoc/>
    protected override void Describe(MessageText text, in MessageArgs says) =>
        text.Write($"{new Counted(says.A, "long paragraph or heading is", "long paragraphs or headings are")} centered.");

    /// <inheritdoc/>
    protected override void DescribeFix(MessageText text, in MessageArgs says) =>
        text.Write($"Align long text to the {says.S}; keep centering for short lines.");

    private static IEnumerable<Block> LongCentered(AnalysisContext context) => context.Document.Blocks.Where(IsLongCentered);

    private static bool IsLongCentered(Block b) =>
        b.Alignment == Text.TextAlignment.Center && b.Kind is BlockKind.Paragraph or BlockKind.Heading && b.Length > MaxCenteredLength;
}
