using Copywise.Analysis;
using Copywise.Research;

namespace Copywise.Assessments.Readability;

/// <summary>Is there enough text (50 characters) to judge readability at all? Says something only when there is not.</summary>
public sealed class TextPresence : Assessment
{
    /// <summary>Characters of text needed.</summary>
    public const int MinimumCharacters = 50;

    /// <inheritdoc/>
    public override string Id => "textPresence";
    /// <inheritdoc/>
    public override string Name => "Not enough content";
    /// <inheritdoc/>
    public override string Summary => "Checks that there is enough text (50 characters) to judge readability at all.";

    /// <inheritdoc/>
    public override bool IsApplicable(AnalysisContext context, Topic topic) => context.Document.Text.Length < MinimumCharacters;

    /// <inheritdoc/>
    public override AssessmentResult Assess(AnalysisContext context, Topic topic) => Result(3, new MessageArgs(0, A: context.Document.Text.Length));

    /// <inheritdoc/>
    protected override void Describe(MessageText text, in MessageArgs says) =>
        text.Write($"The text has {says.A} characters; write more to get a readability analysis.");

    /// <inheritdoc/>
    protected override void DescribeFix(MessageText text, in MessageArgs says) => text.Write("Write some more text.");
}
