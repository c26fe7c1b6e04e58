using System.Globalization;
using Copywise.Audit;
using Copywise.Audit.Reports;
using Copywise.Audit.Storage;
using Copywise.Crawl;
using Copywise.Documents;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Copywise.Cli;

/// <summary>
/// <c>copywise audit</c>: every page of a site, the site-wide checks, the history in a database, and a report in the
/// format CI reads. A live progress bar while it runs (on a terminal), a summary at the end.
/// </summary>
internal static class AuditCommand
{
    public static readonly string[] Formats = ["text", "json", "sarif", "junit", "html"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        // An audit is a batch job: throughput matters, pauses do not. Without background collections the garbage
        // collector spends less processor time on a heap that holds a whole site (100,000 pages: 58 s instead of 61).
        System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.Batch;
        var cl = CommandLine.Parse(args, ["--config", "--db", "--format", "-o", "--output", "--fail-under", "--compare", "--jobs",
            "--crawl", "--sitemap", "--max-pages", "--concurrency", "--delay", "--timeout", "--max-page-size", "--user-agent"], ["--changed-only", "--allow-private"]);
        string format = cl.Value("--format") ?? "text";
        if (!Formats.Contains(format)) throw new UsageException($"option --format takes {string.Join(", ", Formats)}, not '{format}'");
        int? failUnder = cl.Value("--fail-under") is null ? null : cl.Int("--fail-under", 0, 0, 100);
        int jobs = cl.Int("--jobs", 0, 1, 256);
        string? compare = cl.Value("--compare");
        if (compare != null && compare != "last" && !long.TryParse(compare, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            throw new UsageException($"option --compare takes a run number or 'last', not '{compare}'");
        string? output = cl.Value("-o") ?? cl.Value("--output");
        if (output != null && Directory.Exists(output)) throw new UsageException($"{output}: is a directory");
        bool changedOnly = cl.Has("--changed-only");
        var live = LiveSite.Parse(cl);

        var cwd = Directory.GetCurrentDirectory();
        var config = AuditConfig.Load(cl.Value("--config"), cwd);
        // A live site is reached before anything is stored: a site that cannot be read leaves nothing half-written.
        using var web = live?.Open(config, changedOnly);
        PageSource source;
        if (web != null) source = web;
        else
        {
            var site = SiteFiles.Find(cl.Positional, config, cwd);
            if (site.Files.Count == 0) throw new CopywiseInputException($"no pages to audit in {site.Root} (pages are {string.Join(", ", AuditConfig.PageExtensions)})");
            source = PageSource.Files(site);
        }
        string database = cl.Value("--db") ?? ResolveDatabase(config);

        using var store = AuditStore.Open(database);
        long? compareFrom = null;
        if (compare != null && compare != "last")
        {
            compareFrom = long.Parse(compare, CultureInfo.InvariantCulture);
            if (store.Run(compareFrom.Value) is null) throw new UsageException($"option --compare: there is no run {compare} in {store.Description}");
        }
        var progress = new AuditProgress();
        var outcome = RunWithProgress(() => Auditor.Run(store, config, source, changedOnly, jobs, progress), progress, source.Count.HasValue, stderr);
        if (web != null) foreach (var note in web.Notes) stderr.WriteLine("copywise: " + note);
        var run = outcome.Run;
        RunComparison? comparison = null;
        if (compare != null)
        {
            compareFrom ??= store.LastCompleteRun(run.Id, source.HistoryRoot)?.Id;
            if (compareFrom is { } from) comparison = store.Compare(from, run.Id);
            else stderr.WriteLine("copywise: no earlier complete run to compare with");
        }
        var report = new AuditReport(store, outcome, ReportPolicy.From(config, failUnder, changedOnly), comparison);

        TextWriter summaryTo = stdout;
        if (format == "text")
        {
            if (output != null) WriteFile(output, s => { using var w = new StreamWriter(s); Summary.Write(report, store, w, color: false); });
            else Summary.Write(report, store, stdout, color: ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected);
        }
        else
        {
            Action<Stream> write = format switch
            {
                "json" => s => JsonReport.Write(report, s),
                "sarif" => s => SarifReport.Write(report, s, cwd),
                "junit" => s => JUnitReport.Write(report, s),
                _ => s => HtmlReport.Write(report, s),
            };
            if (output != null)
            {
                WriteFile(output, write);
                Summary.Write(report, store, stdout, color: ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected);
            }
            else if (ReferenceEquals(stdout, Console.Out))
            {
                // Streamed: the report of a large site does not fit in memory as one string.
                stdout.Flush();
                using (var s = Console.OpenStandardOutput()) write(s);
                Summary.Write(report, store, stderr, color: false);
            }
            else
            {
                using (var ms = new MemoryStream())
                {
                    write(ms);
                    stdout.Write(System.Text.Encoding.UTF8.GetString(ms.GetBuffer(), 0, (int)ms.Length));
                    stdout.Flush();
                }
                Summary.Write(report, store, stderr, color: false);
            }
        }

        var failing = report.FailingPages();
        bool siteFails = !changedOnly && report.SiteFails();
        if (failing.Count > 0 || siteFails)
        {
            var (seo, readability) = report.Averages();
            var why = new List<string>();
            if (failing.Count > 0) why.Add($"{failing.Count} page(s) failing");
            if (siteFails) why.Add($"site average under the threshold (SEO {seo:0.#}, readability {readability:0.#})");
            stderr.WriteLine("copywise: " + string.Join("; ", why));
            return Program.BelowThreshold;
        }
        return Program.Ok;
    }

    private static string ResolveDatabase(AuditConfig config)
    {
        if (config.Database is not { Length: > 0 } db) return config.DefaultDatabase;
        if (AuditStore.IsPostgres(db) || db.Contains('=')) return db;
        return Path.IsPathRooted(db) ? db : Path.Combine(config.BaseDirectory, db);
    }

    // The file appears only when complete, as batch -o does.
    private static void WriteFile(string output, Action<Stream> write)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(output))!;
        if (!Directory.Exists(dir)) throw new CopywiseInputException($"{output}: no such directory {dir}");
        var temp = Path.Combine(dir, "." + Path.GetFileName(output) + "." + Environment.ProcessId + ".tmp");
        try
        {
            using (var s = File.Create(temp)) write(s);
            File.Move(temp, output, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    // Pages done out of the total, or (a crawl, whose total is unknown) pages done and the time it has taken.
    private static AuditOutcome RunWithProgress(Func<AuditOutcome> audit, AuditProgress progress, bool knownTotal, TextWriter stderr)
    {
        bool live = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
        if (!live) return audit();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var task = Task.Run(audit);
        ProgressColumn[] columns = knownTotal
            ? [new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new PagesColumn(true), new RateColumn(), new RemainingTimeColumn()]
            : [new TaskDescriptionColumn(), new SpinnerColumn(), new PagesColumn(false), new RateColumn(), new ElapsedTimeColumn()];
        console.Progress()
            .AutoClear(true)
            .Columns(columns)
            .Start(ctx =>
            {
                var bar = ctx.AddTask(knownTotal ? "analysing" : "crawling", maxValue: Math.Max(1, progress.Total ?? 1));
                while (!task.Wait(100))
                {
                    // Without a total the bar stays one page short of full, so it keeps counting (and spinning).
                    bar.MaxValue = Math.Max(1, progress.Total ?? progress.Done + 1);
                    bar.Value = progress.Done;
                    bar.Description = knownTotal || progress.Phase != "analysing" ? progress.Phase : "crawling";
                }
                bar.MaxValue = Math.Max(bar.MaxValue, progress.Done);
                bar.Value = bar.MaxValue;
            });
        return task.GetAwaiter().GetResult();
    }

    private sealed class PagesColumn(bool total) : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Spectre.Console.Text(total ? $"{task.Value:N0}/{task.MaxValue:N0} pages" : $"{task.Value:N0} pages", new Style(Color.Grey));
    }

    private sealed class RateColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Spectre.Console.Text(task.Speed is { } s ? $"{s:N0} pages/s" : "", new Style(Color.Grey));
    }
}

/// <summary>
/// <c>--crawl URL</c> or <c>--sitemap URL</c> and the options of reading a live site, checked before anything else is
/// done; the config's <c>crawl</c> settings fill in what the command line leaves out.
/// </summary>
internal sealed record LiveSite(Uri Url, bool Sitemap, int? MaxPages, int? Concurrency, int? DelayMs, int? TimeoutSeconds, int? MaxPageMb, string? UserAgent, bool AllowPrivate)
{
    // Options that only mean something when reading a live site.
    private static readonly string[] CrawlOnly = ["--max-pages", "--concurrency", "--delay", "--timeout", "--max-page-size", "--user-agent", "--allow-private"];

    public static LiveSite? Parse(CommandLine cl)
    {
        string? crawl = cl.Value("--crawl"), sitemap = cl.Value("--sitemap");
        if (crawl is null && sitemap is null)
        {
            foreach (var name in CrawlOnly)
            {
                if (cl.Value(name) != null || cl.Has(name)) throw new UsageException($"option {name} needs --crawl or --sitemap");
            }
            return null;
        }
        if (crawl != null && sitemap != null) throw new UsageException("options --crawl and --sitemap cannot be used together");
        string option = crawl != null ? "--crawl" : "--sitemap";
        if (cl.Positional.Count > 0) throw new UsageException($"option {option} audits a live site: no path may be given with it (got '{cl.Positional[0]}')");
        string value = crawl ?? sitemap!;
        if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || !SiteUrl.IsWeb(url) || string.IsNullOrEmpty(url.Host))
            throw new UsageException($"option {option} takes an absolute http or https URL, not '{value}'");
        int? Int(string name, int min, int max) => cl.Value(name) is null ? null : cl.Int(name, 0, min, max);
        string? agent = cl.Value("--user-agent");
        if (agent != null && (agent.Trim().Length == 0 || agent.Any(char.IsControl))) throw new UsageException("option --user-agent takes a non-empty single line");
        return new LiveSite(url, sitemap != null, Int("--max-pages", 1, 10_000_000), Int("--concurrency", 1, 64), Int("--delay", 0, 600_000),
            Int("--timeout", 1, 600), Int("--max-page-size", 1, 1024), agent?.Trim(), cl.Has("--allow-private"));
    }

    /// <summary>The crawl's options: the command line's, else the config's, else the defaults.</summary>
    public CrawlOptions Options(AuditConfig config)
    {
        var defaults = new CrawlOptions();
        var c = config.Crawl;
        return new CrawlOptions
        {
            MaxPages = MaxPages ?? c.MaxPages ?? defaults.MaxPages,
            Concurrency = Concurrency ?? c.Concurrency ?? defaults.Concurrency,
            Delay = DelayMs is { } ms ? TimeSpan.FromMilliseconds(ms) : c.DelayMs is { } cms ? TimeSpan.FromMilliseconds(cms) : defaults.Delay,
            Timeout = TimeoutSeconds is { } s ? TimeSpan.FromSeconds(s) : defaults.Timeout,
            MaxPageBytes = MaxPageMb is { } mb ? mb * 1024L * 1024 : defaults.MaxPageBytes,
            UserAgent = UserAgent ?? c.UserAgent ?? defaults.UserAgent,
            KeyphraseMeta = c.KeyphraseMeta ?? config.Keys.Keyphrase ?? defaults.KeyphraseMeta,
            AllowPrivate = AllowPrivate,
        };
    }

    /// <summary>Reaches the site: reads the start page or the sitemap.</summary>
    /// <exception cref="CopywiseInputException">The site cannot be read.</exception>
    public WebSource Open(AuditConfig config, bool changedOnly)
    {
        var options = Options(config);
        try { options.Validate(); }
        catch (ArgumentException e) { throw new UsageException(e.Message); }
        return Sitemap
            ? WebSource.SitemapAsync(Url, options, skipUnchanged: changedOnly).GetAwaiter().GetResult()
            : WebSource.CrawlAsync(Url, options).GetAwaiter().GetResult();
    }
}

/// <summary>The end-of-run summary: figures, score distribution, the worst pages, site-wide issues, changes.</summary>
internal static class Summary
{
    public const int WorstPages = 10;

    public static void Write(AuditReport report, AuditStore store, TextWriter output, bool color)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = color ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = color ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = Math.Max(console.Profile.Width, 100);
        var run = report.Run;
        double seconds = (run.ElapsedMs ?? 0) / 1000.0;
        string rate = seconds > 0 ? $" ({run.PageCount / seconds:N0} pages/s)" : "";
        console.MarkupLine($"[bold]copywise audit[/]: {run.PageCount:N0} pages in {seconds:0.0} s{rate} — {run.AnalysedCount:N0} analysed, {run.ReusedCount:N0} reused, {run.ErrorCount:N0} unreadable");
        console.MarkupLine($"[grey]run {run.Id} · {Markup.Escape(store.Description)} · engine {Markup.Escape(run.EngineVersion)}[/]");
        if (report.Policy.ChangedOnly) console.MarkupLine($"[grey]changed only: {report.Pages.Count:N0} new or changed page(s) reported[/]");
        if (report.Pages.Count == 0)
        {
            console.MarkupLine("Nothing to report.");
            return;
        }

        console.WriteLine();
        console.Write(new Rule("[bold]Score distribution[/]") { Justification = Justify.Left });
        var (seo, readability) = report.Distribution();
        int max = Math.Max(1, Math.Max(seo.Max(), readability.Max()));
        var dist = new Table().Border(TableBorder.None).AddColumn("score").AddColumn(new TableColumn("SEO")).AddColumn(new TableColumn("Readability"));
        for (int b = 9; b >= 0; b--)
        {
            string range = b == 9 ? "90-100" : $"{b * 10}-{b * 10 + 9}";
            dist.AddRow(new Markup(range), new Markup(Bar(seo[b], max, "blue")), new Markup(Bar(readability[b], max, "red")));
        }
        console.Write(dist);

        console.WriteLine();
        console.Write(new Rule("[bold]Worst pages[/]") { Justification = Justify.Left });
        var worst = new Table().Border(TableBorder.Simple).AddColumn("page").AddColumn(new TableColumn("SEO").RightAligned()).AddColumn(new TableColumn("readability").RightAligned()).AddColumn("keyphrase");
        foreach (var p in report.WorstPages(WorstPages))
        {
            if (p.Error != null) worst.AddRow(Markup.Escape(p.Path), "–", "–", "[red]" + Markup.Escape("unreadable: " + p.Error) + "[/]");
            else worst.AddRow(Markup.Escape(p.Path), Score(p.SeoScore, true), Score(p.ReadabilityScore, false), Markup.Escape(p.Keyphrase.Length > 0 ? p.Keyphrase : "(none)"));
        }
        console.Write(worst);

        console.Write(new Rule("[bold]Site-wide issues[/]") { Justification = Justify.Left });
        var issues = new Table().Border(TableBorder.Simple).AddColumn("check").AddColumn(new TableColumn("pages").RightAligned()).AddColumn("for example");
        foreach (var (_, name, findings) in report.FindingsByKind())
        {
            int pages = findings.Select(f => f.PageId).Distinct().Count();
            issues.AddRow(Markup.Escape(name), pages.ToString("N0", CultureInfo.InvariantCulture), findings.Count == 0 ? "[green]none[/]" : Markup.Escape(report.Describe(findings[0])));
        }
        console.Write(issues);

        if (report.Comparison is { } c)
        {
            console.Write(new Rule($"[bold]Compared with run {c.From}[/]") { Justification = Justify.Left });
            console.MarkupLine($"{c.Up.Count:N0} page(s) better, {c.Down.Count:N0} worse, {c.Added.Count:N0} new, {c.Removed.Count:N0} removed");
            foreach (var ch in c.Up.Take(5).Concat(c.Down.Take(5)))
                console.MarkupLine($"  {(ch.Delta >= 0 ? "[green]▲[/]" : "[red]▼[/]")} {Markup.Escape(ch.Path)}: SEO {N(ch.SeoBefore)} → {N(ch.SeoAfter)}, readability {N(ch.ReadabilityBefore)} → {N(ch.ReadabilityAfter)}");
        }

        var (seoAvg, readAvg) = report.Averages();
        console.WriteLine();
        console.MarkupLine($"SEO average: [bold]{seoAvg:0.0}[/]   Readability average: [bold]{readAvg:0.0}[/]   failing pages: [bold]{report.FailingPages().Count:N0}[/]");
    }

    private static string N(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "–";

    private static string Bar(int count, int max, string colour)
    {
        int width = count == 0 ? 0 : Math.Max(1, (int)Math.Round(30.0 * count / max));
        return $"[{colour}]{new string('█', width)}[/] {count:N0}";
    }

    private static string Score(int? score, bool seo)
    {
        if (score is not { } s) return "–";
        string color = seo ? (s > 70 ? "green" : s > 40 ? "darkorange" : "red") : (s >= 90 ? "green" : s >= 60 ? "darkorange" : "red");
        return $"[{color}]{s}[/]";
    }
}
