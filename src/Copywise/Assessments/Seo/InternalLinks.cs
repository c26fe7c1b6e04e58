using Copywise.Analysis;
using Copywise.Research;

namespace Copywise.Assessments.Seo;

/// <summary>Does the text link to other pages of the same site (relative links, or links to the permalink's host)?</summary>
public sealed class InternalLinks : Assessment
{
    /// <inheritdoc/>
    public override string Id => "internalLinks";
    /// <inheritdoc/>
    public override string Name => "Internal links";
    /// <inheritdoc/>
    public override string Summary => "Checks that the text links to other pages of the same site, with followed rather than nofollow links.";

    /// <inheritdoc/>
    public override AssessmentResult Assess(AnalysisContext context, Topic topic)
    {
        var s = context.Get<LinkStatistics>();
        int followed = s.InternalFollowed.Count, nofollow = s.InternalNofollow.Count;
        var marks = SourceMarks.Of(s.InternalFollowed, s.InternalNofollow);
        if (followed + nofollow == 0) return Result(3, "The text has no links to other pages of this site.", "Link to related pages of your own site.");
        if (followed == 0) return Result(7, $"All {Plural(nofollow, "internal link is", "internal links are")} nofollow.", marks, "Make your internal links normal (followed) links.");
        if (nofollow > 0) return Result(8, $"The text has {followed} followed and {nofollow} nofollow internal links. Good job!", marks);
        return Result(9, $"The text has {Plural(followed, "internal link", "internal links")}. Good job!", marks);
    }
}
