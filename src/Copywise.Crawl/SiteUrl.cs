namespace Copywise.Crawl;

/// <summary>URL rules of the crawl: http(s) only, fragments dropped, queries kept, one site whatever the scheme or <c>www.</c>.</summary>
public static class SiteUrl
{
    /// <summary>True for absolute http and https URLs.</summary>
    public static bool IsWeb(Uri url) => url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    /// <summary>The host without a leading <c>www.</c>, lower case.</summary>
    public static string SiteHost(Uri url)
    {
        var host = url.IdnHost.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    /// <summary>True when both URLs are on the same site (scheme and <c>www.</c> ignored; ports must match).</summary>
    public static bool SameSite(Uri a, Uri b) => SiteHost(a) == SiteHost(b) && (a.IsDefaultPort && b.IsDefaultPort || a.Port == b.Port);

    /// <summary>The key under which a URL is crawled once: scheme-less site host, port, path and query; no fragment.</summary>
    public static string Key(Uri url)
    {
        var port = url.IsDefaultPort ? "" : ":" + url.Port;
        var path = url.AbsolutePath.Length == 0 ? "/" : url.AbsolutePath;
        return SiteHost(url) + port + path + url.Query;
    }

    /// <summary>Resolves <paramref name="href"/> against <paramref name="baseUrl"/>; null for non-web targets (mailto:, tel:, javascript:).</summary>
    public static Uri? Resolve(Uri baseUrl, string? href)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        if (!Uri.TryCreate(baseUrl, href.Trim(), out var url) || !IsWeb(url)) return null;
        if (url.Fragment.Length > 0) url = new UriBuilder(url) { Fragment = "" }.Uri;
        return url;
    }
}
