using Copywise.Analysis;
using Copywise.Research;

namespace Copywise.Assessments.Readability;

/// <summary>Is the passive voice used sparingly? Up to 10% of sentences is good, up to 15% acceptable.</summary>
public sealed class PassiveVoice : Assessment
{
    /// <inheritdoc/>
    public override string Id => "passiveVoice";
    /// <inheritdoc/>
    public override string Name => "Passive voice";
    /// <inheritdoc/>
    public override string Summary => "Checks that at most 10% of the sentences are in the passive voice.";

    /// <inheritdoc/>
    public override bool IsSupported(AnalysisContext context) => context.Language.HasPassiveVoice;

    /// <inheritdoc/>
    public override bool IsApplicable(AnalysisContext context, Topic topic) => IsSupported(context);

    /// <inheritdoc/>
    public override AssessmentResult Assess(AnalysisContext context, Topic topic)
    {
        var research = context.Get<PassiveSentences>();
        var passives = research.Indexes;
        var sentences = context.Text.Sentences;
        var marks = new Mark[passives.Count];
        for (int k = 0; k < marks.Length; k++) marks[k] = context.MarkOf(sentences[passives[k]].Start, sentences[passives[k]].End);
        // A table counts as one sentence of the share (see PassiveSentences).
        double percentage = research.Units == 0 ? 0 : Math.Round(research.PassiveUnits * 100.0 / research.Units, 1, MidpointRounding.AwayFromZero);
        return Result(percentage <= 10 ? 9 : percentage <= 15 ? 6 : 3, new MessageArgs(0, X: percentage), marks);
    }

    /// <inheritdoc/>
    protected override void Describe(MessageText text, in MessageArgs says) =>
        text.Write($"{says.X:0.#}% of the sentences are in the passive voice{(says.X <= 10 ? ". That's fine." : "; keep it at 10% or less.")}");

    /// <inheritdoc/>
    protected override void DescribeFix(MessageText text, in MessageArgs says)
    {
        if (says.X <= 10) return;
        text.Write(says.X <= 15 ? "Rewrite some passive sentences in the active voice." : "Rewrite passive sentences in the active voice: say who does what.");
    }
}
