using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Copywise.Analysis;
using Copywise.Assessments.Seo;
using Copywise.Documents;
using Copywise.Languages;
using Copywise.Research;

namespace Copywise.Audit;

/// <summary>A link of a page: where it points, and the page of the site it resolves to.</summary>
/// <param name="Href">The target as written.</param>
/// <param name="Target">The key of the site page it points at; null when it points at no page of the site.</param>
/// <param name="Anchor">The anchor text.</param>
/// <param name="Start">Start of the link in the page's source (UTF-16 offset).</param>
/// <param name="End">End (exclusive).</param>
public readonly record struct PageLink(string Href, string? Target, string Anchor, int Start, int End);

/// <summary>A related keyphrase of a page and its key (see <see cref="PreviouslyUsedKeyphrase.Key"/>).</summary>
/// <param name="Keyphrase">The related keyphrase.</param>
/// <param name="Synonyms">Its synonyms.</param>
/// <param name="Key">Its content words, sorted.</param>
public sealed record RelatedKey(string Keyphrase, string Synonyms, string Key);

/// <summary>One page analysed: the result and what the cross-page checks need from it.</summary>
public sealed class PageAnalysis
{
    /// <summary>The file, relative to the site root, '/'-separated.</summary>
    public required string Path { get; init; }
    /// <summary>SHA-256 of the file's bytes (hex, first 32 digits).</summary>
    public required string ContentHash { get; init; }
    /// <summary>The fingerprint of the settings the page was analysed with.</summary>
    public required string SettingsHash { get; init; }
    /// <summary>The result, without the site-wide previously-used-keyphrase check.</summary>
    public required AnalysisResult Result { get; init; }
    /// <summary>The page's URL (absolute with a base URL, else a path).</summary>
    public required string Url { get; init; }
    /// <summary>The keys the page is known by (its path, and its permalink when it has one).</summary>
    public required IReadOnlyList<string> Keys { get; init; }
    /// <summary>The key of its focus keyphrase; empty without one.</summary>
    public required string KeyphraseKey { get; init; }
    /// <summary>Its related keyphrases with their keys.</summary>
    public required IReadOnlyList<RelatedKey> Related { get; init; }
    /// <summary>Its links.</summary>
    public required IReadOnlyList<PageLink> Links { get; init; }
    /// <summary>Its prominent words.</summary>
    public required IReadOnlyList<ProminentWord> Prominent { get; init; }
}

/// <summary>Reads and analyses one page of a site with the site's settings.</summary>
public sealed class PageAnalyzer
{
    private readonly AuditConfig _config;
    private readonly AnalysisOptions _options;
    private readonly string _fingerprint;
    private readonly string _basePath;

    /// <summary>Creates an analyser for a site's settings.</summary>
    public PageAnalyzer(AuditConfig config)
    {
        _config = config;
        _options = new AnalysisOptions { WordForms = config.WordForms, DisabledAssessments = config.Disable };
        _fingerprint = config.AnalysisFingerprint();
        _basePath = SitePaths.BasePath(config.BaseUrl);
    }

    /// <summary>
    /// The version of the analysis engine: the library's version and a fingerprint of the code that analyses
    /// (the analysis and audit assemblies, which deterministic builds change only when their code changes).
    /// A page analysed by another engine version is analysed again.
    /// </summary>
    public static string EngineVersion { get; } = ComputeEngineVersion();

    private static string ComputeEngineVersion()
    {
        var core = typeof(Analyzer).Assembly;
        var version = core.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? core.GetName().Version?.ToString() ?? "0";
        int plus = version.IndexOf('+');
        if (plus >= 0) version = version[..plus];
        var ids = core.ManifestModule.ModuleVersionId.ToString("N") + typeof(PageAnalyzer).Assembly.ManifestModule.ModuleVersionId.ToString("N");
        return version + "+" + Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(ids)))[..12];
    }

    /// <summary>The hash of a file's content.</summary>
    public static string HashContent(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..32];

    /// <summary>The settings fingerprint of one page: the site's analysis settings and the page's configured locale.</summary>
    /// <param name="relativePath">The page's path relative to the site root, or its URL.</param>
    public string SettingsHash(string relativePath) => _fingerprint + ":" + (_config.LocaleFor(LocalePath(relativePath)) ?? "");

    // The folders of `locales` are matched against a live page's URL path as against a file's path.
    private static string LocalePath(string path) =>
        SitePaths.IsWebUrl(path) && Uri.TryCreate(path, UriKind.Absolute, out var uri) ? uri.AbsolutePath.TrimStart('/') : path;

    /// <summary>The hash of what is analysed of a live page: its extracted content and the attributes that go with it.</summary>
    public static string HashContent(Paper paper)
    {
        var text = string.Join('\0', paper.Text, paper.Title, paper.Description, paper.Keyphrase, paper.Synonyms, paper.Permalink, paper.Locale);
        return HashContent(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Analyses a page read from a live site.</summary>
    /// <param name="page">The page: its URL, extracted content and attributes, and keys.</param>
    /// <param name="contentHash">Its <see cref="HashContent(Paper)"/>, when already computed.</param>
    public PageAnalysis Analyze(WebPage page, string? contentHash = null)
    {
        var parsed = DocumentParser.ParseWithMetadata(page.Paper);
        var paper = parsed.Paper;
        if (string.IsNullOrWhiteSpace(paper.Locale) && _config.LocaleFor(LocalePath(page.Url)) is { } locale) paper = paper with { Locale = locale };
        var path = Uri.TryCreate(page.Url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : "/";
        return Analyze(page.Url, paper, parsed.Document, page.Keys, path, "/", contentHash ?? HashContent(page.Paper));
    }

    /// <summary>Analyses a page from its bytes.</summary>
    /// <exception cref="CopywiseInputException">The file is not text, or its front matter is invalid.</exception>
    public PageAnalysis Analyze(string relativePath, byte[] bytes, string? contentHash = null)
    {
        var text = InputDecoder.Decode(bytes);
        var parsed = DocumentParser.ParseWithMetadata(new Paper { Text = text }, relativePath);
        var paper = ApplyKeys(parsed.Paper, parsed.Metadata);
        if (string.IsNullOrWhiteSpace(paper.Locale) && _config.LocaleFor(relativePath) is { } locale) paper = paper with { Locale = locale };
        string urlPath = SitePaths.UrlPath(relativePath);
        var keys = new List<string> { SitePaths.Key(urlPath) };
        if (string.IsNullOrWhiteSpace(paper.Permalink))
        {
            var url = SitePaths.Url(_config.BaseUrl, urlPath);
            paper = paper with { Permalink = url, Slug = string.IsNullOrWhiteSpace(paper.Slug) ? DocumentParser.SlugFromUrl(url) : paper.Slug };
        }
        else if (IsSiteUrl(paper.Permalink))
        {
            var own = SitePaths.Key(paper.Permalink, _basePath);
            if (!keys.Contains(own)) keys.Add(own);
            // A site-relative permalink becomes absolute so links to the site's host count as internal.
            if (!Uri.TryCreate(paper.Permalink, UriKind.Absolute, out _) && _config.BaseUrl != null)
                paper = paper with { Permalink = SitePaths.Url(_config.BaseUrl, paper.Permalink) };
        }
        return Analyze(relativePath, paper, parsed.Document, keys, relativePath, _basePath, contentHash ?? HashContent(bytes));
    }

    // The analysis itself, and what the site checks need of it. Links to page files resolve from linkFolder's folder.
    private PageAnalysis Analyze(string path, Paper paper, Copywise.Text.TextDocument document, IReadOnlyList<string> keys, string linkFolder, string basePath, string contentHash)
    {
        // This method owns the parsed document: its pooled text goes back once the analysis and the links are read.
        using var owned = document;
        var language = LanguageRegistry.ForLocale(paper.Locale);
        using var context = new AnalysisContext(paper, document, language, _options);
        var result = Analyzer.Analyze(context);

        var links = new List<PageLink>(context.Document.Links.Count);
        foreach (var l in context.Document.Links)
        {
            var target = SitePaths.ResolveLink(l.Href, linkFolder, paper.Permalink, basePath);
            var anchor = context.Document.Substring(l.TextStart, l.TextLength);
            links.Add(new PageLink(l.Href, target, anchor, l.SourceStart, l.SourceEnd));
        }
        var related = new List<RelatedKey>();
        foreach (var r in paper.Related.Where(r => !string.IsNullOrWhiteSpace(r.Keyphrase)).Take(Analyzer.MaxRelatedKeyphrases))
            related.Add(new RelatedKey(r.Keyphrase, r.Synonyms, PreviouslyUsedKeyphrase.Key(context, r.Keyphrase)));
        return new PageAnalysis
        {
            Path = path,
            ContentHash = contentHash,
            SettingsHash = SettingsHash(path),
            Result = result,
            Url = paper.Permalink,
            Keys = keys,
            KeyphraseKey = string.IsNullOrWhiteSpace(paper.Keyphrase) ? "" : PreviouslyUsedKeyphrase.Key(context, paper.Keyphrase),
            Related = related,
            Links = links,
            Prominent = ProminentWords.Of(context),
        };
    }

    private bool IsSiteUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return url.StartsWith('/');
        return _config.BaseUrl != null && LinkStatistics.HostOf(url) == LinkStatistics.HostOf(_config.BaseUrl);
    }

    // Keys the site names in copywise.yml win over the built-in names: the site said where its attributes are.
    private Paper ApplyKeys(Paper paper, DocumentMetadata metadata)
    {
        var k = _config.Keys;
        string? Field(string? key) => key != null && metadata.Fields.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v : null;
        if (Field(k.Keyphrase) is { } keyphrase) paper = paper with { Keyphrase = keyphrase };
        if (Field(k.Description) is { } description) paper = paper with { Description = description };
        if (Field(k.Slug) is { } slug) paper = paper with { Slug = slug };
        if (Field(k.Title) is { } title) paper = paper with { Title = title };
        if (Field(k.Synonyms) is { } synonyms) paper = paper with { Synonyms = synonyms };
        return paper;
    }
}
