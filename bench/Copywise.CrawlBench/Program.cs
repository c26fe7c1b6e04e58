// Crawls a generated local site of N pages (default 10,000) with the real crawler and analyses every page, then prints
// pages/s, the peak working set and the managed heap, so the crawl's speed and bounded memory can be checked.
// Usage: dotnet run --project bench/Copywise.CrawlBench -c Release -- [--pages N] [--concurrency C]
using System.Diagnostics;
using System.Text;
using Copywise.Analysis;
using Copywise.Crawl;
using Copywise.Research;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

int pages = 10_000, concurrency = 4;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--pages" when i + 1 < args.Length && int.TryParse(args[i + 1], out var p) && p is > 0 and <= 1_000_000: pages = p; i++; break;
        case "--concurrency" when i + 1 < args.Length && int.TryParse(args[i + 1], out var c) && c is > 0 and <= 64: concurrency = c; i++; break;
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
    var sb = new StringBuilder();
    sb.Append($"<!doctype html><html lang=\"en\"><head><title>Page {n} about {words[n % words.Length]}</title><meta name=\"description\" content=\"Page {n}.\"></head><body><nav>");
    // Each page links to a few others: breadth first reaches all of them.
    foreach (int k in new[] { 2 * n + 1, 2 * n + 2, (n * 7 + 3) % pages }) if (k < pages) sb.Append($"<a href=\"/p/{k}\">page {k}</a> ");
    sb.Append($"</nav><main><h1>About {words[n % words.Length]}</h1>");
    for (int para = 0; para < 8; para++)
    {
        sb.Append("<p>");
        for (int s = 0; s < 5; s++)
        {
            sb.Append("The ").Append(words[(n + para + s) % words.Length]).Append(" of the town is ");
            sb.Append(words[(n * 3 + s) % words.Length]).Append(" and people like the ").Append(words[(para * 5 + s) % words.Length]).Append(" a lot. ");
        }
        sb.Append("</p>");
    }
    sb.Append("</main><footer>Footer</footer></body></html>");
    return Results.Content(sb.ToString(), "text/html; charset=utf-8");
});
await app.StartAsync();
var root = new Uri(app.Urls.First() + "/p/0");

var options = new CrawlOptions { AllowPrivate = true, MaxPages = pages, Concurrency = concurrency, Timeout = TimeSpan.FromSeconds(30) };
using var crawler = new SiteCrawler(options);
var analysis = new AnalysisOptions();
var clock = Stopwatch.StartNew();
int read = 0, failed = 0;
long peakHeap = 0;
await foreach (var page in crawler.CrawlAsync(root))
{
    if (page.Problem is null && page.Page is not null)
    {
        Analyzer.Analyze(page.Page.Paper with { Keyphrase = "bike lights" }, analysis);
        read++;
    }
    else failed++;
    if ((read + failed) % 500 == 0) peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false));
}
clock.Stop();
using var self = Process.GetCurrentProcess();
self.Refresh();
Console.WriteLine($"pages read and analysed: {read} (failed {failed}) in {clock.Elapsed.TotalSeconds:0.0} s: {read / clock.Elapsed.TotalSeconds:0} pages/s at concurrency {concurrency}");
Console.WriteLine($"peak working set: {self.PeakWorkingSet64 / (1024 * 1024)} MB (server included); managed heap high-water mark: {peakHeap / (1024 * 1024)} MB");
await app.StopAsync();
return read == pages ? 0 : 1;
