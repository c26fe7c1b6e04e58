using Copywise.Analysis;
using Copywise.Research;

namespace Copywise.Assessments.Seo;

/// <summary>Is the keyphrase made of function words only ("how to", "the one")? Such a keyphrase says nothing about the topic.</summary>
public sealed class FunctionWordsInKeyphrase : Assessment
{
    /// <inheritdoc/>
    public override string Id => "functionWordsInKeyphrase";
    /// <inheritdoc/>
    public override string Name => "Function words in keyphrase";
    /// <inheritdoc/>
    public override string Summary => "Checks whether the keyphrase is made of function words only, which say nothing about the topic.";

    /// <inheritdoc/>
    public override bool IsApplicable(AnalysisContext context, Topic topic) =>
        context.Language.HasFunctionWords && context.Get<TopicForms>(topic).Keyphrase.OnlyFunctionWords;

    /// <inheritdoc/>
    public override AssessmentResult Assess(AnalysisContext context, Topic topic) => Result(0, new MessageArgs(0, S: topic.Keyphrase));

    /// <inheritdoc/>
    protected override void Describe(MessageText text, in MessageArgs says) =>
        text.Write($"The keyphrase \"{says.S.AsSpan().Trim()}\" has only function words, which say nothing about the topic.");

    /// <inheritdoc/>
    protected override void DescribeFix(MessageText text, in MessageArgs says) => text.Write("Choose a keyphrase with words that carry the topic.");
}
