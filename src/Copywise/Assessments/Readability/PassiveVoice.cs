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
        string has = Say($"{percentage:0.#}% of the sentences are in the passive voice");
        if (percentage <= 10) return Result(9, $"{has}. That's fine.", marks);
        if (percentage <= 15) return Result(6, $"{has}; keep it at 10% or less.", marks, "Rewrite some passive sentences in the active voice.");
        return Result(3, $"{has}; keep it at 10% or less.", marks, "Rewrite passive sentences in the active voice: say who does what.");
    }
}
