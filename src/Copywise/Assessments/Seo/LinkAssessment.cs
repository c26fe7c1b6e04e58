using Copywise.Analysis;
using Copywise.Research;

namespace Copywise.Assessments.Seo;

/// <summary>
/// The shape the internal and outbound link checks share: none is bad, only nofollow links are acceptable, followed
/// links are good (a few nofollow ones among them cost a point).
/// </summary>
public abstract class LinkAssessment : Assessment
{
    /// <summary>The kind of link in messages: "internal", "outbound".</summary>
    protected abstract string Kind { get; }

    /// <summary>The message when there is no such link.</summary>
    protected abstract string NoLinks { get; }

    /// <summary>The fix when there is no such link.</summary>
    protected abstract string AddLinks { get; }

    /// <summary>The fix when every such link is nofollow.</summary>
    protected abstract string FollowLinks { get; }

    /// <summary>The links of this kind (followed first) and how many are followed.</summary>
    protected abstract (IReadOnlyList<Mark> Links, int Followed) LinksOf(LinkStatistics statistics);

    /// <inheritdoc/>
    public override AssessmentResult Assess(AnalysisContext context, Topic topic)
    {
        var (marks, followed) = LinksOf(context.Get<LinkStatistics>());
        int nofollow = marks.Count - followed;
        if (marks.Count == 0) return Result(3, new MessageArgs(None));
        if (followed == 0) return Result(7, new MessageArgs(AllNofollow, B: nofollow), marks);
        return Result(nofollow > 0 ? 8 : 9, new MessageArgs(Some, A: followed, B: nofollow), marks);
    }

    private const int None = 0, AllNofollow = 1, Some = 2;

    /// <inheritdoc/>
    protected override void Describe(MessageText text, in MessageArgs says)
    {
        if (says.Kind == None) text.Write(NoLinks);
        else if (says.Kind == AllNofollow) text.Write($"All {says.B} {Kind} {(says.B == 1 ? "link is" : "links are")} nofollow.");
        else if (says.B > 0) text.Write($"The text has {says.A} followed and {says.B} nofollow {Kind} links. Good job!");
        else text.Write($"The text has {says.A} {Kind} {(says.A == 1 ? "link" : "links")}. Good job!");
    }

    /// <inheritdoc/>
    protected override void DescribeFix(MessageText text, in MessageArgs says)
    {
        if (says.Kind == None) text.Write(AddLinks);
        else if (says.Kind == AllNofollow) text.Write(FollowLinks);
    }
}
