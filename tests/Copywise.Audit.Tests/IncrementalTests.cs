using Copywise.Audit;
using Copywise.Audit.Reports;
using Copywise.Audit.Storage;
using Copywise.Documents;

namespace Copywise.Audit.Tests;

public class IncrementalTests
{
    public static TheoryData<string> Backends => Tests.Backends.All();

    [Theory]
    [MemberData(nameof(Backends))]
    public void Unchanged_pages_are_not_analysed_again(string backend)
    {
        using var site = TempSite.Copy("markdown");
        using var db = TestDatabase.Create(backend);
        var first = Audits.Run(site, db);
        var second = Audits.Run(site, db);
        Assert.Equal(0, second.Run.AnalysedCount);
        Assert.Equal(5, second.Run.ReusedCount);
        Assert.All(second.Pages, p => Assert.Equal("reused", p.Status));
        Assert.All(second.Pages, p => Assert.False(p.Changed));
        // Reused analyses give the same scores and the same site-wide findings.
        Assert.Equal(first.Pages.Select(p => (p.Path, p.SeoScore, p.ReadabilityScore)), second.Pages.Select(p => (p.Path, p.SeoScore, p.ReadabilityScore)));
        Assert.Equal(first.Findings.Select(f => (f.Kind, f.Value, f.Score)).Order(), second.Findings.Select(f => (f.Kind, f.Value, f.Score)).Order());
        using var store = db.Open();
        Assert.Equal(5, store.Count("analyses"));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void A_changed_page_is_analysed_again_and_the_comparison_lists_it(string backend)
    {
        using var site = TempSite.Copy("markdown");
        using var db = TestDatabase.Create(backend);
        var first = Audits.Run(site, db);
        // The install guide loses its keyphrase in the title and gains a long sentence; a new page appears; the old news goes.
        site.Write("guide/install.md", File.ReadAllText(site.PathOf("guide/install.md")).Replace("title: Install the copy checker", "title: Getting started")
            + "\nThis sentence goes on and on and on with many words that add nothing at all to what the reader needs to know about the installation of anything whatsoever.\n");
        site.Write("guide/faq.md", "---\ntitle: Questions\nfocus_keyword: copy checker questions\n---\nQuestions about the copy checker.\n");
        File.Delete(site.PathOf("blog/old-news.md"));
        var second = Audits.Run(site, db);
        Assert.Equal(2, second.Run.AnalysedCount);
        Assert.Equal(3, second.Run.ReusedCount);
        Assert.Equal(["guide/faq.md", "guide/install.md"], second.Pages.Where(p => p.Changed).Select(p => p.Path));

        using var store = db.Open();
        var comparison = store.Compare(first.Run.Id, second.Run.Id);
        Assert.Contains(comparison.Down, c => c.Path == "guide/install.md" && c.SeoAfter < c.SeoBefore);
        Assert.Equal(["guide/faq.md"], comparison.Added);
        Assert.Equal(["blog/old-news.md"], comparison.Removed);
        Assert.Equal(first.Run.Id, store.LastCompleteRun(second.Run.Id)!.Id);

        // Changed only: the report has the two changed pages and their findings, and names the other pages of a group.
        var report = new AuditReport(store, second.Run.Id, ReportPolicy.From(site.Config(), null, changedOnly: true));
        Assert.Equal(["guide/faq.md", "guide/install.md"], report.Pages.Select(p => p.Path));
        Assert.All(report.Findings, f => Assert.Contains(report.Page(f.PageId).Path, new[] { "guide/faq.md", "guide/install.md" }));
        var cannibal = report.Findings.Where(f => f.Kind == SiteChecks.DuplicateDescription).ToList();
        Assert.All(cannibal, f => Assert.Contains("guide/configure.md", report.Describe(f)));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Settings_that_change_an_analysis_analyse_every_page_again(string backend)
    {
        using var site = TempSite.Copy("markdown");
        using var db = TestDatabase.Create(backend);
        Audits.Run(site, db);
        File.WriteAllText(site.PathOf("copywise.yml"), File.ReadAllText(site.PathOf("copywise.yml")).Replace("https://docs.example.com/", "https://help.example.com/"));
        var second = Audits.Run(site, db);
        Assert.Equal(5, second.Run.AnalysedCount);
        Assert.All(second.Pages, p => Assert.StartsWith("https://help.example.com/", p.Url));
        // Settings that only change the report do not.
        File.AppendAllText(site.PathOf("copywise.yml"), "suggestions: 2\nthresholds: { seo: 10 }\n");
        Assert.Equal(0, Audits.Run(site, db).Run.AnalysedCount);
    }
}

public class StoreTests
{
    public static TheoryData<string> Backends => Tests.Backends.All();

    [Theory]
    [MemberData(nameof(Backends))]
    public void Migrations_are_applied_once_and_recorded(string backend)
    {
        using var db = TestDatabase.Create(backend);
        using (var store = db.Open())
        {
            Assert.Equal(Migrations.Latest, store.Count("schema_migrations"));
            Assert.Equal(0, Migrations.Apply(store.Connection, store.Kind));
        }
        using (var again = db.Open()) Assert.Equal(Migrations.Latest, again.Count("schema_migrations"));
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void A_new_step_is_applied_to_an_existing_database_and_only_once(string backend)
    {
        using var db = TestDatabase.Create(backend);
        using var store = db.Open();
        var next = Migrations.All.Append(new Migration(Migrations.Latest + 1, "page notes", ["CREATE TABLE page_notes (id {id}, page_id BIGINT NOT NULL, note TEXT NOT NULL)"])).ToList();
        Assert.Equal(1, Migrations.Apply(store.Connection, store.Kind, next));
        Assert.Equal(0, Migrations.Apply(store.Connection, store.Kind, next));
        Assert.Equal(0, store.Count("page_notes"));
        // This build does not know that step: it refuses the newer database rather than misread it.
        store.Dispose();
        var e = Assert.Throws<CopywiseInputException>(() => db.Open());
        Assert.Contains("newer", e.Message);
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void Results_read_back_as_the_analysis_wrote_them(string backend)
    {
        using var site = TempSite.Copy("mixed");
        using var db = TestDatabase.Create(backend);
        var outcome = Audits.Run(site, db);
        using var store = db.Open();
        var analyzer = new PageAnalyzer(site.Config());
        foreach (var page in outcome.Pages.Where(p => p.AnalysisId != null))
        {
            var fresh = analyzer.Analyze(page.Path, File.ReadAllBytes(site.PathOf(page.Path))).Result;
            var stored = store.LoadResult(outcome.Run.Id, page.PageId, page.AnalysisId!.Value);
            string Shape(Copywise.Analysis.ResultGroup g) => string.Join("\n", g.Results.Where(r => r.Id != "previouslyUsedKeywords").Select(r => $"{r.Id} {r.Score} {r.Text} {r.Fix} {AuditStore.FormatMarks(r.Marks)}"));
            Assert.Equal(Shape(fresh.Seo), Shape(stored.Seo));
            Assert.Equal(Shape(fresh.Readability), Shape(stored.Readability));
            Assert.Equal(fresh.Readability.Score, stored.Readability.Score);
            Assert.Equal(fresh.Facts.WordCount, stored.Facts.WordCount);
            Assert.Equal(fresh.Facts.Extra, stored.Facts.Extra);
            Assert.Equal(fresh.Notes, stored.Notes);
            Assert.Equal(fresh.Paper with { Text = "", TitleWidth = null }, stored.Paper with { Related = fresh.Paper.Related });
        }
        Assert.Equal(0, store.IncompleteAnalyses());
    }

    [Fact]
    public void Marks_have_a_compact_stored_form()
    {
        var marks = new[] { new Copywise.Analysis.Mark(0, 5), new Copywise.Analysis.Mark(17, 230) };
        Assert.Equal("0-5 17-230", AuditStore.FormatMarks(marks));
        Assert.Equal(marks, AuditStore.ParseMarks("0-5 17-230"));
        Assert.Empty(AuditStore.ParseMarks(""));
    }

    [Fact]
    public void A_database_that_cannot_be_opened_is_an_input_error()
    {
        var e = Assert.Throws<CopywiseInputException>(() => AuditStore.Open("Host=127.0.0.1;Port=1;Database=none;Timeout=1"));
        Assert.StartsWith("cannot open the audit database", e.Message);
    }
}
