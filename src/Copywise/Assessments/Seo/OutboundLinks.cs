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
        int followed = s.OutboundFollowed.Count, nofollow = s.OutboundNofollow.Count;
        var marks = SourceMarks.Of(s.OutboundFollowed, s.OutboundNofollow);
        if (followed + nofollow == 0) return Result(3, "The text has no links to other sites.", "Link to a good source on another site.");
        if (followed == 0) return Result(7, $"All {Plural(nofollow, "outbound link is", "outbound links are")} nofollow.", marks, "Make at least one outbound link a normal (followed) link.");
        if (nofollow > 0) return Result(8, $"The text has {followed} followed and {nofollow} nofollow outbound links. Good job!", marks);
        return Result(9, $"The text has {Plural(followed, "outbound link", "outbound links")}. Good job!", marks);
    }
}
