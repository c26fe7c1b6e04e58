using System.Text.Json;
using System.Xml.Linq;
using Copywise.Audit;
using Copywise.Audit.Reports;
using NJsonSchema;

namespace Copywise.Audit.Tests;

public class ReportTests
{
    private sealed class Audited : IDisposable
    {
        public Audited(string fixture, int? failUnder = null)
        {
            Site = TempSite.Copy(fixture);
            Db = TestDatabase.Create("sqlite");
            var outcome = Audits.Run(Site, Db);
            Store = Db.Open();
            Report = new AuditReport(Store, outcome.Run.Id, ReportPolicy.From(Site.Config(), failUnder, false));
        }

        public TempSite Site { get; }
        public TestDatabase Db { get; }
        public Storage.AuditStore Store { get; }
        public AuditReport Report { get; }

        public string Render(Action<AuditReport, Stream> write)
        {
            using var ms = new MemoryStream();
            write(Report, ms);
            return System.Text.Encoding.UTF8.GetString(ms.ToArray());
        }

        public void Dispose()
        {
            Store.Dispose();
            Db.Dispose();
            Site.Dispose();
        }
    }

    internal static readonly Lazy<JsonSchema> Sarif = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "tests", "Copywise.Audit.Tests", "Schemas", "sarif-2.1.0-rtm.5.json"))).GetAwaiter().GetResult());

    [Theory]
    [InlineData("markdown")]
    [InlineData("html")]
    [InlineData("mixed")]
    public void Sarif_is_valid_against_the_sarif_2_1_0_schema(string fixture)
    {
        using var a = new Audited(fixture);
        var sarif = a.Render((r, s) => SarifReport.Write(r, s, a.Site.Root));
        var errors = Sarif.Value.Validate(sarif);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
        using var doc = JsonDocument.Parse(sarif);
        var run = doc.RootElement.GetProperty("runs")[0];
        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Contains("keyphraseDensity", rules);
        Assert.Contains("textSentenceLength", rules);
        Assert.Contains(SiteChecks.BrokenLink, rules);
        foreach (var result in run.GetProperty("results").EnumerateArray())
        {
            // Every result names a rule of the catalogue by id and index.
            int index = result.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(rules[index], result.GetProperty("ruleId").GetString());
        }
    }

    [Fact]
    public void Sarif_regions_point_at_the_marked_markdown_lines()
    {
        using var a = new Audited("markdown");
        using var doc = JsonDocument.Parse(a.Render((r, s) => SarifReport.Write(r, s, a.Site.Root)));
        var results = doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        string Region(JsonElement result, out string uri)
        {
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            uri = location.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
            var region = location.GetProperty("region");
            var text = File.ReadAllText(a.Site.PathOf(uri));
            // Back from line and column (from 1, UTF-16) to an offset.
            int Offset(int line, int column)
            {
                int at = 0;
                for (int l = 1; l < line; l++) at = text.IndexOf('\n', at) + 1;
                return at + column - 1;
            }
            int start = Offset(region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32());
            int end = Offset(region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32());
            return text[start..end];
        }
        var broken = results.Single(r => r.GetProperty("ruleId").GetString() == SiteChecks.BrokenLink);
        Assert.Equal("[reference](/guide/reference/)", Region(broken, out var uri));
        Assert.Equal("guide/configure.md", uri);
        Assert.Equal("error", broken.GetProperty("level").GetString());
        // Results with marks on words of a wrapped paragraph land on those words.
        var marked = results.Where(r => r.GetProperty("ruleId").GetString() is "keyphraseDensity" or "keyphraseDistribution" or "introductionKeyword"
            && r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").TryGetProperty("startColumn", out _)).ToList();
        Assert.NotEmpty(marked);
        foreach (var r in marked)
        {
            var text = Region(r, out var file);
            Assert.False(string.IsNullOrWhiteSpace(text));
            if (r.GetProperty("ruleId").GetString() == "keyphraseDensity" && file == "guide/configure.md")
                Assert.Contains(text.ToLowerInvariant(), new[] { "configure", "checker", "configuration" });
        }
        // A page-wide result points at the first line of its file.
        var textLength = results.First(r => r.GetProperty("ruleId").GetString() == "textLength");
        Assert.Equal(1, textLength.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void Sarif_has_one_result_per_failing_assessment()
    {
        using var a = new Audited("markdown");
        using var doc = JsonDocument.Parse(a.Render((r, s) => SarifReport.Write(r, s, a.Site.Root)));
        var results = doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("properties").TryGetProperty("group", out _)).ToList();
        int failing = a.Report.Pages.Sum(p =>
        {
            var r = a.Report.Result(p)!;
            return r.Seo.Results.Concat(r.Readability.Results).Concat(r.Related.SelectMany(g => g.Group.Results)).Count(a.Report.Policy.IsFailing);
        });
        Assert.True(failing > 0);
        Assert.Equal(failing, results.Count);
        Assert.All(results, r => Assert.Contains(r.GetProperty("level").GetString(), new[] { "error", "warning" }));
    }

    [Fact]
    public void Json_has_the_result_objects_and_the_site_findings()
    {
        using var a = new Audited("mixed");
        using var doc = JsonDocument.Parse(a.Render(JsonReport.Write));
        var root = doc.RootElement;
        Assert.Equal(5, root.GetProperty("run").GetProperty("pages").GetInt32());
        var pages = root.GetProperty("pages").EnumerateArray().ToList();
        Assert.Equal(5, pages.Count);
        var index = pages.Single(p => p.GetProperty("path").GetString() == "index.md");
        var result = index.GetProperty("result");
        Assert.True(result.GetProperty("seo").GetProperty("results").GetArrayLength() > 0);
        Assert.True(result.GetProperty("readability").GetProperty("score").GetInt32() > 0);
        Assert.Equal("city news", result.GetProperty("paper").GetProperty("keyphrase").GetString());
        Assert.Contains(result.GetProperty("seo").GetProperty("results").EnumerateArray(), r => r.GetProperty("id").GetString() == "previouslyUsedKeywords");
        var broken = pages.Single(p => p.GetProperty("path").GetString() == "news/broken.md");
        Assert.Equal("error", broken.GetProperty("status").GetString());
        Assert.False(broken.TryGetProperty("result", out _));
        var site = root.GetProperty("site");
        foreach (var check in SiteChecks.Catalogue) Assert.True(site.TryGetProperty(check.Id, out _), check.Id);
    }

    [Fact]
    public void Json_groups_duplicates_and_lists_suggestions_with_their_phrase()
    {
        using var a = new Audited("markdown");
        using var doc = JsonDocument.Parse(a.Render(JsonReport.Write));
        var site = doc.RootElement.GetProperty("site");
        var titles = site.GetProperty(SiteChecks.DuplicateTitle).EnumerateArray().Single();
        Assert.Equal("Install the copy checker", titles.GetProperty("value").GetString());
        Assert.Equal(["blog/launch.md", "guide/install.md"], titles.GetProperty("pages").EnumerateArray().Select(p => p.GetString()).Order());
        var suggestion = site.GetProperty(SiteChecks.LinkSuggestion).EnumerateArray().First();
        Assert.False(string.IsNullOrEmpty(suggestion.GetProperty("phrase").GetString()));
        Assert.StartsWith("https://docs.example.com/", suggestion.GetProperty("targetUrl").GetString());
    }

    [Fact]
    public void Junit_has_a_case_per_page_and_group_and_one_per_site_check()
    {
        using var a = new Audited("mixed");
        var xml = XDocument.Parse(a.Render(JUnitReport.Write));
        var suites = xml.Root!.Elements("testsuite").ToList();
        Assert.Equal(a.Report.Pages.Count + 1, suites.Count);
        var index = suites.Single(s => (string?)s.Attribute("name") == "index.md");
        Assert.Equal(["seo", "readability"], index.Elements("testcase").Select(c => (string?)c.Attribute("name")));
        var broken = suites.Single(s => (string?)s.Attribute("name") == "news/broken.md");
        Assert.NotNull(broken.Element("testcase")!.Element("error"));
        var site = suites.Single(s => (string?)s.Attribute("name") == "site");
        Assert.Equal(SiteChecks.Catalogue.Count, site.Elements("testcase").Count());
        int cases = xml.Descendants("testcase").Count();
        Assert.Equal(cases, (int)xml.Root!.Attribute("tests")!);
        Assert.Equal(xml.Descendants("failure").Count(), (int)xml.Root!.Attribute("failures")!);
        // Mixed has thresholds (SEO 30, readability 40) and counts only red results as failing.
        foreach (var c in xml.Descendants("testcase").Where(c => c.Element("failure") != null && c.Parent!.Attribute("name")!.Value != "site"))
            Assert.True(c.Element("failure")!.Value.Contains("[bad]") || c.Element("failure")!.Attribute("message")!.Value.Contains("under"));
    }

    [Fact]
    public void Html_is_one_self_contained_file_with_table_chart_and_drill_down()
    {
        using var a = new Audited("markdown");
        var html = a.Render(HtmlReport.Write);
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<table id=\"pages\">", html);
        Assert.Contains("<svg class=\"chart\"", html);
        Assert.Contains("<script>", html);
        Assert.Equal(a.Report.Pages.Count, System.Text.RegularExpressions.Regex.Matches(html, "<article class=\"page\"").Count);
        Assert.Matches("<span data-m=\" [0-9 ]+ \">", html);
        // Nothing is loaded from elsewhere.
        Assert.DoesNotMatch("<(script|img|iframe)[^>]+src=", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("@import", html);
    }

    [Fact]
    public void Html_escapes_the_pages_it_embeds()
    {
        using var a = new Audited("html");
        var html = a.Render(HtmlReport.Write);
        Assert.Contains("&lt;meta name=&quot;keyphrase&quot;", html.Replace("&#x22;", "&quot;"));
        Assert.DoesNotContain("<meta name=\"keyphrase\"", html);
    }

    [Fact]
    public void Summary_figures_follow_the_pages()
    {
        using var a = new Audited("markdown", failUnder: 101 - 1);
        var (seo, readability) = a.Report.Distribution();
        Assert.Equal(a.Report.Pages.Count, seo.Sum());
        Assert.Equal(a.Report.Pages.Count, readability.Sum());
        var worst = a.Report.WorstPages(3);
        Assert.Equal(3, worst.Count);
        Assert.True(worst[0].Worst <= worst[1].Worst && worst[1].Worst <= worst[2].Worst);
        Assert.Equal(a.Report.Pages.Count, a.Report.FailingPages().Count);
        Assert.True(a.Report.SiteFails());
    }

    [Fact]
    public void Line_index_counts_lines_and_utf16_columns_from_one()
    {
        var lines = new LineIndex("ab\r\ncé😀d\nx");
        Assert.Equal((1, 1), lines.At(0));
        Assert.Equal((2, 1), lines.At(4));
        Assert.Equal((2, 5), lines.At(8));
        Assert.Equal((3, 1), lines.At(10));
        Assert.Equal((3, 2), lines.At(99));
    }
}
