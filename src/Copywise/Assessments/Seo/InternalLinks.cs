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
        int followed = s.InternalFollowed, nofollow = s.InternalNofollow;
        var marks = s.Internal;
        if (followed + nofollow == 0) return Result(3, new MessageArgs(None));
        if (followed == 0) return Result(7, new MessageArgs(AllNofollow, B: nofollow), marks);
        return Result(nofollow > 0 ? 8 : 9, new MessageArgs(Some, A: followed, B: nofollow), marks);
    }

    private const int None = 0, AllNofollow = 1, Some = 2;

    /// <inheritdoc/>
    protected override void Describe(MessageText text, in MessageArgs says)
    {
        if (says.Kind == None) text.Write("The text has no links to other pages of this site.");
        else if (says.Kind == AllNofollow) text.Write($"All {new Counted(says.B, "internal link is", "internal links are")} nofollow.");
        else if (says.B > 0) text.Write($"The text has {says.A} followed and {says.B} nofollow internal links. Good job!");
        else text.Write($"The text has {new Counted(says.A, "internal link", "internal links")}. Good job!");
    }

    /// <inheritdoc/>
    protected override void DescribeFix(MessageText text, in MessageArgs says)
    {
        if (says.Kind == None) text.Write("Link to related pages of your own site.");
        else if (says.Kind == AllNofollow) text.Write("Make your internal links normal (followed) links.");
    }
}
