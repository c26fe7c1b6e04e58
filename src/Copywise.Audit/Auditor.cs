using System.Diagnostics;
using System.Threading.Channels;
using Copywise.Audit.Storage;
using Copywise.Documents;

namespace Copywise.Audit;

/// <summary>How far a running audit is; read from another thread while it runs.</summary>
public sealed class AuditProgress
{
    private int _done, _analysed, _reused, _errors;

    /// <summary>Pages to audit.</summary>
    public int Total { get; internal set; }
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

    /// <summary>Audits a site into a store.</summary>
    /// <param name="store">The store.</param>
    /// <param name="config">The site's config.</param>
    /// <param name="site">The pages.</param>
    /// <param name="changedOnly">Record that the run reports only pages that changed.</param>
    /// <param name="jobs">Pages analysed at once; 0 for one per processor.</param>
    /// <param name="progress">Counters to update, or null.</param>
    public static AuditOutcome Run(AuditStore store, AuditConfig config, SiteFileSet site, bool changedOnly = false, int jobs = 0, AuditProgress? progress = null)
    {
        var clock = Stopwatch.StartNew();
        progress ??= new AuditProgress();
        progress.Total = site.Files.Count;
        var analyzer = new PageAnalyzer(config);
        long runId = store.StartRun(site.Root, config.AnalysisFingerprint(), changedOnly);
        var pageIds = store.PageIds();
        var stored = store.Analyses(PageAnalyzer.EngineVersion);
        var previous = store.LastCompleteRun(runId);
        var previousHashes = previous is null ? new Dictionary<long, string>() : store.RunContentHashes(previous.Id);

        var pages = new SitePage?[site.Files.Count];
        var reusedIds = new Dictionary<int, long>();
        var channel = Channel.CreateBounded<(int Index, PageAnalysis Analysis)>(new BoundedChannelOptions(64) { SingleReader = true });
        var writer = Task.Factory.StartNew(() =>
        {
            try { WritePages(store, runId, pageIds, channel.Reader, pages); }
            catch (Exception e) { channel.Writer.TryComplete(e); throw; }
        }, TaskCreationOptions.LongRunning);
        try
        {
            Parallel.For(0, site.Files.Count, new ParallelOptions { MaxDegreeOfParallelism = jobs > 0 ? jobs : Environment.ProcessorCount }, i =>
            {
                var file = site.Files[i];
                SitePage? page = null;
                try
                {
                    var bytes = ReadFile(file.FullPath);
                    var hash = PageAnalyzer.HashContent(bytes);
                    if (stored.TryGetValue(file.RelativePath, out var versions) && versions.TryGetValue((hash, analyzer.SettingsHash(file.RelativePath)), out long id))
                    {
                        lock (reusedIds) reusedIds[i] = id;
                        progress.Count("reused");
                        return;
                    }
                    var analysis = analyzer.Analyze(file.RelativePath, bytes, hash);
                    // The writer turns it into a site page once it is committed.
                    while (!channel.Writer.TryWrite((i, analysis)))
                    {
                        if (!channel.Writer.WaitToWriteAsync().AsTask().GetAwaiter().GetResult()) break;
                    }
                    progress.Count("analysed");
                    return;
                }
                catch (CopywiseInputException e)
                {
                    page = new SitePage { Path = file.RelativePath, Status = "error", Error = e.Message, Keys = [SitePaths.Key(SitePaths.UrlPath(file.RelativePath))] };
                }
                pages[i] = page;
                progress.Count("error");
            });
        }
        catch (AggregateException) when (writer.IsFaulted)
        {
            // The store failed: its error says why, not the workers' echo of it.
        }
        finally
        {
            channel.Writer.TryComplete();
        }
        writer.GetAwaiter().GetResult();

        progress.Phase = "checking the site";
        // The analysis phase leaves much garbage behind; returning it before the site checks keeps a large site's peak memory low.
        Compact();
        stored = null;
        var storedPages = store.LoadAnalyses(reusedIds.Values.ToList());
        foreach (var (i, id) in reusedIds) pages[i] = SitePage.From(site.Files[i].RelativePath, storedPages[id]);
        storedPages = null;
        reusedIds = null;
        var all = pages.Select(p => p!).ToList();
        using (var w = store.BeginPages(runId))
        {
            foreach (var p in all)
            {
                if (pageIds.TryGetValue(p.Path, out var pid)) p.PageId = pid;
                else pageIds[p.Path] = p.PageId = w.AddPage(p.Path);
            }
            w.Commit();
        }
        var checks = SiteChecks.Run(all, config);

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
    private static void WritePages(AuditStore store, long runId, Dictionary<string, long> pageIds, ChannelReader<(int Index, PageAnalysis Analysis)> reader, SitePage?[] pages)
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
                pages[index] = page;
            }
        }
    }
}
