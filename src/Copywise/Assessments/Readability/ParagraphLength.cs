using Copywise.Analysis;
using Copywise.Research;
using Copywise.Text;

namespace Copywise.Assessments.Readability;

/// <summary>Are the paragraphs short enough to read on a screen? Up to 150 words is good, up to 200 acceptable.</summary>
public sealed class ParagraphLength : Assessment
{
    /// <summary>The longest good paragraph, in words.</summary>
    public const int Recommended = 150;
    /// <summary>The longest acceptable paragraph, in words.</summary>
    public const int Maximum = 200;

    /// <inheritdoc/>
    public override string Id => "textParagraphTooLong";
    /// <inheritdoc/>
    public override string Name => "Paragraph length";
    /// <inheritdoc/>
    public override string Summary => "Checks that no paragraph is longer than 150 words.";

    /// <inheritdoc/>
    public override AssessmentResult Assess(AnalysisContext context, Topic topic)
    {
        var blocks = context.Document.Blocks;
        int longest = 0;
        var marks = new List<Mark>();
        for (int i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Kind == BlockKind.Heading) continue;
            int words = context.Text.Blocks[i].WordCount;
            longest = Math.Max(longest, words);
            if (words > Recommended) marks.Add(context.MarkOf(blocks[i].Start, blocks[i].End));
        }
        if (longest <= Recommended) return Result(9, "No paragraph is too long. Great job!");
        string has = $"{Plural(marks.Count, "paragraph has", "paragraphs have")} more than {Recommended} words; the longest has {longest}";
        return longest <= Maximum
            ? Result(6, $"{has}.", marks, "Split the long paragraphs.")
            : Result(3, $"{has}.", marks, "Split the long paragraphs.");
    }
}
