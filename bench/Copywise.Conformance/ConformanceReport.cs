using System.Globalization;
using System.Text;
using System.Text.Json;
using Copywise.Analysis;
using Copywise.Documents;
using Copywise.Research;

namespace Copywise.Conformance;

/// <summary>One (paper, assessment) comparison.</summary>
public sealed record Comparison(string Paper, string Language, string Group, string Assessment, int? Ours, string OursText, int? Theirs, string TheirsText, string? Deviation)
{
    /// <summary>True when both gave the same score.</summary>
    public bool Agrees => Ours == Theirs;
}

/// <summary>Facts of one paper, ours and the reference's.</summary>
public sealed record FactPair(string Paper, string Language, string Fact, double? Ours, double? Theirs);

/// <summary>The comparison of our analysis with the reference's output on a corpus.</summary>
public sealed class ConformanceReport
{
    /// <summary>All comparisons.</summary>
    public List<Comparison> Comparisons { get; } = new();
    /// <summary>Facts side by side.</summary>
    public List<FactPair> Facts { get; } = new();
    /// <summary>Overall scores side by side: (paper, language, group, ours, theirs).</summary>
    public List<(string Paper, string Language, string Group, int Ours, int Theirs)> Overall { get; } = new();
    /// <summary>Papers the reference could not analyse.</summary>
    public List<(string Paper, string Error)> ReferenceErrors { get; } = new();

    private static readonly string[] SeoIds =
    [
        "introductionKeyword", "keyphraseLength", "keyphraseDensity", "metaDescriptionKeyword", "metaDescriptionLength",
        "subheadingsKeyword", "textCompetingLinks", "imageKeyphrase", "images", "textLength", "externalLinks",
        "keyphraseInSEOTitle", "internalLinks", "titleWidth", "slugKeyword", "functionWordsInKeyphrase", "singleH1",
        "keyphraseDistribution", "previouslyUsedKeywords",
    ];

    /// <summary>Runs our analysis (word forms off) on every paper of <paramref name="corpusLines"/> and compares with <paramref name="oracleLines"/>.</summary>
    public static ConformanceReport Build(IEnumerable<string> corpusLines, IEnumerable<string> oracleLines, string? language, KnownDeviations deviations)
    {
        var oracle = new Dictionary<string, JsonElement>();
        foreach (var line in oracleLines)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var e = JsonDocument.Parse(line).RootElement;
            if (e.TryGetProperty("id", out var id) && id.GetString() is { } s) oracle[s] = e;
        }
        var report = new ConformanceReport();
        var options = new AnalysisOptions { WordForms = false };
        foreach (var line in corpusLines)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var (id, paper) = PaperJson.Parse(line, new Paper());
            id ??= "?";
            string lang = LanguageOf(paper.Locale);
            if (language != null && lang != language) continue;
            if (!oracle.TryGetValue(id, out var theirs)) continue;
            if (theirs.TryGetProperty("error", out var error))
            {
                report.ReferenceErrors.Add((id, error.GetString() ?? ""));
                continue;
            }
            var ours = Analyzer.Analyze(paper, options);
            report.Add(id, lang, paper, options, ours, theirs, deviations);
        }
        return report;
    }

    /// <summary>The language code of a locale (en_US → en).</summary>
    public static string LanguageOf(string locale)
    {
        if (string.IsNullOrWhiteSpace(locale)) return "en";
        int cut = locale.IndexOfAny(['_', '-']);
        return (cut > 0 ? locale[..cut] : locale).ToLowerInvariant();
    }

    private void Add(string id, string lang, Paper paper, AnalysisOptions options, AnalysisResult ours, JsonElement theirs, KnownDeviations deviations)
    {
        var facts = theirs.GetProperty("facts");
        double? F(string name) => facts.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
        var mine = ours.Seo.Results.Concat(ours.Readability.Results).ToDictionary(r => r.Id);
        var theirResults = theirs.GetProperty("results");
        var seen = new HashSet<string>();
        foreach (var r in theirResults.EnumerateObject())
        {
            string aid = r.Name;
            if (aid.Length == 0) continue;
            seen.Add(aid);
            int? score = r.Value.TryGetProperty("score", out var sc) && sc.ValueKind == JsonValueKind.Number ? (int)Math.Round(sc.GetDouble()) : null;
            string text = r.Value.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";
            bool found = mine.TryGetValue(aid, out var m);
            var c = new Comparison(id, lang, GroupOf(aid), aid, found ? m.Score : null, found ? m.Text : "", score, text, null);
            if (!c.Agrees) c = c with { Deviation = deviations.Explain(id, aid) ?? MeasuredDeviations.Explain(paper, ours, aid, score, text, F, options) };
            Comparisons.Add(c);
        }
        // An assessment the reference reports is compared above; one only we report is compared when the reference
        // has it in its set for this language but omitted it (it did not apply there).
        foreach (var (aid, m) in mine)
        {
            if (seen.Contains(aid) || !deviations.IsReferenceAssessment(aid)) continue;
            var c = new Comparison(id, lang, GroupOf(aid), aid, m.Score, m.Text, null, "(not reported)", null);
            Comparisons.Add(c with { Deviation = deviations.Explain(id, aid) });
        }
        Facts.Add(new FactPair(id, lang, "wordCount", ours.Facts.WordCount, F("wordCount")));
        Facts.Add(new FactPair(id, lang, "sentenceCount", ours.Facts.SentenceCount, F("sentenceCount")));
        Facts.Add(new FactPair(id, lang, "keyphraseCount", ours.Facts.KeyphraseCount, F("keyphraseCount")));
        var fre = F("fleschReadingEase");
        Facts.Add(new FactPair(id, lang, "fleschReadingEase", ours.Facts.FleschReadingEase, fre is < 0 ? null : fre));
        if (theirs.TryGetProperty("seoScore", out var seo) && seo.ValueKind == JsonValueKind.Number) Overall.Add((id, lang, "seo", ours.Seo.Score, seo.GetInt32()));
        if (theirs.TryGetProperty("readabilityScore", out var rs) && rs.ValueKind == JsonValueKind.Number) Overall.Add((id, lang, "readability", ours.Readability.Score, rs.GetInt32()));
    }

    private static string GroupOf(string id) => SeoIds.Contains(id) ? "seo" : "readability";

    /// <summary>Agreement over all comparisons, in percent.</summary>
    public double Agreement => Percent(Comparisons.Count(c => c.Agrees), Comparisons.Count);

    /// <summary>Agreement counting explained deviations as agreed, in percent.</summary>
    public double AgreementExplained => Percent(Comparisons.Count(c => c.Agrees || c.Deviation != null), Comparisons.Count);

    /// <summary>Agreement of one language (null for all) in one group, in percent, and how many pairs were compared.</summary>
    public (double Percent, int Compared) AgreementOf(string? language, string group)
    {
        var list = Comparisons.Where(c => c.Group == group && (language == null || c.Language == language)).ToList();
        return (Percent(list.Count(c => c.Agrees), list.Count), list.Count);
    }

    private static double Percent(int a, int n) => n == 0 ? 100 : Math.Round(a * 100.0 / n, 1);

    /// <summary>Renders the report as Markdown (also readable as plain text).</summary>
    /// <param name="command">The command that makes the report, quoted at its top.</param>
    /// <param name="sources">Markdown that says where the reference's output comes from, or null.</param>
    /// <param name="floors">Floors to show beside the agreement per language, or null.</param>
    public string ToMarkdown(string command, string? sources = null, Floors? floors = null)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine("# Conformance with the reference").AppendLine();
        sb.AppendLine($"Generated by `{command}`: our analysis (word forms off, the reference's free behaviour) against the reference's output, per (paper, assessment).").AppendLine();
        if (sources != null) sb.AppendLine(sources.TrimEnd()).AppendLine();
        sb.AppendLine($"**Overall agreement: {Agreement.ToString(inv)}%** ({Comparisons.Count(c => c.Agrees)} of {Comparisons.Count}); counting documented deviations (`docs/deviations.md`) as explained: {AgreementExplained.ToString(inv)}%.").AppendLine();
        foreach (var g in new[] { "seo", "readability" })
        {
            var list = Comparisons.Where(c => c.Group == g).ToList();
            sb.AppendLine($"- {g}: {Percent(list.Count(c => c.Agrees), list.Count).ToString(inv)}% ({list.Count(c => c.Agrees)}/{list.Count})");
        }
        foreach (var g in new[] { "seo", "readability" })
        {
            var list = Overall.Where(o => o.Group == g).ToList();
            sb.AppendLine($"- overall {g} score equal: {list.Count(o => o.Ours == o.Theirs)}/{list.Count}");
        }
        sb.AppendLine().AppendLine("## Per assessment").AppendLine();
        sb.AppendLine("| assessment | agreed | compared | % | explained |").AppendLine("|---|---:|---:|---:|---:|");
        foreach (var g in Comparisons.GroupBy(c => c.Assessment).OrderBy(g => GroupOf(g.Key)).ThenBy(g => g.Key))
        {
            int a = g.Count(c => c.Agrees), n = g.Count(), x = g.Count(c => !c.Agrees && c.Deviation != null);
            sb.AppendLine($"| {g.Key} | {a} | {n} | {Percent(a, n).ToString(inv)} | {x} |");
        }
        sb.AppendLine().AppendLine("## Per language").AppendLine();
        if (floors != null)
        {
            sb.AppendLine("The floors are those of `bench/conformance-floor.txt`, which CI checks.").AppendLine();
            sb.AppendLine("| language | papers | SEO % | SEO floor | readability % | readability floor | all % |").AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        }
        else
        {
            sb.AppendLine("| language | papers | SEO % | readability % | all % |").AppendLine("|---|---:|---:|---:|---:|");
        }
        string FloorCell(double? f) => f?.ToString(inv) ?? "–";
        foreach (var g in Comparisons.GroupBy(c => c.Language).OrderBy(g => g.Key))
        {
            var seo = g.Where(c => c.Group == "seo").ToList();
            var read = g.Where(c => c.Group == "readability").ToList();
            string seoPercent = Percent(seo.Count(c => c.Agrees), seo.Count).ToString(inv);
            string readPercent = Percent(read.Count(c => c.Agrees), read.Count).ToString(inv);
            string all = Percent(g.Count(c => c.Agrees), g.Count()).ToString(inv);
            int papers = g.Select(c => c.Paper).Distinct().Count();
            if (floors != null)
            {
                var f = floors.Of(g.Key);
                sb.AppendLine($"| {g.Key} | {papers} | {seoPercent} | {FloorCell(f?.Seo)} | {readPercent} | {FloorCell(f?.Readability)} | {all} |");
            }
            else
            {
                sb.AppendLine($"| {g.Key} | {papers} | {seoPercent} | {readPercent} | {all} |");
            }
        }
        sb.AppendLine().AppendLine("## Facts").AppendLine();
        sb.AppendLine("| fact | papers | equal | mean abs. delta | max abs. delta | mean rel. delta % |").AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var g in Facts.Where(f => f.Ours != null && f.Theirs != null).GroupBy(f => f.Fact))
        {
            var d = g.Select(f => Math.Abs(f.Ours!.Value - f.Theirs!.Value)).ToList();
            var rel = g.Where(f => f.Theirs != 0).Select(f => Math.Abs(f.Ours!.Value - f.Theirs!.Value) / Math.Abs(f.Theirs!.Value) * 100).DefaultIfEmpty(0);
            sb.AppendLine($"| {g.Key} | {g.Count()} | {d.Count(x => x < 1e-9)} | {d.Average().ToString("0.##", inv)} | {d.Max().ToString("0.##", inv)} | {rel.Average().ToString("0.##", inv)} |");
        }
        if (ReferenceErrors.Count > 0)
        {
            sb.AppendLine().AppendLine("## Papers the reference could not analyse").AppendLine();
            foreach (var (p, e) in ReferenceErrors) sb.AppendLine($"- {p}: {e}");
        }
        sb.AppendLine().AppendLine("## Disagreements").AppendLine();
        sb.AppendLine("| paper | assessment | ours | reference | explained by |").AppendLine("|---|---|---|---|---|");
        foreach (var c in Comparisons.Where(c => !c.Agrees).OrderBy(c => c.Deviation != null).ThenBy(c => c.Paper))
        {
            sb.AppendLine($"| {c.Paper} | {c.Assessment} | {c.Ours?.ToString(inv) ?? "—"}: {Cell(c.OursText)} | {c.Theirs?.ToString(inv) ?? "—"}: {Cell(c.TheirsText)} | {c.Deviation ?? "**unexplained**"} |");
        }
        return sb.ToString();
    }

    private static string Cell(string s)
    {
        s = s.Replace("|", "\\|").Replace("\n", " ");
        return s.Length > 140 ? s[..140] + "…" : s;
    }
}

/// <summary>
/// Disagreements we explain in docs/deviations.md, read from <c>bench/known-deviations.txt</c>: lines of
/// <c>assessment [paper] # anchor</c>; a paper of <c>*</c> covers every paper.
/// </summary>
public sealed class KnownDeviations
{
    private readonly List<(string Assessment, string Paper, string Anchor)> _entries = new();
    private readonly HashSet<string> _referenceAssessments = new();

    /// <summary>Reads the file; a missing file means none.</summary>
    public static KnownDeviations Load(string? path)
    {
        var k = new KnownDeviations();
        if (path is null || !File.Exists(path)) return k;
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            string anchor = "";
            int hash = line.IndexOf('#');
            if (hash > 0) { anchor = line[(hash + 1)..].Trim(); line = line[..hash].Trim(); }
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts[0] == "reference-assessment") { foreach (var p in parts.Skip(1)) k._referenceAssessments.Add(p); continue; }
            k._entries.Add((parts[0], parts.Length > 1 ? parts[1] : "*", anchor));
        }
        return k;
    }

    /// <summary>The anchor explaining a disagreement, or null.</summary>
    public string? Explain(string paper, string assessment)
    {
        foreach (var (a, p, anchor) in _entries)
        {
            if (a == assessment && (p == "*" || p == paper)) return "deviations.md#" + anchor;
        }
        return null;
    }

    /// <summary>True for assessments the reference has in its set, so that our result without its counterpart is compared.</summary>
    public bool IsReferenceAssessment(string id) => _referenceAssessments.Contains(id);
}
