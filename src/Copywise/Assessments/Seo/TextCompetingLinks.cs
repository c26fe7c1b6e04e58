using Copywise.Analysis;
using Copywise.Research;
using Copywise.Text;

namespace Copywise.Assessments.Seo;

/// <summary>
/// Do links in the text use the keyphrase as anchor text? Such links tell search engines another page is about the
/// same topic. An anchor competes when its words are all keyphrase (or synonym) words and it contains the whole keyphrase.
/// </summary>
public sealed class TextCompetingLinks : Assessment
{
    /// <inheritdoc/>
    public override string Id => "textCompetingLinks";
    /// <inheritdoc/>
    public override string Name => "Competing links";
    /// <inheritdoc/>
    public override string Summary => "Checks that no link in the text uses the keyphrase or a synonym as its anchor text.";

    /// <inheritdoc/>
    public override AssessmentResult Assess(AnalysisContext context, Topic topic)
    {
        var competing = context.Get<CompetingLinks>(topic).Links;
        if (competing.Count == 0) return Result(8, new MessageArgs(0));
        return Result(2, new MessageArgs(0, A: competing.Count), SourceMarks.Of(competing));
    }

    /// <inheritdoc/>
    protected override void Describe(MessageText text, in MessageArgs says)
    {
        if (says.A == 0) text.Write("No link uses the keyphrase or a synonym as its anchor text. Good.");
        else text.Write($"{new Counted(says.A, "link uses", "links use")} the keyphrase or a synonym as anchor text, competing with this page.");
    }

    /// <inheritdoc/>
    protected override void DescribeFix(MessageText text, in MessageArgs says)
    {
        if (says.A > 0) text.Write("Change the anchor text of those links, or link to this page instead.");
    }
}
