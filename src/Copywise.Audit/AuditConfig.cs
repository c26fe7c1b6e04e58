using System.Security.Cryptography;
using System.Text;
using Copywise.Documents;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Copywise.Audit;

/// <summary>Which front-matter keys (or HTML meta names) hold a page's attributes, when a site uses names of its own.</summary>
public sealed record KeyMapping
{
    /// <summary>The key of the focus keyphrase.</summary>
    public string? Keyphrase { get; init; }
    /// <summary>The key of the meta description.</summary>
    public string? Description { get; init; }
    /// <summary>The key of the slug.</summary>
    public string? Slug { get; init; }
    /// <summary>The key of the SEO title.</summary>
    public string? Title { get; init; }
    /// <summary>The key of the keyphrase synonyms.</summary>
    public string? Synonyms { get; init; }
}

/// <summary>How a live site is read (<c>--crawl</c>, <c>--sitemap</c>); each value unset here takes the command's option or the default.</summary>
public sealed record CrawlSettings
{
    /// <summary>The <c>&lt;meta name&gt;</c> that carries a page's focus keyphrase.</summary>
    public string? KeyphraseMeta { get; init; }
    /// <summary>The User-Agent sent, also the name looked up in robots.txt.</summary>
    public string? UserAgent { get; init; }
    /// <summary>The most pages read.</summary>
    public int? MaxPages { get; init; }
    /// <summary>Requests in flight at once.</summary>
    public int? Concurrency { get; init; }
    /// <summary>Pause between two requests, in milliseconds.</summary>
    public int? DelayMs { get; init; }
}

/// <summary>Score thresholds of a site.</summary>
public sealed record Thresholds
{
    /// <summary>A page whose SEO score is under this fails; the site fails when the average is under it. Null: no limit.</summary>
    public int? Seo { get; init; }
    /// <summary>The same for the readability score.</summary>
    public int? Readability { get; init; }
    /// <summary>The lowest rating that counts as failing in SARIF and JUnit reports: <c>ok</c> (orange and red) or <c>bad</c> (red only).</summary>
    public string Failing { get; init; } = "ok";
}

/// <summary>
/// The site audit's configuration, read from <c>copywise.yml</c>: which files, the site's base URL, locales,
/// assessments and site checks switched off, thresholds, and the front-matter keys of the site.
/// </summary>
public sealed record AuditConfig
{
    /// <summary>The extensions read as pages.</summary>
    public static readonly IReadOnlyList<string> PageExtensions = [".md", ".markdown", ".html", ".htm", ".txt"];

    /// <summary>The default include globs: every page extension, anywhere below the root.</summary>
    public static readonly IReadOnlyList<string> DefaultInclude = PageExtensions.Select(e => "**/*" + e).ToArray();

    /// <summary>Folders never read: version control, dependencies and the audit's own store.</summary>
    public static readonly IReadOnlyList<string> DefaultExclude = [".git/**", ".copywise/**", "node_modules/**"];

    /// <summary>The folder relative paths and the default database are resolved against (the config file's folder).</summary>
    public string BaseDirectory { get; init; } = Directory.GetCurrentDirectory();
    /// <summary>The config file read, or null for the defaults.</summary>
    public string? Path { get; init; }
    /// <summary>Globs of pages to read, relative to the site root.</summary>
    public IReadOnlyList<string> Include { get; init; } = DefaultInclude;
    /// <summary>Globs of pages to leave out, relative to the site root.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];
    /// <summary>The site's base URL: a page without a permalink gets one from its path.</summary>
    public string? BaseUrl { get; init; }
    /// <summary>The locale of pages that name none.</summary>
    public string? Locale { get; init; }
    /// <summary>Per-folder locales (folder relative to the root → locale); the longest matching folder wins.</summary>
    public IReadOnlyDictionary<string, string> Locales { get; init; } = new Dictionary<string, string>();
    /// <summary>Assessment ids and site check ids switched off.</summary>
    public IReadOnlySet<string> Disable { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
    /// <summary>Score thresholds.</summary>
    public Thresholds Thresholds { get; init; } = new();
    /// <summary>The site's own front-matter keys.</summary>
    public KeyMapping Keys { get; init; } = new();
    /// <summary>The database: a SQLite file path or connection string, or a PostgreSQL connection string. Null: the default file.</summary>
    public string? Database { get; init; }
    /// <summary>How many other pages to suggest linking from each page.</summary>
    public int Suggestions { get; init; } = 5;
    /// <summary>Match keyphrase word forms (as <c>analyze</c> does unless <c>--no-word-forms</c>).</summary>
    public bool WordForms { get; init; } = true;
    /// <summary>How a live site is read.</summary>
    public CrawlSettings Crawl { get; init; } = new();

    /// <summary>The SQLite file used when no database is given: <c>.copywise/audit.db</c> beside the config.</summary>
    public string DefaultDatabase => System.IO.Path.Combine(BaseDirectory, ".copywise", "audit.db");

    /// <summary>True when the check or assessment with this id is switched off.</summary>
    public bool IsDisabled(string id) => Disable.Contains(id);

    /// <summary>The locale configured for a page path (relative, '/'-separated), or null.</summary>
    public string? LocaleFor(string relativePath)
    {
        string? best = null;
        int bestLength = -1;
        foreach (var (folder, locale) in Locales)
        {
            var f = folder.Replace('\\', '/').Trim('/');
            bool match = f.Length == 0 || relativePath.StartsWith(f + "/", StringComparison.OrdinalIgnoreCase);
            if (match && f.Length > bestLength) { best = locale; bestLength = f.Length; }
        }
        return best ?? Locale;
    }

    /// <summary>
    /// A fingerprint of the settings that change what an analysis of a page yields; stored with each analysis so a
    /// change of settings analyses the page again.
    /// </summary>
    public string AnalysisFingerprint()
    {
        var sb = new StringBuilder();
        sb.Append("base=").Append(BaseUrl).Append('\n');
        sb.Append("wordForms=").Append(WordForms).Append('\n');
        foreach (var d in Disable.Order(StringComparer.OrdinalIgnoreCase)) sb.Append("disable=").Append(d.ToLowerInvariant()).Append('\n');
        sb.Append("keys=").Append(Keys.Keyphrase).Append('|').Append(Keys.Description).Append('|').Append(Keys.Slug).Append('|').Append(Keys.Title).Append('|').Append(Keys.Synonyms).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())))[..16];
    }

    /// <summary>Finds the config: the given file, else <c>copywise.yml</c> (or <c>.yaml</c>) in <paramref name="directory"/>, else the defaults.</summary>
    /// <exception cref="CopywiseInputException">The file is missing or not valid.</exception>
    public static AuditConfig Load(string? path, string directory)
    {
        if (path != null)
        {
            if (!File.Exists(path)) throw new CopywiseInputException($"{path}: no such config file");
            return Parse(File.ReadAllText(path), path);
        }
        foreach (var name in new[] { "copywise.yml", "copywise.yaml", ".copywise.yml" })
        {
            var candidate = System.IO.Path.Combine(directory, name);
            if (File.Exists(candidate)) return Parse(File.ReadAllText(candidate), candidate);
        }
        return new AuditConfig { BaseDirectory = System.IO.Path.GetFullPath(directory) };
    }

    /// <summary>Parses a config file's text.</summary>
    /// <param name="yaml">The YAML.</param>
    /// <param name="path">The file it came from (its folder becomes <see cref="BaseDirectory"/>).</param>
    /// <exception cref="CopywiseInputException">Not valid YAML, an unknown key, or a value of the wrong kind.</exception>
    public static AuditConfig Parse(string yaml, string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var config = new AuditConfig { BaseDirectory = System.IO.Path.GetDirectoryName(full)!, Path = full };
        YamlMappingNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0) return config;
            root = stream.Documents[0].RootNode as YamlMappingNode;
            if (root is null) throw new CopywiseInputException($"{path}: the config must be a mapping of keys to values");
        }
        catch (YamlException e)
        {
            throw new CopywiseInputException($"{path}: invalid YAML at line {e.Start.Line}: {FirstLine(e.Message)}");
        }
        foreach (var (k, v) in root.Children)
        {
            string key = Scalar(k) ?? "";
            string where = $"{path}: '{key}'";
            config = key switch
            {
                "include" => config with { Include = List(v, where) },
                "exclude" => config with { Exclude = List(v, where) },
                "baseUrl" or "base_url" => config with { BaseUrl = BaseUrlValue(Scalar(v), where) },
                "locale" => config with { Locale = Scalar(v) },
                "locales" => config with { Locales = Map(v, where) },
                "disable" => config with { Disable = List(v, where).ToHashSet(StringComparer.OrdinalIgnoreCase) },
                "thresholds" => config with { Thresholds = ParseThresholds(v, where) },
                "keys" => config with { Keys = ParseKeys(v, where) },
                "database" => config with { Database = Scalar(v) },
                "suggestions" => config with { Suggestions = Int(v, where, 0, 50) },
                "wordForms" or "word_forms" => config with { WordForms = Bool(v, where) },
                "crawl" => config with { Crawl = ParseCrawl(v, where) },
                _ => throw new CopywiseInputException($"{path}: unknown key '{key}' (keys: include, exclude, baseUrl, locale, locales, disable, thresholds, keys, database, suggestions, wordForms, crawl)"),
            };
        }
        return config;
    }

    private static string? BaseUrlValue(string? value, string where)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new CopywiseInputException($"{where} must be an absolute http(s) URL, not '{value}'");
        return value.Trim();
    }

    private static Thresholds ParseThresholds(YamlNode node, string where)
    {
        if (node is not YamlMappingNode map) throw new CopywiseInputException($"{where} must be a mapping (seo, readability, failing)");
        var t = new Thresholds();
        foreach (var (k, v) in map.Children)
        {
            string key = Scalar(k) ?? "";
            t = key switch
            {
                "seo" => t with { Seo = Int(v, where + "." + key, 0, 100) },
                "readability" => t with { Readability = Int(v, where + "." + key, 0, 100) },
                "failing" => t with
                {
                    Failing = Scalar(v)?.Trim().ToLowerInvariant() is "ok" or "bad" ? Scalar(v)!.Trim().ToLowerInvariant()
                        : throw new CopywiseInputException($"{where}.failing must be ok or bad"),
                },
                _ => throw new CopywiseInputException($"{where}: unknown key '{key}' (seo, readability, failing)"),
            };
        }
        return t;
    }

    private static KeyMapping ParseKeys(YamlNode node, string where)
    {
        if (node is not YamlMappingNode map) throw new CopywiseInputException($"{where} must be a mapping (keyphrase, description, slug, title, synonyms)");
        var m = new KeyMapping();
        foreach (var (k, v) in map.Children)
        {
            string key = Scalar(k) ?? "";
            string? value = Scalar(v);
            m = key switch
            {
                "keyphrase" => m with { Keyphrase = value },
                "description" => m with { Description = value },
                "slug" => m with { Slug = value },
                "title" => m with { Title = value },
                "synonyms" => m with { Synonyms = value },
                _ => throw new CopywiseInputException($"{where}: unknown key '{key}' (keyphrase, description, slug, title, synonyms)"),
            };
        }
        return m;
    }

    private static CrawlSettings ParseCrawl(YamlNode node, string where)
    {
        if (node is not YamlMappingNode map) throw new CopywiseInputException($"{where} must be a mapping (keyphraseMeta, userAgent, maxPages, concurrency, delay)");
        var c = new CrawlSettings();
        foreach (var (k, v) in map.Children)
        {
            string key = Scalar(k) ?? "";
            c = key switch
            {
                "keyphraseMeta" => c with { KeyphraseMeta = SingleLine(v, where + "." + key) },
                "userAgent" => c with { UserAgent = SingleLine(v, where + "." + key) },
                "maxPages" => c with { MaxPages = Int(v, where + "." + key, 1, 10_000_000) },
                "concurrency" => c with { Concurrency = Int(v, where + "." + key, 1, 64) },
                "delay" => c with { DelayMs = Int(v, where + "." + key, 0, 600_000) },
                _ => throw new CopywiseInputException($"{where}: unknown key '{key}' (keyphraseMeta, userAgent, maxPages, concurrency, delay)"),
            };
        }
        return c;
    }

    private static string SingleLine(YamlNode node, string where) =>
        Scalar(node) is { Length: > 0 } s && !s.Any(char.IsControl) ? s : throw new CopywiseInputException($"{where} must be a non-empty single line");

    private static string? Scalar(YamlNode node) => (node as YamlScalarNode)?.Value?.Trim();

    private static List<string> List(YamlNode node, string where) => node switch
    {
        YamlSequenceNode seq => seq.Children.Select(c => Scalar(c) ?? throw new CopywiseInputException($"{where} must be a list of strings")).Where(s => s.Length > 0).ToList(),
        YamlScalarNode s when !string.IsNullOrWhiteSpace(s.Value) => [s.Value.Trim()],
        _ => throw new CopywiseInputException($"{where} must be a list of strings"),
    };

    private static Dictionary<string, string> Map(YamlNode node, string where)
    {
        if (node is not YamlMappingNode map) throw new CopywiseInputException($"{where} must be a mapping of folder to locale");
        return map.Children.ToDictionary(kv => Scalar(kv.Key) ?? "", kv => Scalar(kv.Value) ?? throw new CopywiseInputException($"{where} must map folders to locales"));
    }

    private static int Int(YamlNode node, string where, int min, int max) =>
        int.TryParse(Scalar(node), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int n) && n >= min && n <= max
            ? n : throw new CopywiseInputException($"{where} must be a whole number from {min} to {max}");

    private static bool Bool(YamlNode node, string where) => Scalar(node)?.ToLowerInvariant() switch
    {
        "true" or "yes" or "on" => true,
        "false" or "no" or "off" => false,
        _ => throw new CopywiseInputException($"{where} must be true or false"),
    };

    private static string FirstLine(string message)
    {
        int i = message.IndexOf('\n');
        return (i < 0 ? message : message[..i]).Trim();
    }
}
