using Copywise.Analysis;
using Copywise.Research;

namespace Copywise.Assessments.Seo;

/// <summary>Does the text link to other pages of the same site (relative links, or links to the permalink's host)?</summary>
public sealed class InternalLinks : LinkAssessment
{
    /// <inheritdoc/>
    public override string Id => "internalLinks";
    /// <inheritdoc/>
    public override string Name => "Internal links";
    /// <inheritdoc/>
    public override string Summary => "Checks that the text links to other pages of the same site, with followed rather than nofollow links.";

    /// <inheritdoc/>
    protected override string Kind => "internal";
    /// <inheritdoc/>
    protected override string NoLinks => "The text has no links to other pages of this site.";
    /// <inheritdoc/>
    protected override string AddLinks => "Link to related pages of your own site.";
    /// <inheritdoc/>
    protected override string FollowLinks => "Make your internal links normal (followed) links.";

    /// <inheritdoc/>
    protected override (IReadOnlyList<Mark> Links, int Followed) LinksOf(LinkStatistics statistics) => (statistics.Internal, statistics.InternalFollowed);
}
