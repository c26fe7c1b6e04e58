using Copywise.Analysis;
using Copywise.Audit;
using Copywise.Documents;
using Copywise.Languages;
using Copywise.Research;

namespace Copywise.Audit.Tests;

public class ConfigTests
{
    [Fact]
    public void Every_key_is_read()
    {
        var c = AuditConfig.Parse("""
            include: ["content/**/*.md"]
            exclude: [drafts/**]
            baseUrl: https://example.com/docs/
            locale: en_US
            locales:
              fr: fr_FR
              fr/ca: fr_CA
            disable: [titleWidth, linkSuggestion]
            thresholds: { seo: 50, readability: 60, failing: bad }
            keys: { keyphrase: focus, description: summary, slug: handle, title: seo_title, synonyms: alt }
            database: audit.db
            suggestions: 3
            wordForms: false
            crawl: { keyphraseMeta: "blog:focus", userAgent: ExampleAudit/1.0, maxPages: 2000, concurrency: 2, delay: 500 }
            """, "/site/copywise.yml");
        Assert.Equal(["content/**/*.md"], c.Include);
        Assert.Equal(["drafts/**"], c.Exclude);
        Assert.Equal("https://example.com/docs/", c.BaseUrl);
        Assert.Equal("/site", c.BaseDirectory);
        Assert.Equal("fr_CA", c.LocaleFor("fr/ca/page.md"));
        Assert.Equal("fr_FR", c.LocaleFor("fr/page.md"));
        Assert.Equal("en_US", c.LocaleFor("frog/page.md"));
        Assert.True(c.IsDisabled("TITLEWIDTH"));
        Assert.Equal(50, c.Thresholds.Seo);
        Assert.Equal(60, c.Thresholds.Readability);
        Assert.Equal("bad", c.Thresholds.Failing);
        Assert.Equal("focus", c.Keys.Keyphrase);
        Assert.Equal("summary", c.Keys.Description);
        Assert.Equal("handle", c.Keys.Slug);
        Assert.Equal("seo_title", c.Keys.Title);
        Assert.Equal("alt", c.Keys.Synonyms);
        Assert.Equal("audit.db", c.Database);
        Assert.Equal(3, c.Suggestions);
        Assert.False(c.WordForms);
        Assert.Equal(new CrawlSettings { KeyphraseMeta = "blog:focus", UserAgent = "ExampleAudit/1.0", MaxPages = 2000, Concurrency = 2, DelayMs = 500 }, c.Crawl);
    }

    [Theory]
    [InlineData("colour: red", "unknown key 'colour'")]
    [InlineData("baseUrl: ftp://x", "absolute http(s) URL")]
    [InlineData("thresholds: { seo: 120 }", "from 0 to 100")]
    [InlineData("thresholds: { failing: maybe }", "ok or bad")]
    [InlineData("keys: { author: x }", "unknown key 'author'")]
    [InlineData("include: [unclosed", "invalid YAML")]
    [InlineData("- a list", "mapping")]
    [InlineData("crawl: { maxPages: 0 }", "'crawl'.maxPages must be a whole number from 1")]
    [InlineData("crawl: { depth: 3 }", "unknown key 'depth'")]
    [InlineData("crawl: fast", "must be a mapping")]
    public void Bad_configs_are_one_line_input_errors(string yaml, string expected)
    {
        var e = Assert.Throws<CopywiseInputException>(() => AuditConfig.Parse(yaml, "copywise.yml"));
        Assert.Contains(expected, e.Message);
        Assert.DoesNotContain("\n", e.Message);
    }

    [Fact]
    public void The_fingerprint_follows_the_settings_that_change_an_analysis()
    {
        var a = new AuditConfig();
        Assert.Equal(a.AnalysisFingerprint(), (a with { Suggestions = 2, Exclude = ["x/**"] }).AnalysisFingerprint());
        Assert.NotEqual(a.AnalysisFingerprint(), (a with { BaseUrl = "https://a.example/" }).AnalysisFingerprint());
        Assert.NotEqual(a.AnalysisFingerprint(), (a with { Disable = new HashSet<string> { "titleWidth" } }).AnalysisFingerprint());
        Assert.NotEqual(a.AnalysisFingerprint(), (a with { Keys = new KeyMapping { Keyphrase = "focus" } }).AnalysisFingerprint());
    }
}

public class SitePathsTests
{
    [Theory]
    [InlineData("guide/install.md", "/guide/install/")]
    [InlineData("guide/index.md", "/guide/")]
    [InlineData("index.md", "/")]
    [InlineData("news/story.txt", "/news/story/")]
    [InlineData("shop/jacket.html", "/shop/jacket.html")]
    [InlineData("shop/index.htm", "/shop/")]
    public void Url_paths_from_file_paths(string file, string url) => Assert.Equal(url, SitePaths.UrlPath(file));

    [Theory]
    [InlineData("/guide/install/", "guide/install")]
    [InlineData("/guide/install.html", "guide/install")]
    [InlineData("/Guide/Install.md?x=1#top", "guide/install")]
    [InlineData("/guide/index.html", "guide")]
    [InlineData("/", "")]
    [InlineData("https://example.com/a%20b/", "a b")]
    public void Keys_ignore_extension_index_slashes_and_case(string url, string key) => Assert.Equal(key, SitePaths.Key(url));

    [Fact]
    public void Keys_are_below_the_base_path()
    {
        Assert.Equal("/docs/", SitePaths.BasePath("https://example.com/docs"));
        Assert.Equal("/", SitePaths.BasePath(null));
        Assert.Equal("guide", SitePaths.Key("https://example.com/docs/guide/", "/docs/"));
    }

    [Theory]
    [InlineData("install.md", "guide/configure.md", "/guide/configure/", "guide/install")]
    [InlineData("../index.md", "guide/configure.md", "/guide/configure/", "")]
    [InlineData("setup/", "guide/configure.md", "/guide/configure/", "guide/configure/setup")]
    [InlineData("../setup/", "guide/configure.md", "https://example.com/guide/configure/", "guide/setup")]
    [InlineData("boots.html", "shop/jacket.html", "/shop/jacket.html", "shop/boots")]
    [InlineData("budget/", "news/market.html", "/news/market.html", "news/budget")]
    [InlineData("/guide/install/", "index.md", "/", "guide/install")]
    [InlineData("https://example.com/guide/", "index.md", "https://example.com/", "guide")]
    [InlineData("https://www.example.com/guide/", "index.md", "https://example.com/", "guide")]
    public void Internal_links_resolve_to_page_keys(string href, string file, string pageUrl, string key) =>
        Assert.Equal(key, SitePaths.ResolveLink(href, file, pageUrl));

    [Theory]
    [InlineData("https://other.example/guide/")]
    [InlineData("#section")]
    [InlineData("mailto:someone@example.com")]
    [InlineData("/images/photo.png")]
    [InlineData("report.pdf")]
    [InlineData("")]
    public void Links_to_no_page_of_the_site_do_not_resolve(string href) =>
        Assert.Null(SitePaths.ResolveLink(href, "guide/a.md", "https://example.com/guide/a/"));
}

public class SiteFilesTests
{
    [Fact]
    public void Folders_are_walked_with_include_and_exclude_globs()
    {
        using var site = TempSite.Empty();
        site.Write("a.md", "A");
        site.Write("b/c.html", "<p>C</p>");
        site.Write("b/d.txt", "D");
        site.Write("b/e.png", "not a page");
        site.Write("drafts/f.md", "F");
        site.Write("node_modules/x/readme.md", "X");
        site.Write(".copywise/g.md", "G");
        site.Write("copywise.yml", "exclude: [drafts/**]\n");
        var set = SiteFiles.Find([], site.Config(), site.Root);
        Assert.Equal(site.Root, set.Root);
        Assert.Equal(["a.md", "b/c.html", "b/d.txt"], set.Files.Select(f => f.RelativePath));
    }

    [Fact]
    public void Excludes_apply_from_the_site_root_when_a_subfolder_is_audited()
    {
        using var site = TempSite.Empty();
        site.Write("copywise.yml", "exclude: [blog/drafts/**]\n");
        site.Write("blog/a.md", "A");
        site.Write("blog/drafts/b.md", "B");
        site.Write("docs/c.md", "C");
        var set = SiteFiles.Find([site.PathOf("blog")], site.Config(), site.Root);
        Assert.Equal(["blog/a.md"], set.Files.Select(f => f.RelativePath));
    }

    [Fact]
    public void Files_and_globs_are_taken_from_the_current_folder()
    {
        using var site = TempSite.Empty();
        site.Write("docs/a.md", "A");
        site.Write("docs/deep/b.md", "B");
        site.Write("docs/c.html", "C");
        var config = new AuditConfig { BaseDirectory = site.Root };
        var set = SiteFiles.Find(["docs/**/*.md", "docs/c.html"], config, site.Root);
        Assert.Equal(["docs/a.md", "docs/c.html", "docs/deep/b.md"], set.Files.Select(f => f.RelativePath));
        Assert.Throws<CopywiseInputException>(() => SiteFiles.Find(["missing/"], config, site.Root));
        Assert.Throws<CopywiseInputException>(() => SiteFiles.Find(["docs/*.xml"], config, site.Root));
    }
}

public class ProminentWordsTests
{
    private static IReadOnlyList<ProminentWord> Of(string text)
    {
        var (doc, paper) = DocumentParser.Parse(new Paper { Text = text }, "a.md");
        return ProminentWords.Of(new AnalysisContext(paper, doc, LanguageRegistry.Default, AnalysisOptions.Default));
    }

    [Fact]
    public void Repeated_words_and_phrases_without_function_words_at_their_ends_stand_out()
    {
        var words = Of("The style rules of the desk are short. Style rules help the desk. Our word lists grow; the word lists are long.");
        var phrases = words.Select(w => w.Phrase).ToList();
        Assert.Contains("style rules", phrases);
        Assert.Contains("word lists", phrases);
        Assert.Contains("desk", phrases);
        Assert.DoesNotContain("the", phrases);
        Assert.DoesNotContain(phrases, p => p.StartsWith("the ", StringComparison.Ordinal) || p.EndsWith(" the", StringComparison.Ordinal));
        // Seen once: not prominent.
        Assert.DoesNotContain("short", phrases);
        // A phrase weighs its occurrences times its words.
        Assert.Equal(4, words.First(w => w.Phrase == "style rules").Weight);
    }

    [Fact]
    public void Phrases_do_not_run_across_punctuation()
    {
        var phrases = Of("Apples, pears and plums. Apples, pears and plums.").Select(w => w.Phrase).ToList();
        Assert.Contains("apples", phrases);
        Assert.DoesNotContain("apples pears", phrases);
        Assert.Contains("pears and plums", phrases);
    }

    [Fact]
    public void The_stored_form_reads_back()
    {
        var words = Of("Style rules and word lists. Style rules and word lists.");
        Assert.Equal(words, ProminentWords.Deserialize(ProminentWords.Serialize(words)));
    }
}
