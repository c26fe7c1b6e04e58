using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Copywise.Analysis;
using Copywise.Assessments;
using Copywise.Documents;
using Copywise.Languages;
using Copywise.Research;
using Copywise.Text;

namespace Copywise.Benchmarks;

/// <summary>
/// <c>--profile [--words N] [--format html|markdown|text]</c>: where the time of one analysis goes. Times parsing, the text analysis and every
/// assessment alone, each on a fresh context so that it pays for the research it is the first to read (research that
/// several assessments share is counted once for each). A quick map of the hotspots, not a replacement for the
/// BenchmarkDotNet figures: each number is the median of a few runs, timed by the thread's processor time.
/// </summary>
internal static class Profile
{
    private const int Runs = 15;

    public static int Run(string[] args)
    {
        int words = 10_000;
        var format = DocumentFormat.Html;
        for (int i = 0; i < args.Length; i++)
        {
            string? value = i + 1 < args.Length ? args[++i] : null;
            if (args[i - 1] == "--words" && int.TryParse(value, CultureInfo.InvariantCulture, out var w) && w > 0) words = w;
            else if (args[i - 1] == "--format" && value is "html" or "markdown" or "text") format = value switch { "markdown" => DocumentFormat.Markdown, "text" => DocumentFormat.Text, _ => DocumentFormat.Html };
            else { Console.Error.WriteLine("usage: --profile [--words N] [--format html|markdown|text]"); return 2; }
        }

        var paper = Articles.Get(words, format);
        for (int i = 0; i < 40; i++) Analyzer.Analyze(Articles.Get(3_000));
        var (document, completed) = DocumentParser.Parse(paper);
        var language = LanguageRegistry.ForLocale(completed.Locale);
        AnalysisContext Fresh() => new(completed, document, language, AnalysisOptions.Default);

        var stages = new List<(string Stage, Func<Action> Prepare)>
        {
            ("analysis, all of it", () => () => Analyzer.Analyze(paper)),
            ($"parse ({format})", () => () => DocumentParser.Parse(paper)),
            ("text analysis", () => () => TextAnalysis.Analyze(document, language)),
        };
        // Research shared by several assessments, alone (with the research it reads itself).
        var research = new (string Name, Func<AnalysisContext, object> Get)[]
        {
            (nameof(MatchTokenIndex), c => c.Get<MatchTokenIndex>()),
            (nameof(TopicForms), c => c.Get<TopicForms>(c.Focus)),
            (nameof(KeyphraseOccurrences), c => c.Get<KeyphraseOccurrences>(c.Focus)),
            (nameof(MatchTokenCount), c => c.Get<MatchTokenCount>()),
            (nameof(Introduction), c => c.Get<Introduction>()),
            (nameof(LinkStatistics), c => c.Get<LinkStatistics>()),
            (nameof(TextStatistics), c => c.Get<TextStatistics>()),
            (nameof(Sections), c => c.Get<Sections>()),
            (nameof(TransitionSentences), c => c.Get<TransitionSentences>()),
            (nameof(PassiveSentences), c => c.Get<PassiveSentences>()),
            (nameof(SentenceBeginnings), c => c.Get<SentenceBeginnings>()),
            (nameof(ReadabilityStatistics), c => c.Get<ReadabilityStatistics>()),
        };
        foreach (var (name, get) in research)
        {
            stages.Add(("research: " + name, () =>
            {
                var context = Fresh();
                return () => get(context);
            }));
        }
        foreach (var (group, list) in new[] { ("seo", Assessors.Seo(false)), ("readability", Assessors.Readability(false)) })
        {
            foreach (var a in list)
            {
                stages.Add(($"{group}: {a.Id}", () =>
                {
                    var context = Fresh();
                    return () => { if (a.IsApplicable(context, context.Focus)) a.Assess(context, context.Focus); };
                }));
            }
        }
        var rows = Measure(stages);
        double total = rows[0].Ms;
        long input = Articles.InputBytes(paper);
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"{Articles.WordCount(words):#,0} words, {input / 1e3:0.0} KB of {format}; median of {Runs} runs of the thread's processor time ({ThreadClock.Kind}); each assessment alone on a fresh context; load average {Million.LoadAverage()} on {Environment.ProcessorCount} cores"));
        Console.WriteLine();
        Console.WriteLine("| stage | ms | % of the analysis | allocated KB | bytes per input byte |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (stage, ms, bytes) in rows.Take(3).Concat(rows.Skip(3).OrderByDescending(r => r.Ms)))
        {
            Console.WriteLine(string.Create(c, $"| {stage} | {ms:0.000} | {ms / total * 100:0.0} | {bytes / 1024.0:0.0} | {bytes / (double)input:0.00} |"));
        }
        return 0;
    }

    // Round after round of every stage, so that a spell of competing load spreads over all stages instead of falling on
    // one; prepare() runs outside the timed section and returns the action to time.
    private static List<(string Stage, double Ms, long Bytes)> Measure(List<(string Stage, Func<Action> Prepare)> stages)
    {
        var times = new double[stages.Count, Runs];
        var bytes = new long[stages.Count];
        for (int run = 0; run < Runs; run++)
        {
            for (int s = 0; s < stages.Count; s++)
            {
                var action = stages[s].Prepare();
                long before = GC.GetAllocatedBytesForCurrentThread();
                double start = ThreadClock.Milliseconds();
                action();
                times[s, run] = ThreadClock.Milliseconds() - start;
                bytes[s] = GC.GetAllocatedBytesForCurrentThread() - before;
            }
        }
        var rows = new List<(string, double, long)>();
        for (int s = 0; s < stages.Count; s++)
        {
            var sorted = Enumerable.Range(0, Runs).Select(r => times[s, r]).Order().ToArray();
            rows.Add((stages[s].Stage, sorted[Runs / 2], bytes[s]));
        }
        return rows;
    }
}

/// <summary>
/// The calling thread's processor time where Linux gives it (time spent waiting for a core does not count, which
/// keeps figures steady on a busy machine), else wall time.
/// </summary>
internal static partial class ThreadClock
{
    private const int ClockThreadCpuTimeId = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    private static readonly bool Available = OperatingSystem.IsLinux() && Probe();

    /// <summary>What the clock measures.</summary>
    public static string Kind => Available ? "thread CPU time" : "wall time";

    /// <summary>The current reading in milliseconds.</summary>
    public static double Milliseconds()
    {
        if (Available && ClockGetTime(ClockThreadCpuTimeId, out var t) == 0) return t.Seconds * 1e3 + t.Nanoseconds / 1e6;
        return Stopwatch.GetTimestamp() * 1e3 / Stopwatch.Frequency;
    }

    private static bool Probe()
    {
        try { return ClockGetTime(ClockThreadCpuTimeId, out _) == 0; }
        catch (DllNotFoundException) { return false; }
        catch (EntryPointNotFoundException) { return false; }
    }
}
