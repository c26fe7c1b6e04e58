using Copywise.Analysis;
using Copywise.Research;

namespace Copywise.Assessments.Seo;

/// <summary>Does the text link to other sites, and are those links followed?</summary>
public sealed class OutboundLinks : LinkAssessment
{
    /// <inheritdoc/>
    public override string Id => "externalLinks";
    /// <inheritdoc/>
    public override string Name => "Outbound links";
    /// <inheritdoc/>
    public override string Summary => "Checks that the text links to other sites, with followed rather than nofollow links.";

    /// <inheritdoc/>
    protected override string Kind => "outbound";
    /// <inheritdoc/>
    protected override string NoLinks => "The text has no links to other sites.";
    /// <inheritdoc/>
    protected override string AddLinks => "Link to a good source on another site.";
    /// <inheritdoc/>
    protected override string FollowLinks => "Make at least one outbound link a normal (followed) link.";

    /// <inheritdoc/>
    protected override (IReadOnlyList<Mark> Links, int Followed) LinksOf(LinkStatistics statistics) => (statistics.Outbound, statistics.OutboundFollowed);
}
