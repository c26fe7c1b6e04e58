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
        if (shortText) return Result(9, new MessageArgs(Short), marks);
        return Result(percentage < 20 ? 3 : percentage < 30 ? 6 : 9, new MessageArgs(Judged, X: percentage), marks);
    }

    private const int Short = 0, Judged = 1;

    /// <inheritdoc/>
    protected override void Describe(MessageText text, in MessageArgs says)
    {
        if (says.Kind == Short) text.Write("The text is short; transition words are not judged yet.");
        else text.Write($"{says.X:0.#}% of the sentences contain a transition word{(says.X < 30 ? "; aim for at least 30%." : ". Well done!")}");
    }

    /// <inheritdoc/>
    protected override void DescribeFix(MessageText text, in MessageArgs says)
    {
        if (says.Kind == Short || says.X >= 30) return;
        text.Write(says.X < 20 ? "Link sentences with words such as \"however\", \"for example\" or \"as a result\"." : "Use a few more transition words.");
    }
}
