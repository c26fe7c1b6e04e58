using Copywise.Research;

namespace Copywise.Audit;

/// <summary>
/// Page URLs from file paths, and internal links resolved to the pages they point at. A page is known by a key: its
/// URL path below the site's base, without a page extension, a trailing <c>index</c> or slashes, in lower case, so
/// <c>guide/install.md</c>, <c>/guide/install/</c>, <c>/guide/install.html</c> and <c>https://site/guide/install</c>
/// all name the same page.
/// </summary>
public static class SitePaths
{
    /// <summary>
    /// The URL path of a page file relative to the site root: Markdown and text pages get "pretty" folder URLs
    /// (<c>guide/install.md</c> → <c>/guide/install/</c>), HTML pages keep their file name; <c>index</c> pages are their folder.
    /// </summary>
    public static string UrlPath(string relativePath)
    {
        var p = relativePath.Replace('\\', '/').TrimStart('/');
        string ext = Extension(p);
        string stem = ext.Length > 0 ? p[..^ext.Length] : p;
        string name = stem[(stem.LastIndexOf('/') + 1)..];
        if (name.Equals("index", StringComparison.OrdinalIgnoreCase)) return "/" + stem[..^name.Length];
        if (ext is ".html" or ".htm") return "/" + p;
        return "/" + stem + "/";
    }

    /// <summary>True for an absolute http or https URL: a page of a live site rather than a file.</summary>
    public static bool IsWebUrl(string path) =>
        path.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>The absolute URL of a page: the base URL joined with its URL path, or the URL path alone without a base.</summary>
    public static string Url(string? baseUrl, string urlPath)
    {
        if (string.IsNullOrEmpty(baseUrl)) return urlPath;
        return baseUrl.TrimEnd('/') + "/" + urlPath.TrimStart('/');
    }

    /// <summary>The key of a URL path (or absolute URL) below the site's base path.</summary>
    public static string Key(string urlPath, string basePath = "/")
    {
        var p = urlPath;
        if (Uri.TryCreate(p, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") p = uri.AbsolutePath;
        int cut = p.IndexOfAny(['?', '#']);
        if (cut >= 0) p = p[..cut];
        try { p = Uri.UnescapeDataString(p); } catch (UriFormatException) { }
        p = p.Replace('\\', '/');
        if (basePath.Length > 1 && p.StartsWith(basePath, StringComparison.OrdinalIgnoreCase)) p = p[(basePath.Length - 1)..];
        p = Normalize(p);
        string ext = Extension(p);
        if (ext.Length > 0) p = p[..^ext.Length];
        p = p.Trim('/');
        if (p.Equals("index", StringComparison.OrdinalIgnoreCase)) p = "";
        else if (p.EndsWith("/index", StringComparison.OrdinalIgnoreCase)) p = p[..^"/index".Length];
        return p.ToLowerInvariant();
    }

    /// <summary>The path part of a base URL, with leading and trailing slash (<c>/</c> without a base).</summary>
    public static string BasePath(string? baseUrl) =>
        !string.IsNullOrEmpty(baseUrl) && Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) ? "/" + uri.AbsolutePath.Trim('/') + (uri.AbsolutePath.Trim('/').Length > 0 ? "/" : "") : "/";

    /// <summary>
    /// Resolves a link in a page to the key of the page it points at; null when it does not point at a page of this
    /// site (another host, a fragment, <c>mailto:</c>, an image or download).
    /// </summary>
    /// <param name="href">The link target as written.</param>
    /// <param name="relativePath">The linking page's file, relative to the site root.</param>
    /// <param name="pageUrl">The linking page's URL (absolute, or a path).</param>
    /// <param name="basePath">The site's base path (<see cref="BasePath"/>).</param>
    public static string? ResolveLink(string href, string relativePath, string pageUrl, string basePath = "/")
    {
        var h = href.Trim();
        if (h.Length == 0 || h[0] == '#') return null;
        if (LinkStatistics.Classify(h, LinkStatistics.HostOf(pageUrl)) != LinkStatistics.LinkKind.Internal) return null;
        string path;
        if (h.StartsWith("//", StringComparison.Ordinal)) path = new Uri("http:" + h).AbsolutePath;
        else if (Uri.TryCreate(h, UriKind.Absolute, out var abs) && abs.Scheme is "http" or "https") path = abs.AbsolutePath;
        else
        {
            int cut = h.IndexOfAny(['?', '#']);
            path = cut >= 0 ? h[..cut] : h;
            if (path.Length == 0) return null;
            if (!path.StartsWith('/'))
            {
                // A link to a page file is relative to the file's folder; a link to a URL is relative to the page's URL.
                if (PageExtension(path)) return Key("/" + Folder(relativePath.Replace('\\', '/')) + path, "/");
                path = FolderOfUrl(pageUrl, basePath) + path;
            }
        }
        string ext = Extension(StripQuery(path));
        if (ext.Length > 0 && !PageExtension(path)) return null;
        return Key(path, basePath);
    }

    private static string StripQuery(string p) { int cut = p.IndexOfAny(['?', '#']); return cut >= 0 ? p[..cut] : p; }

    private static bool PageExtension(string path) => AuditConfig.PageExtensions.Contains(Extension(StripQuery(path)));

    private static string Folder(string relativePath)
    {
        int slash = relativePath.LastIndexOf('/');
        return slash < 0 ? "" : relativePath[..(slash + 1)];
    }

    private static string FolderOfUrl(string pageUrl, string basePath)
    {
        string p = Uri.TryCreate(pageUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsolutePath : pageUrl;
        int slash = p.LastIndexOf('/');
        return slash < 0 ? basePath : p[..(slash + 1)];
    }

    /// <summary>The lower-case extension of the last path segment (<c>.md</c>), or empty.</summary>
    public static string Extension(string path)
    {
        int slash = path.LastIndexOf('/');
        int dot = path.LastIndexOf('.');
        if (dot <= slash + 1 || dot == path.Length - 1) return "";
        var ext = path[dot..].ToLowerInvariant();
        return ext.All(c => c == '.' || char.IsAsciiLetterOrDigit(c)) ? ext : "";
    }

    // Removes "." and ".." segments; ".." above the root stays at the root.
    private static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var seg in path.Split('/'))
        {
            if (seg.Length == 0 || seg == ".") continue;
            if (seg == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); continue; }
            parts.Add(seg);
        }
        return "/" + string.Join('/', parts) + (path.EndsWith('/') && parts.Count > 0 ? "/" : "");
    }
}
