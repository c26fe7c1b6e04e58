using System.Globalization;
using Copywise.Assessments.Seo;
using Copywise.Text;

namespace Copywise.Server;

/// <summary>A title or description as a search result shows it.</summary>
/// <param name="Text">The text shown, cut with an ellipsis when it does not fit.</param>
/// <param name="Truncated">True when it was cut.</param>
/// <param name="Size">Its full size: pixels for a title (Arial 20 px), characters for a description.</param>
/// <param name="Limit">What fits: pixels (all lines together) for a title, characters for a description.</param>
public sealed record PreviewPart(string Text, bool Truncated, double Size, double Limit);

/// <summary>The search result at one screen size.</summary>
/// <param name="Title">The title.</param>
/// <param name="Description">The description.</param>
/// <param name="TitleLines">Lines the title may take.</param>
/// <param name="LineWidth">The width of a title line in pixels.</param>
public sealed record PreviewMode(PreviewPart Title, PreviewPart Description, int TitleLines, double LineWidth);

/// <summary>A search-result preview.</summary>
/// <param name="Url">The page's URL, from the permalink and the slug.</param>
/// <param name="Breadcrumb">The URL as a result shows it: <c>example.com › blog › slug</c>.</param>
/// <param name="Desktop">The desktop result.</param>
/// <param name="Mobile">The mobile result.</param>
public sealed record SnippetPreviewResult(string Url, string Breadcrumb, PreviewMode Desktop, PreviewMode Mobile);

/// <summary>
/// Lays out a title, description and URL as a search result does. Desktop: the title on one line of 600 px (the title
/// width check's limit), the description cut at 156 characters. Mobile: the title on two lines of 328 px (a 360 px
/// screen less margins), the description cut at 120 characters. Widths come from <see cref="TitleWidth"/>.
/// </summary>
public static class SnippetPreview
{
    /// <summary>Desktop title width in pixels.</summary>
    public const double DesktopTitleWidth = TitleWidthAssessment.MaxWidth;
    /// <summary>Mobile title line width in pixels.</summary>
    public const double MobileLineWidth = 328;
    /// <summary>Lines of a mobile title.</summary>
    public const int MobileTitleLines = 2;
    /// <summary>Characters of a desktop description.</summary>
    public const int DesktopDescriptionLength = MetaDescriptionLength.TooLong - 1;
    /// <summary>Characters of a mobile description.</summary>
    public const int MobileDescriptionLength = 120;
    /// <summary>What a search result adds where it cut.</summary>
    public const string Ellipsis = "…";

    // Only the start of a long text can show; this keeps the work bounded whatever arrives.
    private const int MaxInput = 2000;

    /// <summary>Builds the preview.</summary>
    /// <param name="title">The SEO title.</param>
    /// <param name="description">The meta description; when empty, <paramref name="excerpt"/> stands in, as search engines take text from the page.</param>
    /// <param name="slug">The slug.</param>
    /// <param name="permalink">The page's URL or the address it sits under.</param>
    /// <param name="excerpt">The start of the body text.</param>
    public static SnippetPreviewResult Build(string title, string description, string slug, string permalink, string excerpt = "")
    {
        title = Clip(Collapse(title));
        description = Clip(Collapse(description.Trim().Length > 0 ? description : excerpt));
        var (url, breadcrumb) = Url(permalink, slug);
        return new SnippetPreviewResult(url, breadcrumb,
            new PreviewMode(FitTitle(title, DesktopTitleWidth, 1), CutDescription(description, DesktopDescriptionLength), 1, DesktopTitleWidth),
            new PreviewMode(FitTitle(title, MobileLineWidth, MobileTitleLines), CutDescription(description, MobileDescriptionLength), MobileTitleLines, MobileLineWidth));
    }

    /// <summary>Lays a title out on <paramref name="lines"/> lines of <paramref name="lineWidth"/> px, breaking at spaces, and cuts it with an ellipsis at a word boundary when it does not fit.</summary>
    public static PreviewPart FitTitle(string title, double lineWidth, int lines)
    {
        double full = TitleWidth.Measure(title);
        var limit = lineWidth * lines;
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var widths = words.Select(w => TitleWidth.Measure(w)).ToArray();
        double space = TitleWidth.Measure(" ");
        if (LinesNeeded(widths, widths.Length, 0, lineWidth, space) <= lines) return new PreviewPart(title, false, Math.Round(full, 1), limit);
        // The most whole words that fit with " …" after the last of them.
        double ellipsis = space + TitleWidth.Measure(Ellipsis);
        for (int k = widths.Length - 1; k >= 1; k--)
        {
            if (LinesNeeded(widths, k, ellipsis, lineWidth, space) <= lines)
                return new PreviewPart(string.Join(' ', words, 0, k) + " " + Ellipsis, true, Math.Round(full, 1), limit);
        }
        // Not even the first word fits: cut it where the ellipsis still does.
        var cut = CutCharacters(title, lineWidth - TitleWidth.Measure(Ellipsis));
        return new PreviewPart(cut.TrimEnd() + Ellipsis, true, Math.Round(full, 1), limit);
    }

    // Lines that the first count words take when the last one carries extra width; int.MaxValue when a word is wider than a line.
    private static int LinesNeeded(double[] widths, int count, double extraOnLast, double lineWidth, double space)
    {
        int line = 1;
        double used = 0;
        for (int i = 0; i < count; i++)
        {
            double w = widths[i] + (i == count - 1 ? extraOnLast : 0);
            if (w > lineWidth) return int.MaxValue;
            double needed = used == 0 ? w : used + space + w;
            if (needed <= lineWidth) { used = needed; continue; }
            line++;
            used = w;
        }
        return line;
    }

    private static string CutCharacters(string text, double width)
    {
        var e = StringInfo.GetTextElementEnumerator(text);
        double used = 0;
        int end = 0;
        while (e.MoveNext())
        {
            var element = e.GetTextElement();
            used += TitleWidth.Measure(element);
            if (used > width) break;
            end = e.ElementIndex + element.Length;
        }
        return text[..end];
    }

    /// <summary>Cuts a description at <paramref name="limit"/> characters (text elements), at a word boundary, with an ellipsis.</summary>
    public static PreviewPart CutDescription(string description, int limit)
    {
        var info = new StringInfo(description);
        int length = info.LengthInTextElements;
        if (length <= limit) return new PreviewPart(description, false, length, limit);
        var head = info.SubstringByTextElements(0, limit - 1);
        int space = head.LastIndexOf(' ');
        if (space > head.Length / 2) head = head[..space];
        return new PreviewPart(head.TrimEnd(' ', ',', ';', ':', '-') + " " + Ellipsis, true, length, limit);
    }

    /// <summary>The page's URL and its breadcrumb form, from the permalink (or the address the page sits under) and the slug.</summary>
    public static (string Url, string Breadcrumb) Url(string permalink, string slug)
    {
        var b = permalink.Trim();
        if (b.Length == 0) b = "https://example.com/";
        if (!b.Contains("://", StringComparison.Ordinal)) b = "https://" + b;
        if (!Uri.TryCreate(b, UriKind.Absolute, out var uri)) uri = new Uri("https://example.com/");
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToList();
        var s = slug.Trim().Trim('/');
        if (s.Length > 0 && (segments.Count == 0 || !string.Equals(segments[^1], s, StringComparison.OrdinalIgnoreCase))) segments.Add(s);
        var path = string.Concat(segments.Select(seg => "/" + Uri.EscapeDataString(seg)));
        var url = $"{uri.Scheme}://{uri.Authority}{path}/";
        var breadcrumb = string.Join(" › ", new[] { uri.Host }.Concat(segments));
        return (url, breadcrumb);
    }

    private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Clip(string s) => s.Length <= MaxInput ? s : s[..MaxInput];
}
