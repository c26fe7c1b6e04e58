using System.Text.Json;
using Copywise.Cli;

namespace Copywise.Audit.Tests;

/// <summary>The <c>copywise audit</c> command: options, outputs and exit codes.</summary>
public class CliTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = Program.Run(args, new StringReader(""), o, e);
        return (code, o.ToString(), e.ToString());
    }

    private static string[] Audit(TempSite site, TestDatabase db, params string[] more) =>
        ["audit", site.Root, "--config", site.PathOf("copywise.yml"), "--db", db.Connection, .. more];

    [Fact]
    public void Text_summary_has_distribution_worst_pages_and_site_issues()
    {
        using var site = TempSite.Copy("markdown");
        using var db = TestDatabase.Create("sqlite");
        var (code, output, _) = Run(Audit(site, db));
        Assert.Equal(0, code);
        Assert.Contains("copywise audit: 5 pages", output);
        Assert.Contains("5 analysed, 0 reused", output);
        Assert.Contains("Score distribution", output);
        Assert.Contains("Worst pages", output);
        Assert.Contains("Site-wide issues", output);
        Assert.Contains("Broken internal link", output);
        Assert.Contains("SEO average:", output);
        var (code2, again, _) = Run(Audit(site, db, "--compare", "last"));
        Assert.Equal(0, code2);
        Assert.Contains("0 analysed, 5 reused", again);
        Assert.Contains("Compared with run 1", again);
    }

    [Fact]
    public void The_default_database_is_beside_the_config()
    {
        using var site = TempSite.Copy("html");
        var (code, _, _) = Run("audit", "--config", site.PathOf("copywise.yml"));
        Assert.Equal(0, code);
        Assert.True(File.Exists(site.PathOf(".copywise/audit.db")));
    }

    [Fact]
    public void Fail_under_exits_1_when_a_page_or_the_site_is_under_it()
    {
        using var site = TempSite.Copy("markdown");
        using var db = TestDatabase.Create("sqlite");
        var (code, _, err) = Run(Audit(site, db, "--fail-under", "95"));
        Assert.Equal(1, code);
        Assert.Contains("page(s) failing", err);
        Assert.Equal(0, Run(Audit(site, db, "--fail-under", "0")).Code);
    }

    [Fact]
    public void Reports_go_to_standard_output_or_to_a_file_and_the_summary_beside_them()
    {
        using var site = TempSite.Copy("mixed");
        using var db = TestDatabase.Create("sqlite");
        var (code, output, err) = Run(Audit(site, db, "--format", "json"));
        // The mixed site's thresholds fail its unreadable page.
        Assert.Equal(1, code);
        using (var doc = JsonDocument.Parse(output)) Assert.Equal(5, doc.RootElement.GetProperty("pages").GetArrayLength());
        Assert.Contains("Worst pages", err);
        var file = site.PathOf("out/report.sarif");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var (_, summary, _) = Run(Audit(site, db, "--format", "sarif", "-o", file));
        Assert.Contains("Worst pages", summary);
        using (var doc = JsonDocument.Parse(File.ReadAllText(file))) Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(file)!, ".*.tmp"));
        foreach (var format in new[] { "junit", "html", "text" })
        {
            var path = site.PathOf("out/report." + format);
            Run(Audit(site, db, "--format", format, "-o", path));
            Assert.True(new FileInfo(path).Length > 100, format);
        }
    }

    [Fact]
    public void Changed_only_reports_new_and_changed_pages()
    {
        using var site = TempSite.Copy("markdown");
        using var db = TestDatabase.Create("sqlite");
        Run(Audit(site, db));
        site.Write("guide/new.md", "---\ntitle: New page\nfocus_keyword: new page\n---\nA new page about the copy checker.\n");
        var (_, output, _) = Run(Audit(site, db, "--changed-only", "--format", "json"));
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(["guide/new.md"], doc.RootElement.GetProperty("pages").EnumerateArray().Select(p => p.GetProperty("path").GetString()));
        Assert.True(doc.RootElement.GetProperty("run").GetProperty("changedOnly").GetBoolean());
    }

    [Theory]
    [InlineData(2, "--format", "pdf")]
    [InlineData(2, "--fail-under", "101")]
    [InlineData(2, "--compare", "yesterday")]
    [InlineData(2, "--jobs", "0")]
    [InlineData(2, "--bogus")]
    [InlineData(3, "--config", "/nonexistent/copywise.yml")]
    public void Bad_options_are_usage_or_input_errors(int expected, params string[] options)
    {
        using var site = TempSite.Copy("html");
        using var db = TestDatabase.Create("sqlite");
        var (code, _, err) = Run(["audit", site.Root, "--db", db.Connection, .. options]);
        Assert.Equal(expected, code);
        Assert.StartsWith("copywise: ", err);
        Assert.Single(err.Trim().Split('\n'));
    }

    [Fact]
    public void A_site_without_pages_or_a_missing_run_to_compare_is_reported()
    {
        using var site = TempSite.Empty();
        site.Write("notes.xml", "<x/>");
        using var db = TestDatabase.Create("sqlite");
        var (code, _, err) = Run("audit", site.Root, "--db", db.Connection);
        Assert.Equal(3, code);
        Assert.Contains("no pages to audit", err);
        site.Write("a.md", "Some text.");
        var (code2, _, err2) = Run("audit", site.Root, "--db", db.Connection, "--compare", "7");
        Assert.Equal(2, code2);
        Assert.Contains("no run 7", err2);
    }
}
