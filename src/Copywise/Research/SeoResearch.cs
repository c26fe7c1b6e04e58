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
        var document = context.Document;
        var blocks = document.Blocks;
        int first = -1;
        for (int i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Kind == BlockKind.Heading) continue;
            if (first < 0) first = i;
            // A block that is a link and nothing else ("Jump to Recipe", a breadcrumb, a "Read more" button) is
            // navigation, not the introduction; the reference passes over such paragraphs too.
            if (!IsOnlyLinks(document, blocks[i])) return new Introduction { Block = i };
        }
        return new Introduction { Block = first };
    }

    // True when every visible character of the block lies in the text of a link.
    private static bool IsOnlyLinks(TextDocument document, in Block block)
    {
        var text = document.Text;
        var links = document.Links;
        int covered = block.Start;
        bool any = false;
        for (int k = 0; k < links.Count; k++)
        {
            var link = links[k];
            int start = link.TextStart, end = link.TextStart + link.TextLength;
            if (end <= block.Start || link.TextLength == 0) continue;
            if (start >= block.End) break;
            if (start > covered && !text[covered..start].IsWhiteSpace()) return false;
            covered = Math.Max(covered, end);
            any = true;
        }
        return any && (covered >= block.End || text[covered..block.End].IsWhiteSpace());
    }
}

/// <summary>
/// Links by kind: internal or outbound, followed or nofollow. Kept as the marks the link assessments show (the followed
/// links first, then the nofollow ones), so that a page of a thousand links is not copied into lists for them.
/// </summary>
public sealed class LinkStatistics : IResearch<LinkStatistics>
{
    private LinkStatistics(Mark[] internalLinks, int internalFollowed, Mark[] outboundLinks, int outboundFollowed)
    {
        Internal = internalLinks;
        InternalFollowed = internalFollowed;
        Outbound = outboundLinks;
        OutboundFollowed = outboundFollowed;
    }

    /// <summary>The internal links: first the <see cref="InternalFollowed"/> followed ones, then the nofollow ones.</summary>
    public IReadOnlyList<Mark> Internal { get; }
    /// <summary>How many internal links are followed.</summary>
    public int InternalFollowed { get; }
    /// <summary>How many internal links have rel=nofollow.</summary>
    public int InternalNofollow => Internal.Count - InternalFollowed;
    /// <summary>The outbound links: first the <see cref="OutboundFollowed"/> followed ones, then the nofollow ones.</summary>
    public IReadOnlyList<Mark> Outbound { get; }
    /// <summary>How many outbound links are followed.</summary>
    public int OutboundFollowed { get; }
    /// <summary>How many outbound links have rel=nofollow.</summary>
    public int OutboundNofollow => Outbound.Count - OutboundFollowed;

    /// <inheritdoc/>
    public static LinkStatistics Compute(AnalysisContext context)
    {
        var host = PageHostOf(context.Paper.Permalink);
        var links = context.Document.Links;
        // Each link is classified once, then placed: followed links from the start, nofollow ones after them.
        var groups = System.Buffers.ArrayPool<sbyte>.Shared.Rent(Math.Max(1, links.Count));
        Span<int> counts = stackalloc int[4];
        for (int i = 0; i < links.Count; i++)
        {
            var kind = Classify(links[i].Href, host);
            int group = kind == LinkKind.Other ? -1 : (kind == LinkKind.Internal ? 0 : 2) + (IsNofollow(links[i].Rel) ? 1 : 0);
            groups[i] = (sbyte)group;
            if (group >= 0) counts[group]++;
        }
        Mark[] internalLinks = counts[0] + counts[1] == 0 ? [] : new Mark[counts[0] + counts[1]];
        Mark[] outboundLinks = counts[2] + counts[3] == 0 ? [] : new Mark[counts[2] + counts[3]];
        Span<int> next = [0, counts[0], 0, counts[2]];
        for (int i = 0; i < links.Count; i++)
        {
            int group = groups[i];
            if (group < 0) continue;
            var mark = new Mark(links[i].SourceStart, links[i].SourceEnd);
            if (group < 2) internalLinks[next[group]++] = mark;
            else outboundLinks[next[group]++] = mark;
        }
        System.Buffers.ArrayPool<sbyte>.Shared.Return(groups);
        return new LinkStatistics(internalLinks, counts[0], outboundLinks, counts[2]);
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
    public static LinkKind Classify(string href, string? pageHost) =>
        Classify(href, pageHost is null ? default : new PageHost(pageHost, 0, pageHost.Length, Lowered: true));

    // The page's host without "www.", as a range of a string: of the permalink itself when its host is plain (the usual
    // case, read in place), else of the lower-case host that Uri finds.
    private readonly record struct PageHost(string? Text, int Start, int Length, bool Lowered)
    {
        public bool Known => Text is not null;
        public ReadOnlySpan<char> Span => Text.AsSpan(Start, Length);
    }

    private static PageHost PageHostOf(string permalink)
    {
        if (string.IsNullOrWhiteSpace(permalink)) return default;
        var plain = PlainHost(permalink.AsSpan().Trim());
        if (plain.IsEmpty) return HostOf(permalink) is { } host ? new PageHost(host, 0, host.Length, Lowered: true) : default;
        if (plain.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) plain = plain[4..];
        permalink.AsSpan().Overlaps(plain, out int start);
        return new PageHost(permalink, start, plain.Length, Lowered: false);
    }

    private static LinkKind Classify(string href, PageHost pageHost)
    {
        var h = href.Trim();
        if (h.Length == 0 || h[0] == '#') return LinkKind.Other;
        int colon = h.IndexOf(':');
        int slash = h.IndexOf('/');
        if (colon > 0 && (slash < 0 || colon < slash))
        {
            var scheme = h.AsSpan(0, colon);
            if (!scheme.Equals("http", StringComparison.OrdinalIgnoreCase) && !scheme.Equals("https", StringComparison.OrdinalIgnoreCase)) return LinkKind.Other;
        }
        else if (!h.StartsWith("//", StringComparison.Ordinal))
        {
            return LinkKind.Internal; // relative
        }
        // Most links name a plain host: compared in place. Anything else is read by Uri, which knows every rule.
        if (PlainHost(h) is { IsEmpty: false } plain)
        {
            if (plain.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) plain = plain[4..];
            return pageHost.Known && plain.Equals(pageHost.Span, StringComparison.OrdinalIgnoreCase) ? LinkKind.Internal : LinkKind.Outbound;
        }
        string? host = HostOf(h.StartsWith("//", StringComparison.Ordinal) ? "http:" + h : h);
        if (host is null) return LinkKind.Other;
        // Both in lower case, as HostOf gives them; a plain page host is ASCII and compared as if lowered.
        bool same = pageHost.Known && (pageHost.Lowered
            ? host.AsSpan().SequenceEqual(pageHost.Span)
            : System.Text.Ascii.EqualsIgnoreCase(pageHost.Span, host));
        return same ? LinkKind.Internal : LinkKind.Outbound;
    }

    /// <summary>The host of a URL in lower case without a leading <c>www.</c>, or null.</summary>
    public static string? HostOf(string url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        string host;
        if (PlainHost(url.AsSpan().Trim()) is { IsEmpty: false } plain) host = plain.ToString().ToLowerInvariant();
        else if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host)) return null;
        else host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    /// <summary>
    /// The host of an <c>http</c>, <c>https</c> or scheme-relative URL whose host is a plain DNS name (ASCII letters,
    /// digits and inner hyphens, dot-separated labels of 1 to 63 characters) with an optional port; empty for any other
    /// URL, which is left to <see cref="Uri"/>.
    /// </summary>
    internal static ReadOnlySpan<char> PlainHost(ReadOnlySpan<char> url)
    {
        int start;
        if (url.StartsWith("//", StringComparison.Ordinal)) start = 2;
        else if (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) start = 7;
        else if (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) start = 8;
        else return default;
        var rest = url[start..];
        int end = rest.IndexOfAny(AuthorityEnd);
        var authority = end < 0 ? rest : rest[..end];
        int colon = authority.IndexOf(':');
        var host = colon < 0 ? authority : authority[..colon];
        if (colon >= 0)
        {
            var port = authority[(colon + 1)..];
            if (port.Length is 0 or > 5 || port.ContainsAnyExceptInRange('0', '9') || int.Parse(port, System.Globalization.CultureInfo.InvariantCulture) > 65535) return default;
        }
        if (host.Length is 0 or > 253) return default;
        int label = 0;
        for (int i = 0; i < host.Length; i++)
        {
            char c = host[i];
            if (c == '.')
            {
                if (label == 0 || host[i - 1] == '-') return default;
                label = 0;
                continue;
            }
            if (!char.IsAsciiLetterOrDigit(c) && !(c == '-' && label > 0)) return default;
            if (++label > 63) return default;
        }
        if (label == 0 || host[^1] == '-') return default;
        // A numeric last label is an IP address, which Uri writes in its canonical form ("0x7f.1" is 127.0.0.1).
        if (!host[^label..].ContainsAnyExceptInRange('0', '9')) return default;
        return host;
    }

    private static readonly System.Buffers.SearchValues<char> AuthorityEnd = System.Buffers.SearchValues.Create("/?#");

    private static bool IsNofollow(string rel)
    {
        var value = rel.AsSpan();
        foreach (var range in value.SplitAny(" \t\n\r\f"))
        {
            if (value[range].Equals("nofollow", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}

/// <summary>Marks for links and images.</summary>
public static class SourceMarks
{
    /// <summary>The marks of links.</summary>
    public static IReadOnlyList<Mark> Of(IReadOnlyList<Link> links)
    {
        if (links.Count == 0) return [];
        var marks = new Mark[links.Count];
        for (int i = 0; i < marks.Length; i++) marks[i] = new Mark(links[i].SourceStart, links[i].SourceEnd);
        return marks;
    }

    /// <summary>The marks of images.</summary>
    public static IReadOnlyList<Mark> Of(IReadOnlyList<Image> images)
    {
        if (images.Count == 0) return [];
        var marks = new Mark[images.Count];
        for (int i = 0; i < marks.Length; i++) marks[i] = new Mark(images[i].SourceStart, images[i].SourceEnd);
        return marks;
    }
}
