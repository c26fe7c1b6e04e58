using System.Text.Json;
using Copywise.Cli;
using Copywise.Crawl.Tests;

namespace Copywise.Audit.Tests;

/// <summary><c>copywise audit --crawl</c> and <c>--sitemap</c> through the command, against a local site.</summary>
public class LiveSiteTests
{
    public static TheoryData<string> Backends => Tests.Backends.All();

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = Program.Run(args, new StringReader(""), o, e);
        return (code, o.ToString(), e.ToString());
    }

    // The blog keeps its focus keyphrase in a meta of its own, named in the config.
    private static TempSite Config()
    {
        var dir = TempSite.Empty();
        dir.Write("copywise.yml", "crawl:\n  keyphraseMeta: blog:focus\n  concurrency: 2\n");
        return dir;
    }

    private static string[] Audit(TempSite config, TestDatabase db, params string[] more) =>
        ["audit", "--config", config.PathOf("copywise.yml"), "--db", db.Connection, "--allow-private", .. more];

    private static Dictionary<string, JsonElement> PagesByPath(JsonDocument doc) =>
        doc.RootElement.GetProperty("pages").EnumerateArray().ToDictionary(p => p.GetProperty("path").GetString()!);

    private static List<string?> Strings(JsonElement array, string property) => array.EnumerateArray().Select(e => e.GetProperty(property).GetString()).ToList();

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task A_crawl_stores_pages_by_url_and_the_site_checks_and_reports_work_on_urls(string backend)
    {
        await using var site = await TestSite.StartAsync();
        using var config = Config();
        using var db = TestDatabase.Create(backend);
        string Url(string path) => new Uri(site.Root, path).AbsoluteUri;
        string blog = Url("/blog/");
        var (code, output, err) = Run(Audit(config, db, "--crawl", blog, "--format", "json"));
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(site.Root.AbsoluteUri, doc.RootElement.GetProperty("run").GetProperty("root").GetString());
        var pages = PagesByPath(doc);
        // Every page the crawl met, by URL: the articles, and those that failed with their problem. A linked file that
        // is not a page (the image) is no page of the site: skipped, and said so once.
        Assert.Equal(new[] { "/blog/", "/blog/gone", "/blog/helmets", "/blog/lights", "/blog/unlisted", "/error" }.Select(Url).Order(StringComparer.Ordinal), pages.Keys);
        Assert.Contains("1 linked address was a file", err);
        Assert.Equal("analysed", pages[Url("/blog/lights")].GetProperty("status").GetString());
        Assert.Equal("bike lights", pages[Url("/blog/lights")].GetProperty("result").GetProperty("paper").GetProperty("keyphrase").GetString());
        Assert.Equal("HTTP 404", pages[Url("/blog/gone")].GetProperty("error").GetString());
        Assert.Equal("HTTP 500", pages[Url("/error")].GetProperty("error").GetString());

        var checks = doc.RootElement.GetProperty("site");
        // Only the link to the page that answered 404 is broken; links in the navigation are not the article's.
        var broken = Assert.Single(checks.GetProperty("brokenLink").EnumerateArray());
        Assert.Equal(blog, broken.GetProperty("page").GetString());
        Assert.EndsWith("/blog/gone", broken.GetProperty("href").GetString());
        var title = Assert.Single(checks.GetProperty("duplicateTitle").EnumerateArray());
        Assert.Equal("Bike lights guide", title.GetProperty("value").GetString());
        Assert.Equal([Url("/blog/helmets"), Url("/blog/lights")], title.GetProperty("pages").EnumerateArray().Select(p => p.GetString()).Order(StringComparer.Ordinal));
        Assert.Empty(checks.GetProperty("orphanedPage").EnumerateArray());

        // SARIF: valid, located by URL.
        var sarifFile = config.PathOf("report.sarif");
        var (code2, _, err2) = Run(Audit(config, db, "--crawl", blog, "--format", "sarif", "-o", sarifFile));
        Assert.True(code2 == 0, err2);
        var sarif = File.ReadAllText(sarifFile);
        var errors = ReportTests.Sarif.Value.Validate(sarif);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
        using var log = JsonDocument.Parse(sarif);
        var results = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        var uris = results.Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()).ToHashSet();
        Assert.Contains(Url("/blog/lights"), uris);
        Assert.All(uris, u => Assert.StartsWith(site.Root.AbsoluteUri, u));
        Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "inputError" && r.GetProperty("message").GetProperty("text").GetString()!.Contains("HTTP 404"));
    }

    [Fact]
    public async Task A_sitemap_audit_finds_the_orphan_the_sitemap_alone_lists_and_judges_only_links_it_could_check()
    {
        await using var site = await TestSite.StartAsync();
        using var config = Config();
        using var db = TestDatabase.Create("sqlite");
        string Url(string path) => new Uri(site.Root, path).AbsoluteUri;
        var (code, output, err) = Run(Audit(config, db, "--sitemap", Url("/blog/sitemap.xml"), "--format", "json"));
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(output);
        var pages = PagesByPath(doc);
        Assert.Equal(new[] { "/blog/", "/blog/gone", "/blog/helmets", "/blog/hidden", "/blog/lights" }.Select(Url).Order(StringComparer.Ordinal), pages.Keys);
        var checks = doc.RootElement.GetProperty("site");
        Assert.Equal([Url("/blog/hidden")], Strings(checks.GetProperty("orphanedPage"), "page"));
        // The link to /blog/unlisted was not followed, so it is not judged; the one to the 404 page is broken.
        Assert.Equal([Url("/blog/")], Strings(checks.GetProperty("brokenLink"), "page"));
        Assert.DoesNotContain(site.Requests, r => r.Path == "/blog/unlisted");
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Changed_only_reads_again_only_the_pages_whose_lastmod_moved(string backend)
    {
        await using var site = await TestSite.StartAsync();
        using var config = Config();
        using var db = TestDatabase.Create(backend);
        string sitemap = new Uri(site.Root, "/blog/sitemap.xml").AbsoluteUri;
        Assert.Equal(0, Run(Audit(config, db, "--sitemap", sitemap)).Code);

        site.LightsModified = DateTimeOffset.UtcNow.AddMinutes(1);
        site.LightsVersion = 1;
        lock (site.Requests) site.Requests.Clear();
        var (code, output, err) = Run(Audit(config, db, "--sitemap", sitemap, "--changed-only", "--format", "json"));
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(output);
        var run = doc.RootElement.GetProperty("run");
        Assert.Equal(1, run.GetProperty("analysed").GetInt32());
        // /blog/ has no lastmod and is read again (same content: reused); helmets and hidden are not read at all.
        Assert.Equal(3, run.GetProperty("reused").GetInt32());
        Assert.Equal(1, run.GetProperty("errors").GetInt32());
        var asked = site.Requests.Select(r => r.Path).Where(p => p.StartsWith("/blog/") && p != "/blog/sitemap.xml").Order(StringComparer.Ordinal);
        Assert.Equal(["/blog/", "/blog/gone", "/blog/lights"], asked);
        var reported = PagesByPath(doc);
        Assert.Equal("analysed", reported[new Uri(site.Root, "/blog/lights").AbsoluteUri].GetProperty("status").GetString());
        Assert.DoesNotContain(new Uri(site.Root, "/blog/helmets").AbsoluteUri, reported.Keys);
    }

    [Fact]
    public async Task A_private_address_is_refused_without_allow_private_and_nothing_is_written()
    {
        await using var site = await TestSite.StartAsync();
        using var db = TestDatabase.Create("sqlite");
        using var dir = TempSite.Empty();
        var report = dir.PathOf("report.json");
        var (code, _, err) = Run("audit", "--crawl", new Uri(site.Root, "/blog/").AbsoluteUri, "--db", db.Connection, "--format", "json", "-o", report);
        Assert.Equal(3, code);
        Assert.Single(err.Trim().Split('\n'));
        Assert.Contains("private or reserved address", err);
        Assert.Contains("--allow-private", err);
        Assert.Empty(site.Requests);
        Assert.False(File.Exists(db.Connection));
        Assert.False(File.Exists(report));
    }

    [Fact]
    public async Task A_site_whose_robots_txt_disallows_everything_or_that_cannot_be_found_is_an_input_error()
    {
        await using var site = await TestSite.StartAsync("User-agent: *\nDisallow: /\n");
        using var db = TestDatabase.Create("sqlite");
        foreach (var option in new[] { "--crawl", "--sitemap" })
        {
            var url = new Uri(site.Root, option == "--crawl" ? "/blog/" : "/blog/sitemap.xml").AbsoluteUri;
            var (code, _, err) = Run("audit", option, url, "--allow-private", "--db", db.Connection);
            Assert.Equal(3, code);
            Assert.Single(err.Trim().Split('\n'));
            Assert.Contains("disallowed by robots.txt", err);
        }
        var (code2, _, err2) = Run("audit", "--crawl", "http://copywise-test.invalid/", "--timeout", "5", "--db", db.Connection);
        Assert.Equal(3, code2);
        Assert.StartsWith("copywise: cannot audit http://copywise-test.invalid/: cannot reach copywise-test.invalid", err2);
        Assert.False(File.Exists(db.Connection));
    }

    [Theory]
    [InlineData("--crawl", "http://example.com/", "--sitemap", "http://example.com/sitemap.xml")]
    [InlineData("--crawl", "ftp://example.com/")]
    [InlineData("--sitemap", "sitemap.xml")]
    [InlineData("--crawl", "http://example.com/", "--max-pages", "0")]
    [InlineData("--crawl", "http://example.com/", "--max-pages", "-5")]
    [InlineData("--crawl", "http://example.com/", "--concurrency", "0")]
    [InlineData("--crawl", "http://example.com/", "--delay", "-1")]
    [InlineData("--crawl", "http://example.com/", "--timeout", "0")]
    [InlineData("--crawl", "http://example.com/", "--max-page-size", "0")]
    [InlineData("--crawl", "http://example.com/", "--user-agent", " ")]
    [InlineData("content", "--crawl", "http://example.com/")]
    [InlineData("--max-pages", "10")]
    [InlineData("--allow-private")]
    public void Bad_live_site_options_are_usage_errors_in_one_line(params string[] options)
    {
        using var db = TestDatabase.Create("sqlite");
        var (code, _, err) = Run(["audit", "--db", db.Connection, .. options]);
        Assert.Equal(2, code);
        Assert.StartsWith("copywise: ", err);
        Assert.Single(err.Trim().Split('\n'));
        Assert.False(File.Exists(db.Connection));
    }
}
