using Copywise.Analysis;
using Copywise.Research;
using Copywise.Text;

namespace Copywise.Assessments.Readability;

/// <summary>
/// Do sentences connect to each other? At least 30% of the sentences should contain a transition word
/// ("however", "for example", "either … or"); 20% is acceptable. Texts under 200 words are not judged.
/// </summary>
public sealed class TransitionWords : Assessment
{
    /// <inheritdoc/>
    public override string Id => "textTransitionWords";
    /// <inheritdoc/>
    public override string Name => "Transition words";
    /// <inheritdoc/>
    public override string Summary => "Checks that at least 30% of the sentences contain a transition word such as \"however\" or \"for example\".";

    /// <inheritdoc/>
    public override bool IsSupported(AnalysisContext context) => context.Language.TransitionWords.Count > 0;

    /// <inheritdoc/>
    public override bool IsApplicable(AnalysisContext context, Topic topic) => IsSupported(context);

    /// <inheritdoc/>
    public override AssessmentResult Assess(AnalysisContext context, Topic topic)
    {
        var research = context.Get<TransitionSentences>();
        var sentences = context.Text.Sentences;
        var marks = new Mark[research.Count];
        for (int i = 0, m = 0; i < sentences.Length; i++)
        {
            if (research.Has[i]) marks[m++] = context.MarkOf(sentences[i].Start, sentences[i].End);
        }
        double percentage = sentences.Length == 0 || research.Count == 0 ? 0 : Math.Round(research.Count * 100.0 / sentences.Length, 1, MidpointRounding.AwayFromZero);
        // Languages that count characters (Japanese) judge texts of 400 characters or more.
        bool shortText = context.Language.CountsCharacters ? context.Get<CharacterLengths>().Total < 400 : context.Text.Words.Length < 200;
        if (shortText) return Result(9, "The text is short; transition words are not judged yet.", marks);
        string has = Say($"{percentage:0.#}% of the sentences contain a transition word");
        if (percentage < 20) return Result(3, $"{has}; aim for at least 30%.", marks, "Link sentences with words such as \"however\", \"for example\" or \"as a result\".");
        if (percentage < 30) return Result(6, $"{has}; aim for at least 30%.", marks, "Use a few more transition words.");
        return Result(9, $"{has}. Well done!", marks);
    }
}
