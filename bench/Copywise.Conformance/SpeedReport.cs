using System.Globalization;
using System.Text;
using System.Text.Json;
using Copywise.Documents;

namespace Copywise.Conformance;

/// <summary>One paper timed by both engines.</summary>
/// <param name="Id">The paper's id.</param>
/// <param name="Language">Its language code.</param>
/// <param name="InputBytes">The size of its text in UTF-8 bytes.</param>
/// <param name="OracleMs">The reference's mean warm time per analysis.</param>
/// <param name="OurMs">Our mean warm time per analysis.</param>
public sealed record SpeedRow(string Id, string Language, long InputBytes, double OracleMs, double OurMs)
{
    /// <summary>How many times faster we are on this paper.</summary>
    public double Ratio => OracleMs / OurMs;
}

/// <summary>
/// Joins the timed output of the reference (<c>yoast-oracle --repeat=N</c>) and ours (<c>copywise batch --repeat N</c>)
/// on the same papers by id and summarises them: per-paper ratio, median ratio, throughput of each engine.
/// Both engines analyse one paper at a time on one thread, so their throughput is per core.
/// </summary>
public sealed class SpeedReport
{
    /// <summary>The target median ratio against the warm reference.</summary>
    public const double TargetRatio = 1000;
    /// <summary>The target throughput in MB of input per second and core.</summary>
    public const double TargetMegabytesPerSecond = 20;

    /// <summary>Papers timed by both.</summary>
    public List<SpeedRow> Rows { get; } = new();
    /// <summary>Papers left out, with the reason.</summary>
    public List<(string Id, string Reason)> Skipped { get; } = new();

    /// <summary>Entry point: <c>speed --ours A.jsonl --oracle B.jsonl --corpus PAPERS.jsonl [--markdown FILE]</c>.</summary>
    public static int Run(string[] args)
    {
        string? ours = null, oracle = null, corpus = null, markdown = null;
        for (int i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : "";
            switch (args[i])
            {
                case "--ours": ours = Next(); break;
                case "--oracle": oracle = Next(); break;
                case "--corpus": corpus = Next(); break;
                case "--markdown": markdown = Next(); break;
                default: Console.Error.WriteLine($"speed: unknown argument {args[i]}"); return 2;
            }
        }
        if (string.IsNullOrEmpty(ours) || string.IsNullOrEmpty(oracle) || string.IsNullOrEmpty(corpus))
        {
            Console.Error.WriteLine("speed: give --ours FILE --oracle FILE --corpus FILE");
            return 2;
        }
        foreach (var f in new[] { ours, oracle, corpus })
        {
            if (!File.Exists(f)) { Console.Error.WriteLine($"speed: {f}: no such file"); return 3; }
        }
        SpeedReport report;
        try
        {
            report = Build(File.ReadLines(corpus), File.ReadLines(oracle), File.ReadLines(ours));
        }
        catch (Exception e) when (e is JsonException or CopywiseInputException or FormatException)
        {
            Console.Error.WriteLine("speed: " + e.Message.Split('\n')[0]);
            return 3;
        }
        if (report.Rows.Count == 0)
        {
            Console.Error.WriteLine("speed: no paper was timed by both engines");
            return 1;
        }
        var text = report.ToMarkdown();
        Console.Write(text);
        if (markdown != null) File.WriteAllText(markdown, text);
        return 0;
    }

    /// <summary>Joins the three files by paper id.</summary>
    public static SpeedReport Build(IEnumerable<string> corpusLines, IEnumerable<string> oracleLines, IEnumerable<string> ourLines)
    {
        var oracle = Timings(oracleLines);
        var ours = Timings(ourLines);
        var report = new SpeedReport();
        foreach (var line in corpusLines)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var (id, paper) = PaperJson.Parse(line, new Paper());
            if (id is null) continue;
            if (!oracle.TryGetValue(id, out var theirs)) { report.Skipped.Add((id, "no timing from the reference")); continue; }
            if (!ours.TryGetValue(id, out var mine)) { report.Skipped.Add((id, "no timing from copywise")); continue; }
            if (theirs.Error != null) { report.Skipped.Add((id, "reference: " + theirs.Error)); continue; }
            if (mine.Error != null) { report.Skipped.Add((id, "copywise: " + mine.Error)); continue; }
            if (mine.Ms <= 0 || theirs.Ms <= 0) { report.Skipped.Add((id, "a time of zero (was --repeat given?)")); continue; }
            string lang = mine.Language ?? ConformanceReport.LanguageOf(paper.Locale);
            report.Rows.Add(new SpeedRow(id, lang, Encoding.UTF8.GetByteCount(paper.Text), theirs.Ms, mine.Ms));
        }
        return report;
    }

    private sealed record Timing(double Ms, string? Language, string? Error);

    private static Dictionary<string, Timing> Timings(IEnumerable<string> lines)
    {
        var result = new Dictionary<string, Timing>();
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            var e = doc.RootElement;
            if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty("id", out var id) || id.GetString() is not { } key) continue;
            double ms = e.TryGetProperty("ms", out var m) && m.ValueKind == JsonValueKind.Number ? m.GetDouble() : 0;
            string? lang = e.TryGetProperty("language", out var l) ? l.GetString() : null;
            string? error = e.TryGetProperty("error", out var err) ? err.ToString() : null;
            // The last line of an id wins: side-by-side.sh times a second pass over the papers, after a warm-up pass.
            result[key] = new Timing(ms, lang, error);
        }
        return result;
    }

    /// <summary>The median of per-paper ratios (oracle ms / our ms).</summary>
    public double MedianRatio => Median(Rows.Select(r => r.Ratio));

    /// <summary>Total input in UTF-8 bytes.</summary>
    public long TotalBytes => Rows.Sum(r => r.InputBytes);

    /// <summary>Our throughput in MB (10^6 bytes) of input per second, one thread.</summary>
    public double OurMegabytesPerSecond => TotalBytes / 1e6 / (Rows.Sum(r => r.OurMs) / 1000);

    /// <summary>The reference's throughput in MB of input per second, one thread.</summary>
    public double OracleMegabytesPerSecond => TotalBytes / 1e6 / (Rows.Sum(r => r.OracleMs) / 1000);

    /// <summary>Our articles per second, one thread.</summary>
    public double OurArticlesPerSecond => Rows.Count / (Rows.Sum(r => r.OurMs) / 1000);

    /// <summary>The reference's articles per second, one thread.</summary>
    public double OracleArticlesPerSecond => Rows.Count / (Rows.Sum(r => r.OracleMs) / 1000);

    /// <summary>The median of a sequence (mean of the middle two for an even count).</summary>
    public static double Median(IEnumerable<double> values)
    {
        var v = values.Order().ToArray();
        if (v.Length == 0) return double.NaN;
        return v.Length % 2 == 1 ? v[v.Length / 2] : (v[v.Length / 2 - 1] + v[v.Length / 2]) / 2;
    }

    /// <summary>The report as Markdown: the table per paper, then the summary.</summary>
    public string ToMarkdown()
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine("| id | language | input KB | oracle ms | our ms | ratio |");
        sb.AppendLine("|---|---|---:|---:|---:|---:|");
        foreach (var r in Rows)
        {
            sb.AppendLine(c, $"| {r.Id} | {r.Language} | {r.InputBytes / 1000.0:0.0} | {r.OracleMs:0.0} | {r.OurMs:0.000} | {r.Ratio:0}× |");
        }
        sb.AppendLine();
        var ratios = Rows.Select(r => r.Ratio).ToArray();
        sb.AppendLine(c, $"Papers timed by both: {Rows.Count}, {TotalBytes / 1e6:0.000} MB of input (KB and MB are 10^3 and 10^6 bytes of UTF-8 text).");
        sb.AppendLine();
        sb.AppendLine("| | median ratio | MB/s of input per core | articles/s per core |");
        sb.AppendLine("|---|---:|---:|---:|");
        sb.AppendLine(c, $"| copywise | {MedianRatio:0}× (min {ratios.Min():0}×, max {ratios.Max():0}×) | {OurMegabytesPerSecond:0.00} | {OurArticlesPerSecond:0.0} |");
        sb.AppendLine(c, $"| yoastseo 3.6.0 (warm) | 1× | {OracleMegabytesPerSecond:0.0000} | {OracleArticlesPerSecond:0.00} |");
        sb.AppendLine(c, $"| target | ≥ {TargetRatio:#,0}× | ≥ {TargetMegabytesPerSecond:0} | |");
        sb.AppendLine();
        sb.AppendLine(c, $"Median ratio target (≥ {TargetRatio:#,0}×): {(MedianRatio >= TargetRatio ? "met" : "not met")}. " +
                         $"Throughput target (≥ {TargetMegabytesPerSecond:0} MB/s per core): {(OurMegabytesPerSecond >= TargetMegabytesPerSecond ? "met" : "not met")}.");
        if (Skipped.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine(c, $"Left out ({Skipped.Count}):");
            foreach (var (id, reason) in Skipped) sb.AppendLine(c, $"- {id}: {reason}");
        }
        return sb.ToString();
    }
}
