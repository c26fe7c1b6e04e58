using Copywise.Analysis;
using Copywise.Research;

namespace Copywise.Assessments.Readability;

/// <summary>Do three or more sentences in a row begin with the same word? Varied beginnings read better.</summary>
public sealed class ConsecutiveSentences : Assessment
{
    /// <summary>Sentences in a row allowed to share a beginning.</summary>
    public const int MaxSameBeginnings = 2;

    /// <inheritdoc/>
    public override string Id => "sentenceBeginnings";
    /// <inheritdoc/>
    public override string Name => "Consecutive sentences";
    /// <inheritdoc/>
    public override string Summary => "Checks that no three or more sentences in a row begin with the same word.";

    /// <inheritdoc/>
    public override bool IsSupported(AnalysisContext context) => context.Language.SentenceBeginningExceptions.Count > 0 || context.Language.HasFunctionWords;

    /// <inheritdoc/>
    public override bool IsApplicable(AnalysisContext context, Topic topic) => IsSupported(context);

    /// <inheritdoc/>
    public override AssessmentResult Assess(AnalysisContext context, Topic topic)
    {
        var runs = context.Get<SentenceBeginnings>().Runs;
        int tooLong = 0;
        SentenceBeginnings.Run? longest = null;
        for (int i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            if (run.Count <= MaxSameBeginnings) continue;
            tooLong++;
            if (longest is null || run.Count > longest.Value.Count) longest = run;
        }
        if (longest is not { } longestRun) return Result(9, new MessageArgs(Good));
        var sentences = context.Text.Sentences;
        var marks = new Mark[tooLong];
        int m = 0;
        for (int i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            if (run.Count > MaxSameBeginnings) marks[m++] = context.MarkOf(sentences[run.FirstSentence].Start, sentences[run.LastSentence].End);
        }
        return Result(3, new MessageArgs(Repeated, A: tooLong, B: longestRun.Count, S: longestRun.Beginning), marks);
    }

    private const int Good = 0, Repeated = 1;

    /// <inheritdoc/>
    protected override void Describe(MessageText text, in MessageArgs says)
    {
        if (says.Kind == Good) text.Write("No three sentences in a row begin with the same word. That's great!");
        else text.Write($"{new Counted(says.A, "run", "runs")} of sentences begin with the same word; {says.B} in a row begin with \"{says.S}\".");
    }

    /// <inheritdoc/>
    protected override void DescribeFix(MessageText text, in MessageArgs says)
    {
        if (says.Kind == Repeated) text.Write("Vary how consecutive sentences begin.");
    }
}
