// Crawls a generated local site of N pages (default 10,000) and reports pages/s, wall time, the peak working set and
// the managed heap, so the crawl's speed and bounded memory can be checked.
//   --crawl-only   the crawler alone, each page analysed by the library and dropped
//   (default)      the real audit path: WebSource crawl → analysis → SQLite store → site checks, as `copywise audit --crawl`
// Usage: dotnet run --project bench/Copywise.CrawlBench -c Release -- [--pages N] [--concurrency C] [--jobs J] [--crawl-only]
using System.Diagnostics;
using Copywise.Research;
using System.Text;
using Copywise.Analysis;
using Copywise.Audit;
using Copywise.Audit.Storage;
using Copywise.Crawl;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

int pages = 10_000, concurrency = 4, jobs = 0;
bool crawlOnly = false;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--pages" when i + 1 < args.Length && int.TryParse(args[i + 1], out var p) && p is > 0 and <= 1_000_000: pages = p; i++; break;
        case "--concurrency" when i + 1 < args.Length && int.TryParse(args[i + 1], out var c) && c is > 0 and <= 64: concurrency = c; i++; break;
        case "--jobs" when i + 1 < args.Length && int.TryParse(args[i + 1], out var j) && j is > 0 and <= 256: jobs = j; i++; break;
        case "--crawl-only": crawlOnly = true; break;
        default: Console.Error.WriteLine($"crawl-bench: unknown or invalid argument '{args[i]}'"); return 2;
    }
}

var builder = WebApplication.CreateSlimBuilder();
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Logging.ClearProviders();
var app = builder.Build();
string[] words = ["river", "lights", "bike", "winter", "market", "council", "budget", "garden", "station", "bridge", "school", "summer"];
app.MapGet("/robots.txt", () => Results.Text("User-agent: *\nAllow: /\n"));
app.MapGet("/p/{n:int}", (int n) =>
{
    if (n < 0 || n >= pages) return Results.NotFound();
    string topic = words[n % words.Length], keyphrase = topic + " " + words[n / words.Length % words.Length];
    var sb = new StringBuilder();
    sb.Append($"<!doctype html><html lang=\"en\"><head><title>Page {n} about {topic}</title><meta name=\"description\" content=\"Page {n}.\">");
    sb.Append($"<meta name=\"copywise:keyphrase\" content=\"{keyphrase}\"></head><body><nav>");
    // Each page links to a few others: breadth first reaches all of them.
    foreach (int k in new[] { 2 * n + 1, 2 * n + 2, (n * 7 + 3) % pages }) if (k < pages) sb.Append($"<a href=\"/p/{k}\">page {k}</a> ");
    sb.Append($"</nav><main><h1>About {keyphrase}</h1>");
    for (int para = 0; para < 8; para++)
    {
        sb.Append("<p>");
        for (int s = 0; s < 5; s++)
        {
            sb.Append("The ").Append(words[(n + para + s) % words.Length]).Append(" of the town is ");
            sb.Append(words[(n * 3 + s) % words.Length]).Append(" and people like the ").Append(words[(para * 5 + s) % words.Length]).Append(" a lot. ");
        }
        // One link in the text, as articles link to each other (the site checks follow these).
        if (para == 0) sb.Append($"Read more about the <a href=\"/p/{(n * 13 + 5) % pages}\">{words[(n + 1) % words.Length]}</a>.");
        sb.Append("</p>");
    }
    sb.Append("</main><footer>Footer</footer></body></html>");
    return Results.Content(sb.ToString(), "text/html; charset=utf-8");
});
await app.StartAsync();
var root = new Uri(app.Urls.First() + "/p/0");
string load = LoadAverage();

var options = new CrawlOptions { AllowPrivate = true, MaxPages = pages, Concurrency = concurrency, Timeout = TimeSpan.FromSeconds(30) };
// The managed heap's high-water mark, sampled while the run goes.
long peakHeap = 0;
using var sampler = new Timer(_ => Interlocked.Exchange(ref peakHeap, Math.Max(Interlocked.Read(ref peakHeap), GC.GetTotalMemory(false))), null, 0, 50);
var clock = Stopwatch.StartNew();
int read = 0, failed = 0;
string what;
if (crawlOnly)
{
    using var crawler = new SiteCrawler(options);
    var analysis = new AnalysisOptions();
    await foreach (var page in crawler.CrawlAsync(root))
    {
        if (page.Problem is null && page.Page is not null)
        {
            Analyzer.Analyze(page.Page.Paper, analysis);
            read++;
        }
        else failed++;
    }
    what = "crawled and analysed";
}
else
{
    var db = Path.Combine(Path.GetTempPath(), $"copywise-crawlbench-{Environment.ProcessId}.db");
    try
    {
        using var source = await WebSource.CrawlAsync(root, options);
        using var store = AuditStore.Open(db);
        var outcome = Auditor.Run(store, new AuditConfig(), source, jobs: jobs);
        read = outcome.Run.AnalysedCount + outcome.Run.ReusedCount;
        failed = outcome.Run.ErrorCount;
        what = $"audited (crawl, analysis, SQLite, site checks: {outcome.Findings.Count:N0} findings)";
    }
    finally
    {
        foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
    }
}
clock.Stop();
using var self = Process.GetCurrentProcess();
self.Refresh();
Console.WriteLine($"pages {what}: {read:N0} (failed {failed}) in {clock.Elapsed.TotalSeconds:0.0} s: {read / clock.Elapsed.TotalSeconds:0} pages/s at concurrency {concurrency}");
Console.WriteLine($"peak working set: {self.PeakWorkingSet64 / (1024 * 1024)} MB (server included); managed heap high-water mark: {Interlocked.Read(ref peakHeap) / (1024 * 1024)} MB");
Console.WriteLine($"load average (1, 5, 15 min): {load} at the start, {LoadAverage()} at the end");
await app.StopAsync();
return read == pages ? 0 : 1;

static string LoadAverage()
{
    try { return string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
    catch (IOException) { return "unknown"; }
    catch (UnauthorizedAccessException) { return "unknown"; }
}
