using Copywise.Analysis;
using Copywise.Audit;
using Copywise.Audit.Reports;
using Copywise.Audit.Storage;
using Copywise.Documents;

namespace Copywise.Audit.Tests;

/// <summary>Every cross-page check on the fixture sites, against every database.</summary>
public class SiteAuditTests
{
    public static TheoryData<string> Backends => Tests.Backends.All();

    private static AuditReport Report(TempSite site, TestDatabase db, AuditOutcome outcome, AuditStore store) =>
        new(store, outcome.Run.Id, ReportPolicy.From(site.Config(), null, false));

    private static List<string> Paths(AuditReport report, string kind) =>
        report.Findings.Where(f => f.Kind == kind).Select(f => report.Page(f.PageId).Path).Order(StringComparer.Ordinal).ToList();

    [Theory]
    [MemberData(nameof(Backends))]
    public void Markdown_site_with_front_matter(string backend)
    {
        using var site = TempSite.Copy("markdown");
        using var db = TestDatabase.Create(backend);
        var outcome = Audits.Run(site, db);
        Assert.Equal(5, outcome.Run.PageCount);
        Assert.Equal(5, outcome.Run.AnalysedCount);
        Assert.DoesNotContain(outcome.Pages, p => p.Path.StartsWith("drafts/", StringComparison.Ordinal));
        using var store = db.Open();
        var report = Report(site, db, outcome, store);

        // The keyphrase comes from the site's own front-matter key; "Checker, copy" has the same content words as "copy checker".
        Assert.Equal(["blog/launch.md", "index.md"], Paths(report, SiteChecks.KeyphraseCannibalization));
        Assert.Equal(["blog/launch.md", "guide/install.md"], Paths(report, SiteChecks.DuplicateTitle));
        Assert.Equal(["guide/configure.md", "guide/install.md"], Paths(report, SiteChecks.DuplicateDescription));
        // The home page needs no inbound link; every other page but the old news is linked.
        Assert.Equal(["blog/old-news.md"], Paths(report, SiteChecks.OrphanedPage));

        var broken = Assert.Single(report.Findings, f => f.Kind == SiteChecks.BrokenLink);
        Assert.Equal("guide/configure.md", report.Page(broken.PageId).Path);
        Assert.Equal("/guide/reference/", broken.Value);
        var source = File.ReadAllText(site.PathOf("guide/configure.md"));
        Assert.Equal("[reference](/guide/reference/)", source[broken.Start!.Value..broken.End!.Value]);

        // The old news shares "style rules" and "word lists" with the configuration page, which it does not link.
        var suggestions = report.Findings.Where(f => f.Kind == SiteChecks.LinkSuggestion && report.Page(f.PageId).Path == "blog/old-news.md").ToList();
        var toConfigure = Assert.Single(suggestions, f => report.Page(f.OtherPageId!.Value).Path == "guide/configure.md");
        Assert.Contains(toConfigure.Value, new[] { "style rules", "word lists", "style", "rules", "word", "lists" });
        Assert.DoesNotContain(suggestions, f => report.Page(f.OtherPageId!.Value).Path == "blog/launch.md"); // already linked
        Assert.All(report.Findings.Where(f => f.Kind == SiteChecks.LinkSuggestion), f => Assert.True(f.Score > 0));
        Assert.True(report.Findings.Where(f => f.Kind == SiteChecks.LinkSuggestion).GroupBy(f => f.PageId).All(g => g.Count() <= 5));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Previously_used_keyphrase_is_filled_for_every_page_as_the_library_scores_it(string backend)
    {
        using var site = TempSite.Copy("markdown");
        using var db = TestDatabase.Create(backend);
        var outcome = Audits.Run(site, db);
        using var store = db.Open();
        var report = Report(site, db, outcome, store);
        var results = report.Pages.ToDictionary(p => p.Path, p => report.Result(p)!);
        var used = results.Values.Select(r => new UsedKeyphrase(r.Paper.Keyphrase, r.Paper.Permalink)).ToList();

        var index = results["index.md"].Seo["previouslyUsedKeywords"]!.Value;
        Assert.Equal(6, index.Score);
        Assert.Contains("https://docs.example.com/blog/launch/", index.Text);
        Assert.Equal(9, results["guide/install.md"].Seo["previouslyUsedKeywords"]!.Value.Score);

        foreach (var page in report.Pages)
        {
            var stored = results[page.Path];
            // The same page analysed alone, given every page's keyphrase as the site's used keyphrases.
            var alone = Analyzer.Analyze(stored.Paper with { Text = File.ReadAllText(site.PathOf(page.Path)), UsedKeyphrases = used }, null, page.Path);
            Assert.Equal(alone.Seo.Results.Select(r => (r.Id, r.Score, r.Text)), stored.Seo.Results.Select(r => (r.Id, r.Score, r.Text)));
            Assert.Equal(alone.Seo.Score, stored.Seo.Score);
            Assert.Equal(Math.Clamp(alone.Seo.Score, 0, 100), page.SeoScore);
            Assert.Equal(alone.Readability.Score, page.ReadabilityScore);
            Assert.Equal(alone.Readability.Results.Select(r => (r.Id, r.Score, r.Text, r.Marks.Count)), stored.Readability.Results.Select(r => (r.Id, r.Score, r.Text, r.Marks.Count)));
        }
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Html_site_with_meta_tags(string backend)
    {
        using var site = TempSite.Copy("html");
        using var db = TestDatabase.Create(backend);
        var outcome = Audits.Run(site, db);
        Assert.Equal(4, outcome.Run.PageCount);
        using var store = db.Open();
        var report = Report(site, db, outcome, store);
        var jacket = report.Pages.Single(p => p.Path == "products/jacket.html");
        Assert.Equal("light rain jacket", jacket.Keyphrase);
        Assert.Null(report.Result(jacket)!.Seo["titleWidth"]);
        Assert.Equal(["products/boots.html", "products/jacket.html"], Paths(report, SiteChecks.DuplicateTitle));
        Assert.Empty(Paths(report, SiteChecks.DuplicateDescription));
        Assert.Empty(Paths(report, SiteChecks.KeyphraseCannibalization));
        Assert.Equal(["products/socks.html"], Paths(report, SiteChecks.OrphanedPage));
        var broken = Assert.Single(report.Findings, f => f.Kind == SiteChecks.BrokenLink);
        Assert.Equal("/products/gloves.html", broken.Value);
        Assert.Contains(report.Findings, f => f.Kind == SiteChecks.LinkSuggestion
            && report.Page(f.PageId).Path == "products/socks.html" && report.Page(f.OtherPageId!.Value).Path == "products/boots.html");
        // The boots page links the shop; the absolute link with the shop's host counts as internal.
        Assert.DoesNotContain(report.Findings, f => f.Kind == SiteChecks.LinkSuggestion
            && report.Page(f.PageId).Path == "index.html" && report.Page(f.OtherPageId!.Value).Path == "products/boots.html");
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Mixed_site_with_locales_text_and_an_unreadable_page(string backend)
    {
        using var site = TempSite.Copy("mixed");
        using var db = TestDatabase.Create(backend);
        var outcome = Audits.Run(site, db);
        Assert.Equal(5, outcome.Run.PageCount);
        Assert.Equal(1, outcome.Run.ErrorCount);
        var broken = outcome.Pages.Single(p => p.Path == "news/broken.md");
        Assert.Equal("error", broken.Status);
        Assert.Contains("front matter", broken.Error);
        Assert.Null(broken.SeoScore);
        using var store = db.Open();
        var report = Report(site, db, outcome, store);
        // The link to the unreadable page points at a file that exists; the market's "budget/" resolves against its URL.
        Assert.Empty(Paths(report, SiteChecks.BrokenLink));
        Assert.Empty(Paths(report, SiteChecks.OrphanedPage));
        var french = report.Result(report.Pages.Single(p => p.Path == "fr/index.md"))!;
        Assert.Equal("fr", french.Language);
        Assert.Equal("fr_FR", french.Paper.Locale);
        // French has its own rules: the page is analysed in French, not as an unsupported language.
        Assert.DoesNotContain(french.Notes, n => n.Contains("not supported", StringComparison.Ordinal));
        Assert.NotNull(french.Readability["textTransitionWords"]);
        var english = report.Result(report.Pages.Single(p => p.Path == "index.md"))!;
        Assert.Equal("en_GB", english.Paper.Locale);
        var budget = report.Result(report.Pages.Single(p => p.Path == "news/budget.txt"))!;
        Assert.Equal(DocumentFormat.Text, budget.Paper.Format);
        Assert.Equal("Council approves the city budget", budget.Paper.Title);
        Assert.Equal(DocumentFormat.Html, report.Result(report.Pages.Single(p => p.Path == "news/market.html"))!.Paper.Format);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Site_checks_can_be_switched_off(string backend)
    {
        using var site = TempSite.Copy("markdown");
        File.AppendAllText(site.PathOf("copywise.yml"), "disable: [orphanedPage, linkSuggestion, duplicateTitle, previouslyUsedKeywords]\n");
        using var db = TestDatabase.Create(backend);
        var outcome = Audits.Run(site, db);
        Assert.DoesNotContain(outcome.Findings, f => f.Kind is SiteChecks.OrphanedPage or SiteChecks.LinkSuggestion or SiteChecks.DuplicateTitle);
        Assert.Contains(outcome.Findings, f => f.Kind == SiteChecks.DuplicateDescription);
        using var store = db.Open();
        var report = Report(site, db, outcome, store);
        Assert.All(report.Pages, p => Assert.Null(report.Result(p)!.Seo["previouslyUsedKeywords"]));
    }
}
