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
    /// <summary>The longest good paragraph, in characters, where text is measured in characters.</summary>
    public const int RecommendedCharacters = 300;
    /// <summary>The longest acceptable paragraph, in characters.</summary>
    public const int MaximumCharacters = 400;

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
        // Languages that count characters (Japanese): 300 characters are good, 400 acceptable.
        int[]? characters = context.Language.CountsCharacters ? context.Get<CharacterLengths>().Blocks : null;
        int recommended = characters is null ? Recommended : RecommendedCharacters;
        int maximum = characters is null ? Maximum : MaximumCharacters;
        int longest = 0;
        var found = new PooledBuffer<Mark>(8);
        for (int i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Kind == BlockKind.Heading) continue;
            int length = characters?[i] ?? context.Text.Blocks[i].WordCount;
            longest = Math.Max(longest, length);
            if (length > recommended) found.Add(context.MarkOf(blocks[i].Start, blocks[i].End));
        }
        var marks = found.ToArrayAndRelease();
        if (longest <= recommended) return Result(9, new MessageArgs(Good));
        var says = new MessageArgs(characters is null ? LongInWords : LongInCharacters, A: marks.Length, B: recommended, C: longest);
        return Result(longest <= maximum ? 6 : 3, says, marks);
    }

    private const int Good = 0, LongInWords = 1, LongInCharacters = 2;

    /// <inheritdoc/>
    protected override void Describe(MessageText text, in MessageArgs says)
    {
        if (says.Kind == Good) text.Write("No paragraph is too long. Great job!");
        else text.Write($"{new Counted(says.A, "paragraph has", "paragraphs have")} more than {says.B} {(says.Kind == LongInWords ? "words" : "characters")}; the longest has {says.C}.");
    }

    /// <inheritdoc/>
    protected override void DescribeFix(MessageText text, in MessageArgs says)
    {
        if (says.Kind != Good) text.Write("Split the long paragraphs.");
    }
}
