using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Copywise.Analysis;
using Copywise.Benchmarks;
using Copywise.Documents;
using Copywise.Research;

// copywise-benchmarks [BenchmarkDotNet options]   e.g. --filter '*' --job short
// copywise-benchmarks --million [--words N]       one analysis of a 1,000,000-word article: time, allocation, peak memory
// copywise-benchmarks --profile [--words N] [--format F] where the time of one analysis goes, stage by stage
// copywise-benchmarks --loop [--words N [--format html|markdown|text] | --papers F.jsonl] [--seconds S]  analyses articles over and over, for a sampling profiler
if (args.Length > 0 && args[0] == "--million") return Million.Run(args.Skip(1).ToArray());
if (args.Length > 0 && args[0] == "--profile") return Profile.Run(args.Skip(1).ToArray());
if (args.Length > 0 && args[0] == "--loop") return Loop.Run(args.Skip(1).ToArray());
BenchmarkSwitcher.FromAssembly(typeof(Articles).Assembly).Run(args);
return 0;

/// <summary>
/// Analyses one very long article once, after warming up on shorter ones, and reports wall time, throughput, bytes
/// allocated during the analysis and the process's peak working set: the numbers that show whether cost stays linear
/// (and memory bounded) far beyond the sizes BenchmarkDotNet can repeat.
/// </summary>
internal static class Million
{
    public static int Run(string[] args)
    {
        int words = 1_000_000;
        if (args.Length == 2 && args[0] == "--words" && int.TryParse(args[1], CultureInfo.InvariantCulture, out var w) && w > 0) words = w;
        else if (args.Length != 0) { Console.Error.WriteLine("usage: --million [--words N]"); return 2; }

        // Warm up so that the measured run executes optimised code (tiered compilation promotes after ~30 calls).
        var warm = Articles.Get(3_000);
        for (int i = 0; i < 60; i++) Analyzer.Analyze(warm);

        var paper = Articles.Get(words);
        long input = Articles.InputBytes(paper);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        long peakBefore = process.PeakWorkingSet64;
        long heapBefore = GC.GetTotalMemory(false);
        long allocatedBefore = GC.GetTotalAllocatedBytes(true);
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);

        // Processor time beside wall time: on a machine other work competes for, the first is the steadier measure.
        var cpuBefore = process.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        var result = Analyzer.Analyze(paper);
        sw.Stop();
        process.Refresh();
        double cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;

        long allocated = GC.GetTotalAllocatedBytes(true) - allocatedBefore;
        long peakAfter = process.PeakWorkingSet64;
        var c = CultureInfo.InvariantCulture;
        double seconds = sw.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(c, $"words counted          {result.Facts.WordCount:#,0} (asked for {words:#,0}); sentences {result.Facts.SentenceCount:#,0}"));
        Console.WriteLine(string.Create(c, $"input                  {input / 1e6:0.00} MB of HTML (UTF-8; {paper.Text.Length * 2 / 1e6:0.00} MB as a .NET string)"));
        Console.WriteLine(string.Create(c, $"time                   {seconds:0.000} s  ({input / 1e6 / seconds:0.00} MB/s, {result.Facts.WordCount / seconds / 1e6:0.00} M words/s, {seconds * 1e9 / result.Facts.WordCount:0} ns/word)"));
        Console.WriteLine(string.Create(c, $"processor time         {cpuSeconds:0.000} s, all threads of the process ({input / 1e6 / cpuSeconds:0.00} MB/s)"));
        Console.WriteLine(string.Create(c, $"load average           {LoadAverage()} (1 minute, on {Environment.ProcessorCount} cores)"));
        Console.WriteLine(string.Create(c, $"allocated              {allocated / 1e6:0.0} MB  ({allocated / (double)input:0.00} bytes per input byte)"));
        Console.WriteLine(string.Create(c, $"collections            gen0 {GC.CollectionCount(0) - gen0}, gen1 {GC.CollectionCount(1) - gen1}, gen2 {GC.CollectionCount(2) - gen2}"));
        Console.WriteLine(string.Create(c, $"managed heap before    {heapBefore / 1e6:0.0} MB (the input and the warm-up articles)"));
        Console.WriteLine(string.Create(c, $"peak working set       {peakAfter / 1e6:0.0} MB (was {peakBefore / 1e6:0.0} MB before the analysis)"));
        Console.WriteLine(string.Create(c, $"scores                 SEO {result.Seo.Score}, readability {result.Readability.Score}"));
        return 0;
    }

    /// <summary>The 1-minute load average, where the system tells it.</summary>
    public static string LoadAverage()
    {
        try { return File.ReadAllText("/proc/loadavg").Split(' ')[0]; }
        catch (IOException) { return "unknown"; }
        catch (UnauthorizedAccessException) { return "unknown"; }
    }
}

/// <summary>
/// Analyses one article over and over for a while, so that a sampling profiler (<c>dotnet-trace collect</c>) sees the
/// steady state of optimised code rather than start-up and compilation.
/// </summary>
internal static class Loop
{
    public static int Run(string[] args)
    {
        int words = 1_000;
        double seconds = 20;
        string? papersFile = null;
        var format = DocumentFormat.Html;
        const string usage = "usage: --loop [--words N [--format html|markdown|text] | --papers FILE.jsonl] [--seconds S]";
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i] == "--words" && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var w) && w > 0) words = w;
            else if (args[i] == "--seconds" && double.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var s) && s > 0) seconds = s;
            else if (args[i] == "--papers" && File.Exists(args[i + 1])) papersFile = args[i + 1];
            else if (args[i] == "--format" && args[i + 1] is "html" or "markdown" or "text")
                format = args[i + 1] switch { "markdown" => DocumentFormat.Markdown, "text" => DocumentFormat.Text, _ => DocumentFormat.Html };
            else { Console.Error.WriteLine(usage); return 2; }
        }
        if (args.Length % 2 != 0) { Console.Error.WriteLine(usage); return 2; }
        // Papers in the batch line format, analysed as `copywise batch --no-word-forms` does (the reference has no word forms).
        var papers = papersFile is null
            ? [Articles.Get(words, format)]
            : File.ReadLines(papersFile).Where(l => l.Trim().Length > 0).Select(l => PaperJson.Parse(l, new Paper()).Paper).ToArray();
        var options = papersFile is null ? new AnalysisOptions() : new AnalysisOptions { WordForms = false };
        long input = papers.Sum(Articles.InputBytes);
        string what = papersFile is null
            ? $"{words:#,0} words" + (format == DocumentFormat.Html ? "" : $" of {(format == DocumentFormat.Markdown ? "Markdown" : "plain text")}")
            : $"the {papers.Length} papers of {Path.GetFileName(papersFile)}";
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        long runs = 0, allocatedBefore = GC.GetTotalAllocatedBytes(true);
        while (sw.Elapsed.TotalSeconds < seconds)
        {
            foreach (var paper in papers) Analyzer.Analyze(paper, options);
            runs++;
        }
        double elapsed = sw.Elapsed.TotalSeconds;
        process.Refresh();
        double cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        long allocated = GC.GetTotalAllocatedBytes(true) - allocatedBefore;
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"{runs:#,0} analyses of {what} in {elapsed:0.0} s: {elapsed * 1e6 / runs:0.0} us each ({cpu * 1e6 / runs:0.0} us of processor time, every thread of the process), {input * runs / 1e6 / elapsed:0.00} MB/s, {allocated / (double)runs / input:0.00} bytes allocated per input byte; load average {Million.LoadAverage()}"));
        return 0;
    }
}
