using Copywise.Analysis;
using Copywise.Text;

namespace Copywise.Research;

/// <summary>The number of match tokens in the body (words split also at hyphens), the base of keyphrase density.</summary>
public sealed class MatchTokenCount : IResearch<MatchTokenCount>
{
    /// <summary>The count.</summary>
    public int Count { get; private init; }

    /// <inheritdoc/>
    public static MatchTokenCount Compute(AnalysisContext context) => new() { Count = context.Get<MatchTokenIndex>().Count };
}

/// <summary>The introduction: the first block of prose that is not a heading.</summary>
public sealed class Introduction : IResearch<Introduction>
{
    /// <summary>Index of the block, -1 when the text has none.</summary>
    public int Block { get; private init; } = -1;

    /// <inheritdoc/>
    public static Introduction Compute(AnalysisContext context)
    {
        var blocks = context.Document.Blocks;
        for (int i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Kind != BlockKind.Heading) return new Introduction { Block = i };
        }
        return new Introduction();
    }
}

/// <summary>Links by kind: internal or outbound, followed or nofollow.</summary>
public sealed class LinkStatistics : IResearch<LinkStatistics>
{
    /// <summary>Internal links that are followed.</summary>
    public List<Link> InternalFollowed { get; } = new();
    /// <summary>Internal links with rel=nofollow.</summary>
    public List<Link> InternalNofollow { get; } = new();
    /// <summary>Outbound links that are followed.</summary>
    public List<Link> OutboundFollowed { get; } = new();
    /// <summary>Outbound links with rel=nofollow.</summary>
    public List<Link> OutboundNofollow { get; } = new();

    /// <inheritdoc/>
    public static LinkStatistics Compute(AnalysisContext context)
    {
        var stats = new LinkStatistics();
        string? host = HostOf(context.Paper.Permalink);
        foreach (var link in context.Document.Links)
        {
            var kind = Classify(link.Href, host);
            if (kind == LinkKind.Other) continue;
            bool nofollow = IsNofollow(link.Rel);
            var list = kind == LinkKind.Internal
                ? (nofollow ? stats.InternalNofollow : stats.InternalFollowed)
                : (nofollow ? stats.OutboundNofollow : stats.OutboundFollowed);
            list.Add(link);
        }
        return stats;
    }

    /// <summary>What a link points at.</summary>
    public enum LinkKind
    {
        /// <summary>This site.</summary>
        Internal,
        /// <summary>Another site.</summary>
        Outbound,
        /// <summary>Not a page: a fragment, mailto:, tel:, javascript:.</summary>
        Other,
    }

    /// <summary>Classifies an href against the page's host (null when the page has no permalink).</summary>
    public static LinkKind Classify(string href, string? pageHost)
    {
        var h = href.Trim();
        if (h.Length == 0 || h[0] == '#') return LinkKind.Other;
        int colon = h.IndexOf(':');
        int slash = h.IndexOf('/');
        if (colon > 0 && (slash < 0 || colon < slash))
        {
            var scheme = h[..colon].ToLowerInvariant();
            if (scheme is not ("http" or "https")) return LinkKind.Other;
        }
        else if (!h.StartsWith("//", StringComparison.Ordinal))
        {
            return LinkKind.Internal; // relative
        }
        string? host = HostOf(h.StartsWith("//", StringComparison.Ordinal) ? "http:" + h : h);
        if (host is null) return LinkKind.Other;
        return pageHost != null && host == pageHost ? LinkKind.Internal : LinkKind.Outbound;
    }

    /// <summary>The host of a URL in lower case without a leading <c>www.</c>, or null.</summary>
    public static string? HostOf(string url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host)) return null;
        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    private static bool IsNofollow(string rel)
    {
        foreach (var part in rel.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Equals("nofollow", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}

/// <summary>Marks for links and images.</summary>
public static class SourceMarks
{
    /// <summary>The marks of links.</summary>
    public static IReadOnlyList<Mark> Of(IEnumerable<Link> links) => links.Select(l => new Mark(l.SourceStart, l.SourceEnd)).ToArray();

    /// <summary>The marks of images.</summary>
    public static IReadOnlyList<Mark> Of(IEnumerable<Image> images) => images.Select(i => new Mark(i.SourceStart, i.SourceEnd)).ToArray();
}
