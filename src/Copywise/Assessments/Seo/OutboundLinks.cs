using Copywise.Analysis;
using Copywise.Research;

namespace Copywise.Assessments.Seo;

/// <summary>Does the text link to other sites, and are those links followed?</summary>
public sealed class OutboundLinks : Assessment
{
    /// <inheritdoc/>
    public override string Id => "externalLinks";
    /// <inheritdoc/>
    public override string Name => "Outbound links";
    /// <inheritdoc/>
    public override string Summary => "Checks that the text links to other sites, with followed rather than nofollow links.";

    /// <inheritdoc/>
    public override AssessmentResult Assess(AnalysisContext context, Topic topic)
    {
        var s = context.Get<LinkStatistics>();
        int followed = s.OutboundFollowed, nofollow = s.OutboundNofollow;
        var marks = s.Outbound;
        if (followed + nofollow == 0) return Result(3, new MessageArgs(None));
        if (followed == 0) return Result(7, new MessageArgs(AllNofollow, B: nofollow), marks);
        return Result(nofollow > 0 ? 8 : 9, new MessageArgs(Some, A: followed, B: nofollow), marks);
    }

    private const int None = 0, AllNofollow = 1, Some = 2;

    /// <inheritdoc/>
    protected override void Describe(MessageText text, in MessageArgs says)
    {
        if (says.Kind == None) text.Write("The text has no links to other sites.");
        else if (says.Kind == AllNofollow) text.Write($"All {new Counted(says.B, "outbound link is", "outbound links are")} nofollow.");
        else if (says.B > 0) text.Write($"The text has {says.A} followed and {says.B} nofollow outbound links. Good job!");
        else text.Write($"The text has {new Counted(says.A, "outbound link", "outbound links")}. Good job!");
    }

    /// <inheritdoc/>
    protected override void DescribeFix(MessageText text, in MessageArgs says)
    {
        if (says.Kind == None) text.Write("Link to a good source on another site.");
        else if (says.Kind == AllNofollow) text.Write("Make at least one outbound link a normal (followed) link.");
    }
}
