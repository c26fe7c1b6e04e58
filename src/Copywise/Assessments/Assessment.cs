using Copywise.Analysis;
using Copywise.Research;

namespace Copywise.Assessments;

/// <summary>
/// One check: reads research from the context, applies its thresholds, returns a scored result.
/// Ids are stable and equal the reference's, so results compare one to one.
/// </summary>
public abstract class Assessment
{
    /// <summary>The stable identifier.</summary>
    public abstract string Id { get; }

    /// <summary>The short name shown before the message.</summary>
    public abstract string Name { get; }

    /// <summary>What the assessment checks, in one sentence.</summary>
    public abstract string Summary { get; }

    /// <summary>
    /// True when the paper's language has what the assessment needs (a word list, a detector). A readability group in
    /// which some assessment is not supported is scored more strictly, as the reference does.
    /// </summary>
    public virtual bool IsSupported(AnalysisContext context) => true;

    /// <summary>True when the result counts in its group's overall score (false for information such as the Flesch score).</summary>
    public virtual bool CountsInScore => true;

    /// <summary>True when the assessment has something to say about this paper.</summary>
    public virtual bool IsApplicable(AnalysisContext context, Topic topic) => true;

    /// <summary>Assesses the paper.</summary>
    public abstract AssessmentResult Assess(AnalysisContext context, Topic topic);

    /// <summary>
    /// A result whose message is written from <paramref name="says"/> by <see cref="Describe"/> (and its fix by
    /// <see cref="DescribeFix"/>) when someone reads it.
    /// </summary>
    protected AssessmentResult Result(int score, MessageArgs says, IReadOnlyList<Mark>? marks = null) =>
        new(this, score, says, marks ?? []);

    /// <summary>Writes the message of a result made from <paramref name="says"/>, after the name.</summary>
    protected virtual void Describe(MessageText text, in MessageArgs says) { }

    /// <summary>Writes the fix of a result made from <paramref name="says"/>; nothing when there is nothing to fix.</summary>
    protected virtual void DescribeFix(MessageText text, in MessageArgs says) { }

    internal void WriteMessage(MessageText text, in MessageArgs says)
    {
        text.Write(Name).Write(": ");
        Describe(text, says);
    }

    internal void WriteFix(MessageText text, in MessageArgs says) => DescribeFix(text, says);
}
