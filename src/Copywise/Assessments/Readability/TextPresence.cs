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
    public override AssessmentResult Assess(AnalysisContext context, Topic topic) =>
        Result(3, $"The text has {context.Document.Text.Length} characters; write more to get a readability analysis.", "Write some more text.");
}
