using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Copywise.Documents;

namespace Copywise.Crawl;

/// <summary>A web page made ready for analysis: its main content as HTML and the attributes it carries.</summary>
/// <param name="Paper">The paper: main content, title, description, permalink (canonical or URL), locale, keyphrase.</param>
/// <param name="Links">Every http(s) link of the whole page (navigation included), resolved, without fragments.</param>
/// <param name="Canonical">The page's canonical URL when it names one.</param>
/// <param name="ExtractedBy">How the main content was found: <c>readability</c>, <c>main</c>, <c>article</c> or <c>body</c>.</param>
public sealed record ExtractedPage(Paper Paper, IReadOnlyList<Uri> Links, Uri? Canonical, string ExtractedBy);

/// <summary>
/// Finds a page's main content with SmartReader (Mozilla's Readability algorithm), falling back to <c>&lt;main&gt;</c>,
/// <c>&lt;article&gt;</c> or the body, and reads title, meta description, canonical, <c>lang</c> and the keyphrase
/// meta. The HTML is parsed into a DOM without any script running.
/// </summary>
public static class PageExtractor
{
    /// <summary>Extracts a page fetched from <paramref name="url"/>.</summary>
    public static ExtractedPage Extract(Uri url, string html, string keyphraseMeta = "copywise:keyphrase")
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        var document = parser.ParseDocument(html);

        // Read everything we need before the readability pass rearranges the DOM.
        var title = Meta(document, "og:title") is { Length: > 0 } og && string.IsNullOrWhiteSpace(document.Title) ? og : document.Title?.Trim();
        var description = Meta(document, "description") ?? Meta(document, "og:description");
        var keyphrase = Meta(document, keyphraseMeta);
        var lang = document.DocumentElement?.GetAttribute("lang")?.Trim();
        Uri? canonical = SiteUrl.Resolve(url, document.QuerySelector("link[rel~=canonical]")?.GetAttribute("href"));
        var links = document.QuerySelectorAll("a[href]")
            .Select(a => SiteUrl.Resolve(url, a.GetAttribute("href")))
            .OfType<Uri>()
            .DistinctBy(u => u.AbsoluteUri)
            .ToList();
        var fallback = document.QuerySelector("main") is { } main ? (main.InnerHtml, "main")
            : document.QuerySelector("article") is { } article ? (article.InnerHtml, "article")
            : (document.Body?.InnerHtml ?? "", "body");

        string content;
        string by;
        try
        {
            var reader = new SmartReader.Reader(url.AbsoluteUri, document);
            var parsed = reader.GetArticle();
            (content, by) = parsed.IsReadable && !string.IsNullOrWhiteSpace(parsed.Content) ? (parsed.Content, "readability") : fallback;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Readability is a heuristic over arbitrary markup; whatever it trips on, the fallback still holds.
            (content, by) = fallback;
        }

        var paper = new Paper
        {
            Text = content,
            Format = DocumentFormat.Html,
            Title = title ?? "",
            Description = description ?? "",
            Keyphrase = keyphrase ?? "",
            Permalink = (canonical ?? url).AbsoluteUri,
            Locale = lang ?? "",
        };
        return new ExtractedPage(paper, links, canonical, by);
    }

    private static string? Meta(IHtmlDocument document, string name)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("name") ?? meta.GetAttribute("property");
            if (key is not null && key.Equals(name, StringComparison.OrdinalIgnoreCase))
                return meta.GetAttribute("content")?.Trim();
        }
        return null;
    }
}
