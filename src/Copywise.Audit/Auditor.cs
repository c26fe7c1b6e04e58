using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Copywise.Audit.Storage;
using Copywise.Documents;

namespace Copywise.Audit;

/// <summary>How far a running audit is; read from another thread while it runs.</summary>
public sealed class AuditProgress
{
    private int _done, _analysed, _reused, _errors;

    /// <summary>Pages to audit; null while unknown (a crawl finds its pages as it goes).</summary>
    public int? Total { get; internal set; }
    /// <summary>Pages done so far.</summary>
    public int Done => Volatile.Read(ref _done);
    /// <summary>Pages analysed so far.</summary>
    public int Analysed => Volatile.Read(ref _analysed);
    /// <summary>Pages whose stored analysis was reused.</summary>
    public int Reused => Volatile.Read(ref _reused);
    /// <summary>Pages that could not be read.</summary>
    public int Errors => Volatile.Read(ref _errors);
    /// <summary>What the audit is doing: <c>analysing</c>, <c>checking the site</c>, <c>saving</c>, <c>done</c>.</summary>
    public string Phase { get; internal set; } = "analysing";

    internal void Count(string status)
    {
        switch (status)
        {
            case "analysed": Interlocked.Increment(ref _analysed); break;
            case "reused": Interlocked.Increment(ref _reused); break;
            default: Interlocked.Increment(ref _errors); break;
        }
        Interlocked.Increment(ref _done);
    }
}

/// <summary>What an audit run did.</summary>
public sealed record AuditOutcome
{
    /// <summary>The run as stored.</summary>
    public required RunInfo Run { get; init; }
    /// <summary>Its pages, in path order.</summary>
    public required IReadOnlyList<RunPage> Pages { get; init; }
    /// <summary>Its site-wide findings.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }
}

/// <summary>
/// Runs an audit: reads every page, analyses those whose content, engine version or settings changed since they were
/// last stored (the others reuse their stored analysis), writes each analysed page in committed batches, then runs the
/// site-wide checks over all pages and completes the run in one transaction.
/// </summary>
public static class Auditor
{
    /// <summary>Pages per committed batch at most.</summary>
    public const int BatchPages = 250;

    /// <summary>The longest a batch stays open, so a killed audit loses little work.</summary>
    public static readonly TimeSpan BatchTime = TimeSpan.FromMilliseconds(250);

    /// <summary>Audits the files of a site into a store.</summary>
    /// <param name="store">The store.</param>
    /// <param name="config">The site's config.</param>
    /// <param name="site">The pages.</param>
    /// <param name="changedOnly">Record that the run reports only pages that changed.</param>
    /// <param name="jobs">Pages analysed at once; 0 for one per processor.</param>
    /// <param name="progress">Counters to update, or null.</param>
    public static AuditOutcome Run(AuditStore store, AuditConfig config, SiteFileSet site, bool changedOnly = false, int jobs = 0, AuditProgress? progress = null) =>
        Run(store, config, PageSource.Files(site), changedOnly, jobs, progress);

    /// <summary>Audits the pages of a source (a folder's files, a live site) into a store, analysing them as they come.</summary>
    /// <param name="store">The store.</param>
    /// <param name="config">The site's config.</param>
    /// <param name="source">The pages.</param>
    /// <param name="changedOnly">Record that the run reports only pages that changed.</param>
    /// <param name="jobs">Pages analysed at once; 0 for one per processor.</param>
    /// <param name="progress">Counters to update, or null.</param>
    public static AuditOutcome Run(AuditStore store, AuditConfig config, PageSource source, bool changedOnly = false, int jobs = 0, AuditProgress? progress = null)
    {
        var clock = Stopwatch.StartNew();
        progress ??= new AuditProgress();
        progress.Total = source.Count;
        jobs = jobs > 0 ? jobs : Environment.ProcessorCount;
        var analyzer = new PageAnalyzer(config);
        long runId = store.StartRun(source.Root, config.AnalysisFingerprint(), changedOnly);
        var pageIds = store.PageIds();
        var stored = store.Analyses(PageAnalyzer.EngineVersion);
        var previous = store.LastCompleteRun(runId, source.HistoryRoot);
        var previousHashes = previous is null ? new Dictionary<long, string>() : store.RunContentHashes(previous.Id);
        long? Stored(string path, string hash) =>
            stored.TryGetValue(path, out var versions) && versions.TryGetValue((hash, analyzer.SettingsHash(path)), out long id) ? id : null;
        // A page unchanged since the previous run can reuse the analysis it had there, if this engine and these settings made it.
        // (By path, copied now: the writer adds to pageIds while the source reads.)
        var previousByPath = pageIds.Where(p => previousHashes.ContainsKey(p.Value)).ToDictionary(p => p.Key, p => previousHashes[p.Value], StringComparer.Ordinal);
        var history = new AuditHistory(previous, path => previousByPath.TryGetValue(path, out var hash) ? Stored(path, hash) : null);

        // Pages by the order they came in; the writer fills in analysed ones once committed.
        var pages = new List<SitePage?>();
        void Place(int index, SitePage page)
        {
            lock (pages)
            {
                while (pages.Count <= index) pages.Add(null);
                pages[index] = page;
            }
        }
        var reused = new Dictionary<int, (string Path, long Id)>();
        var inputs = Channel.CreateBounded<(int Index, SourcePage Page)>(new BoundedChannelOptions(2 * jobs) { SingleWriter = true });
        var analysed = Channel.CreateBounded<(int Index, PageAnalysis Analysis)>(new BoundedChannelOptions(64) { SingleReader = true });
        using var stop = new CancellationTokenSource();
        var writer = Task.Factory.StartNew(() =>
        {
            try { WritePages(store, runId, pageIds, analysed.Reader, Place); }
            catch (Exception) { stop.Cancel(); throw; }
        }, TaskCreationOptions.LongRunning);
        var reader = Task.Run(async () =>
        {
            int count = 0;
            var given = new HashSet<string>(StringComparer.Ordinal);
            try
            {
                await foreach (var page in source.ReadAsync(history, stop.Token).WithCancellation(stop.Token).ConfigureAwait(false))
                {
                    // A page comes once a run, whatever a source gives twice.
                    if (given.Add(page.Path)) await inputs.Writer.WriteAsync((count++, page), stop.Token).ConfigureAwait(false);
                }
            }
            catch (Exception) { stop.Cancel(); throw; }
            finally { inputs.Writer.TryComplete(); }
        });
        var workers = Enumerable.Range(0, jobs).Select(_ => Task.Factory.StartNew(() =>
        {
            try
            {
                while (inputs.Reader.WaitToReadAsync(stop.Token).AsTask().GetAwaiter().GetResult())
                {
                    while (inputs.Reader.TryRead(out var item))
                    {
                        var (index, page) = item;
                        string status = AuditPage(analyzer, page, Stored, out var analysis, out long? reuse, out var failed);
                        if (analysis != null) analysed.Writer.WriteAsync((index, analysis), stop.Token).AsTask().GetAwaiter().GetResult();
                        else if (reuse is { } id) { lock (reused) reused[index] = (page.Path, id); }
                        else Place(index, failed!);
                        progress.Count(status);
                    }
                }
            }
            catch (Exception) { stop.Cancel(); throw; }
        }, TaskCreationOptions.LongRunning)).ToArray();
        try { Task.WaitAll(workers); }
        catch (AggregateException) { }
        finally { analysed.Writer.TryComplete(); }
        try { Task.WaitAll(writer, reader); }
        catch (AggregateException) { }
        // The failure that stopped the others says why: the store's first, then the source's, then a worker's.
        foreach (var task in workers.Prepend(reader).Prepend(writer))
        {
            if (task.Exception?.InnerException is { } e and not OperationCanceledException) ExceptionDispatchInfo.Throw(e);
        }

        progress.Phase = "checking the site";
        // The analysis phase leaves much garbage behind; returning it before the site checks keeps a large site's peak memory low.
        Compact();
        stored = null;
        var storedPages = store.LoadAnalyses(reused.Values.Select(r => r.Id).ToList());
        foreach (var (i, (path, id)) in reused) Place(i, SitePage.From(path, storedPages[id]));
        storedPages = null;
        reused = null;
        // Path order, whatever order the pages came in.
        var all = pages.Select(p => p!).OrderBy(p => p.Path, StringComparer.Ordinal).ToList();
        pages = null;
        using (var w = store.BeginPages(runId))
        {
            foreach (var p in all)
            {
                if (pageIds.TryGetValue(p.Path, out var pid)) p.PageId = pid;
                else pageIds[p.Path] = p.PageId = w.AddPage(p.Path);
            }
            w.Commit();
        }
        var checks = SiteChecks.Run(all, config, source.Complete);

        progress.Phase = "saving";
        var outcomes = new List<RunPageOutcome>(all.Count);
        for (int i = 0; i < all.Count; i++)
        {
            var p = all[i];
            bool changed = !previousHashes.TryGetValue(p.PageId, out var before) || before != p.ContentHash || !p.Ok;
            outcomes.Add(new RunPageOutcome
            {
                PageId = p.PageId,
                AnalysisId = p.AnalysisId,
                Status = p.Status,
                Changed = changed,
                // A page without a keyphrase gets a large negative SEO score from the library; the site figures count it as 0.
                SeoScore = p.Ok ? Math.Clamp(checks.SeoScores[i], 0, 100) : null,
                ReadabilityScore = p.Ok ? p.ReadabilityScore : null,
                Error = p.Error,
                SiteResults = checks.SiteResults.TryGetValue(i, out var r) ? r : [],
            });
        }
        store.CompleteRun(runId, outcomes, checks.Findings, clock.ElapsedMilliseconds);
        // The run's pages as the store now has them, from memory rather than read back.
        var runPages = new List<RunPage>(all.Count);
        for (int i = 0; i < all.Count; i++)
        {
            var p = all[i];
            var o = outcomes[i];
            runPages.Add(new RunPage
            {
                PageId = p.PageId,
                Path = p.Path,
                AnalysisId = p.AnalysisId,
                Status = p.Status,
                Changed = o.Changed,
                SeoScore = o.SeoScore,
                ReadabilityScore = o.ReadabilityScore,
                Error = p.Error,
                Url = p.Url,
                Title = p.Title,
                Keyphrase = p.Keyphrase,
                WordCount = p.WordCount,
                ContentHash = p.ContentHash,
            });
        }
        var findings = checks.Findings;
        all = null;
        checks = null;
        outcomes = null;
        Compact();
        progress.Phase = "done";
        return new AuditOutcome { Run = store.Run(runId)!, Pages = runPages, Findings = findings };
    }

    private static void Compact()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    // One page: reused when a stored analysis of the same content and settings exists, else analysed, else failed.
    private static string AuditPage(PageAnalyzer analyzer, SourcePage page, Func<string, string, long?> stored,
        out PageAnalysis? analysis, out long? reuse, out SitePage? failed)
    {
        analysis = null;
        reuse = null;
        failed = null;
        try
        {
            switch (page)
            {
                case UnchangedPage u:
                    reuse = u.AnalysisId;
                    return "reused";
                case FailedPage f:
                    failed = new SitePage { Path = f.Path, Url = f.Url, Status = "error", Error = f.Problem, Missing = f.Missing, Keys = f.Keys };
                    return "error";
                case WebPage web:
                {
                    var hash = PageAnalyzer.HashContent(web.Paper);
                    reuse = stored(web.Path, hash);
                    if (reuse is null) analysis = analyzer.Analyze(web, hash);
                    return reuse is null ? "analysed" : "reused";
                }
                case FilePage file:
                {
                    var bytes = ReadFile(file.File.FullPath);
                    var hash = PageAnalyzer.HashContent(bytes);
                    reuse = stored(file.Path, hash);
                    if (reuse is null) analysis = analyzer.Analyze(file.Path, bytes, hash);
                    return reuse is null ? "analysed" : "reused";
                }
                default:
                    throw new ArgumentException($"unknown kind of page {page.GetType().Name}", nameof(page));
            }
        }
        catch (CopywiseInputException e)
        {
            var keys = SitePaths.IsWebUrl(page.Path) ? [SitePaths.Key(page.Path)] : new[] { SitePaths.Key(SitePaths.UrlPath(page.Path)) };
            failed = new SitePage { Path = page.Path, Url = SitePaths.IsWebUrl(page.Path) ? page.Path : "", Status = "error", Error = e.Message, Keys = keys };
            return "error";
        }
    }

    private static byte[] ReadFile(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Length > 64L * 1024 * 1024) throw new CopywiseInputException($"{info.Length} bytes is more than the 64 MB a page may have");
            return File.ReadAllBytes(path);
        }
        catch (UnauthorizedAccessException) { throw new CopywiseInputException("permission denied"); }
        catch (IOException e) { throw new CopywiseInputException(e.Message); }
    }

    // One writer: batches of whole pages, each batch one transaction, committed by size or age.
    private static void WritePages(AuditStore store, long runId, Dictionary<string, long> pageIds, ChannelReader<(int Index, PageAnalysis Analysis)> reader, Action<int, SitePage> place)
    {
        var pending = new List<(int Index, PageAnalysis Analysis)>(BatchPages);
        while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            var age = Stopwatch.StartNew();
            pending.Clear();
            while (pending.Count < BatchPages && age.Elapsed < BatchTime)
            {
                if (reader.TryRead(out var item)) { pending.Add(item); continue; }
                // Wait a little for more, but not past the batch's time.
                var left = BatchTime - age.Elapsed;
                if (left <= TimeSpan.Zero) break;
                var wait = reader.WaitToReadAsync().AsTask();
                if (!wait.Wait(left) || !wait.Result) break;
            }
            if (pending.Count == 0) continue;
            var done = new List<(int, SitePage)>(pending.Count);
            using (var w = store.BeginPages(runId))
            {
                foreach (var (index, analysis) in pending)
                {
                    if (!pageIds.TryGetValue(analysis.Path, out long pageId)) pageId = w.AddPage(analysis.Path);
                    long analysisId = w.AddAnalysis(pageId, analysis);
                    var page = SitePage.From(analysis, "analysed");
                    page.PageId = pageId;
                    page.AnalysisId = analysisId;
                    done.Add((index, page));
                }
                w.Commit();
            }
            // Page ids become known only once committed; a rolled-back batch must not leave ids behind.
            foreach (var (index, page) in done)
            {
                pageIds[page.Path] = page.PageId;
                place(index, page);
            }
        }
    }
}
