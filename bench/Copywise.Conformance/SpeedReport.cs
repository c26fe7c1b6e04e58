using System.Globalization;
using System.Text;
using System.Text.Json;
using Copywise.Documents;
using Copywise.Languages;

namespace Copywise.Conformance;

/// <summary>One paper timed by both engines.</summary>
/// <param name="Id">The paper's id.</param>
/// <param name="Language">Its language code.</param>
/// <param name="InputBytes">The size of its text in UTF-8 bytes.</param>
/// <param name="OracleMs">The reference's mean warm time per analysis.</param>
/// <param name="OurMs">Our mean warm time per analysis.</param>
/// <param name="FullRules">Whether we have rules for the language; without them only the language-independent checks run.</param>
public sealed record SpeedRow(string Id, string Language, long InputBytes, double OracleMs, double OurMs, bool FullRules)
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
            bool full = LanguageRegistry.ForLocale(paper.Locale) is not UnsupportedLanguage;
            report.Rows.Add(new SpeedRow(id, lang, Encoding.UTF8.GetByteCount(paper.Text), theirs.Ms, mine.Ms, full));
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

    /// <summary>Figures over a set of papers.</summary>
    /// <param name="Papers">How many.</param>
    /// <param name="Bytes">Their input in UTF-8 bytes.</param>
    /// <param name="MedianRatio">The median of per-paper ratios (oracle ms / our ms).</param>
    /// <param name="MinRatio">The smallest ratio.</param>
    /// <param name="MaxRatio">The largest ratio.</param>
    /// <param name="OurMegabytesPerSecond">Our throughput in MB (10^6 bytes) of input per second, one thread.</param>
    /// <param name="OurArticlesPerSecond">Our articles per second, one thread.</param>
    /// <param name="OracleMegabytesPerSecond">The reference's throughput in MB of input per second, one thread.</param>
    /// <param name="OracleArticlesPerSecond">The reference's articles per second, one thread.</param>
    public sealed record Summary(int Papers, long Bytes, double MedianRatio, double MinRatio, double MaxRatio,
        double OurMegabytesPerSecond, double OurArticlesPerSecond, double OracleMegabytesPerSecond, double OracleArticlesPerSecond);

    /// <summary>The figures over all papers.</summary>
    public Summary All => Summarise(Rows);

    /// <summary>The figures over the papers in languages we have rules for (a like-for-like comparison), or null when there are none.</summary>
    public Summary? FullRules => Rows.Any(r => r.FullRules) ? Summarise(Rows.Where(r => r.FullRules).ToList()) : null;

    private static Summary Summarise(IReadOnlyList<SpeedRow> rows)
    {
        long bytes = rows.Sum(r => r.InputBytes);
        double ourSeconds = rows.Sum(r => r.OurMs) / 1000, oracleSeconds = rows.Sum(r => r.OracleMs) / 1000;
        var ratios = rows.Select(r => r.Ratio).ToList();
        return new Summary(rows.Count, bytes, Median(ratios), ratios.Min(), ratios.Max(),
            bytes / 1e6 / ourSeconds, rows.Count / ourSeconds, bytes / 1e6 / oracleSeconds, rows.Count / oracleSeconds);
    }

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
            sb.AppendLine(c, $"| {r.Id} | {r.Language}{(r.FullRules ? "" : "*")} | {r.InputBytes / 1000.0:0.0} | {r.OracleMs:0.0} | {r.OurMs:0.000} | {r.Ratio:0}× |");
        }
        sb.AppendLine();
        if (Rows.Any(r => !r.FullRules))
        {
            sb.AppendLine("\\* A language we have no rules for yet: only the language-independent checks run, so the comparison is not like for like.");
            sb.AppendLine();
        }
        sb.AppendLine("KB and MB are 10^3 and 10^6 bytes of UTF-8 text; both engines analyse one paper at a time on one thread, so their rates are per core.");
        sb.AppendLine();
        sb.AppendLine("| papers | count | input MB | median ratio (min–max) | copywise MB/s | copywise articles/s | reference MB/s | reference articles/s |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        void Line(string name, Summary x) => sb.AppendLine(c,
            $"| {name} | {x.Papers} | {x.Bytes / 1e6:0.000} | {x.MedianRatio:0}× ({x.MinRatio:0}–{x.MaxRatio:0}) | {x.OurMegabytesPerSecond:0.0} | {x.OurArticlesPerSecond:0} | {x.OracleMegabytesPerSecond:0.0000} | {x.OracleArticlesPerSecond:0.00} |");
        var all = All;
        var full = FullRules;
        Line("all", all);
        if (full != null && full.Papers < all.Papers)
        {
            Line("languages with rules (" + string.Join(", ", Rows.Where(r => r.FullRules).Select(r => r.Language).Distinct()) + ")", full);
        }
        sb.AppendLine(c, $"| target | | | ≥ {TargetRatio:#,0}× | ≥ {TargetMegabytesPerSecond:0} | | | |");
        sb.AppendLine();
        void Verdict(string name, Summary x) => sb.AppendLine(c,
            $"{name}: median ratio {(x.MedianRatio >= TargetRatio ? "meets" : "misses")} the target of {TargetRatio:#,0}×; throughput {(x.OurMegabytesPerSecond >= TargetMegabytesPerSecond ? "meets" : "misses")} the target of {TargetMegabytesPerSecond:0} MB/s per core.");
        Verdict("All papers", all);
        if (full != null && full.Papers < all.Papers)
        {
            sb.AppendLine();
            Verdict("Languages with rules", full);
        }
        if (Skipped.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine(c, $"Left out ({Skipped.Count}):");
            foreach (var (id, reason) in Skipped) sb.AppendLine(c, $"- {id}: {reason}");
        }
        return sb.ToString();
    }
}
