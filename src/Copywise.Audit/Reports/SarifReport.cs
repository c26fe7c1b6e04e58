using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Copywise.Analysis;
using Copywise.Assessments;
using Copywise.Audit.Storage;

namespace Copywise.Audit.Reports;

/// <summary>
/// SARIF 2.1.0 for code scanning: one result per failing assessment of each page and one per site-wide finding, rules
/// from the assessment catalogue and the site checks, and regions (line and column, from 1, in UTF-16 code units)
/// computed from the marks, so the annotations land on the Markdown or HTML lines they are about. A page of a live site
/// is located by its URL alone.
/// </summary>
public static class SarifReport
{
    /// <summary>The most marks of one result given as places (the first is the location, the rest related locations).</summary>
    public const int MaxLocations = 20;

    /// <summary>The rule of a page that could not be read.</summary>
    public const string InputError = "inputError";

    /// <summary>Every rule: the assessments of every group (cornerstone variants share ids) and the site checks.</summary>
    public static IReadOnlyList<(string Id, string Name, string Summary, string Group)> Rules()
    {
        var rules = new List<(string, string, string, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void AddAll(IEnumerable<Assessment> assessments, string group)
        {
            foreach (var a in assessments) if (seen.Add(a.Id)) rules.Add((a.Id, a.Name, a.Summary, group));
        }
        AddAll(Assessors.Seo(false).Concat(Assessors.Seo(true)).Concat(Assessors.Related(false)), "seo");
        AddAll(Assessors.Readability(false).Concat(Assessors.Readability(true)), "readability");
        foreach (var c in SiteChecks.Catalogue) if (seen.Add(c.Id)) rules.Add((c.Id, c.Name, c.Summary, "site"));
        rules.Add((InputError, "Page cannot be read", "Checks that every page can be read: text in UTF-8 or UTF-16, with valid front matter.", "site"));
        return rules;
    }

    /// <summary>Writes the log.</summary>
    /// <param name="report">The run.</param>
    /// <param name="output">Where to.</param>
    /// <param name="baseDirectory">The folder artifact URIs are relative to (the repository checkout in CI).</param>
    public static void Write(AuditReport report, Stream output, string baseDirectory)
    {
        var rules = Rules();
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var baseDir = Path.GetFullPath(baseDirectory);
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();

        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "copywise");
        var version = PageAnalyzer.EngineVersion.Split('+')[0];
        w.WriteString("version", PageAnalyzer.EngineVersion);
        w.WriteString("semanticVersion", version);
        w.WriteStartArray("rules");
        foreach (var (id, name, summary, group) in rules)
        {
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteString("name", name);
            w.WriteStartObject("shortDescription");
            w.WriteString("text", name);
            w.WriteEndObject();
            w.WriteStartObject("fullDescription");
            w.WriteString("text", summary);
            w.WriteEndObject();
            w.WriteStartObject("help");
            string doc = group == "site" ? "docs/audit.md#" + id.ToLowerInvariant() : "docs/" + AssessmentResult.HelpAnchor(id);
            w.WriteString("text", $"{summary} See {doc}.");
            w.WriteEndObject();
            w.WriteStartObject("defaultConfiguration");
            w.WriteString("level", id == SiteChecks.LinkSuggestion ? "note" : "warning");
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteStartArray("tags");
            w.WriteStringValue(group);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteString("columnKind", "utf16CodeUnits");
        w.WriteStartObject("originalUriBaseIds");
        w.WriteStartObject("%SRCROOT%");
        w.WriteString("uri", new Uri(baseDir.EndsWith(Path.DirectorySeparatorChar) ? baseDir : baseDir + Path.DirectorySeparatorChar).AbsoluteUri);
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteStartArray("results");
        var findingsByPage = report.Findings.ToLookup(f => f.PageId);
        foreach (var page in report.Pages)
        {
            // A live page is its URL; its marks are offsets in the extracted main content, which no line of the URL's HTML matches.
            string uri = SitePaths.IsWebUrl(page.Path) ? page.Path : ArtifactUri(Path.Combine(report.Root, page.Path), baseDir);
            var result = report.Result(page);
            var pageFindings = findingsByPage[page.PageId].ToList();
            bool anyFailing = result != null && Groups(result).Any(g => g.Group.Results.Any(report.Policy.IsFailing));
            string? source = anyFailing || pageFindings.Count > 0 ? report.Source(page) : null;
            var lines = source is null ? null : new LineIndex(source);
            if (page.Error != null)
            {
                WriteResult(w, InputError, ruleIndex[InputError], "error", $"The page could not be read: {page.Error}", uri, lines, [], Fingerprint(page.Path, InputError, ""), page.Path, null);
                continue;
            }
            if (result is null) continue;
            foreach (var (groupName, group) in Groups(result))
            {
                foreach (var r in group.Results)
                {
                    if (!report.Policy.IsFailing(r)) continue;
                    string text = r.Fix.Length > 0 ? $"{r.Text} {r.Fix}" : r.Text;
                    WriteResult(w, r.Id, ruleIndex.GetValueOrDefault(r.Id, -1), r.Rating == Rating.Bad ? "error" : "warning", text, uri, lines, r.Marks,
                        Fingerprint(page.Path, groupName, r.Id), page.Path, (groupName, r.Score));
                }
            }
            foreach (var f in pageFindings)
            {
                IReadOnlyList<Mark> marks = f.Start is { } s && f.End is { } e ? [new Mark(s, e)]
                    : f.Kind == SiteChecks.LinkSuggestion && source != null && Find(source, f.Value) is { } m ? [m] : [];
                string level = f.Kind switch { SiteChecks.LinkSuggestion => "note", SiteChecks.BrokenLink => "error", _ => "warning" };
                WriteResult(w, f.Kind, ruleIndex[f.Kind], level, report.Describe(f) + ".", uri, lines, marks,
                    Fingerprint(page.Path, f.Kind, f.Value + "|" + f.OtherPageId), page.Path, null);
            }
        }
        w.WriteEndArray();

        var (seo, readability) = report.Averages();
        w.WriteStartObject("properties");
        w.WriteNumber("runId", report.Run.Id);
        w.WriteNumber("pages", report.Pages.Count);
        if (seo is { } sa) w.WriteNumber("seoAverage", Math.Round(sa, 2));
        if (readability is { } ra) w.WriteNumber("readabilityAverage", Math.Round(ra, 2));
        w.WriteEndObject();

        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static IEnumerable<(string Name, ResultGroup Group)> Groups(AnalysisResult r)
    {
        yield return ("seo", r.Seo);
        yield return ("readability", r.Readability);
        foreach (var rel in r.Related) yield return ("related:" + rel.Keyphrase, rel.Group);
    }

    private static void WriteResult(Utf8JsonWriter w, string ruleId, int? ruleIndex, string level, string message, string uri, LineIndex? lines,
        IReadOnlyList<Mark> marks, string fingerprint, string page, (string Group, int Score)? assessment)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", ruleId);
        if (ruleIndex is >= 0) w.WriteNumber("ruleIndex", ruleIndex.Value);
        w.WriteString("level", level);
        w.WriteStartObject("message");
        w.WriteString("text", message);
        w.WriteEndObject();
        w.WriteStartArray("locations");
        WriteLocation(w, uri, lines, marks.Count > 0 ? marks[0] : null, null);
        w.WriteEndArray();
        if (lines != null && marks.Count > 1)
        {
            w.WriteStartArray("relatedLocations");
            for (int i = 1; i < Math.Min(marks.Count, MaxLocations); i++) WriteLocation(w, uri, lines, marks[i], i);
            w.WriteEndArray();
        }
        w.WriteStartObject("partialFingerprints");
        w.WriteString("copywiseResult/v1", fingerprint);
        w.WriteEndObject();
        w.WriteStartObject("properties");
        w.WriteString("page", page);
        if (assessment is { } a)
        {
            w.WriteString("group", a.Group);
            w.WriteNumber("score", a.Score);
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter w, string uri, LineIndex? lines, Mark? mark, int? id)
    {
        w.WriteStartObject();
        if (id is { } i) w.WriteNumber("id", i);
        w.WriteStartObject("physicalLocation");
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", uri);
        bool web = SitePaths.IsWebUrl(uri);
        if (!web && !uri.StartsWith("file:", StringComparison.Ordinal)) w.WriteString("uriBaseId", "%SRCROOT%");
        w.WriteEndObject();
        if (web)
        {
            w.WriteEndObject();
            w.WriteEndObject();
            return;
        }
        w.WriteStartObject("region");
        if (lines != null && mark is { } m && m.End <= lines.Length)
        {
            var (startLine, startColumn) = lines.At(m.Start);
            var (endLine, endColumn) = lines.At(Math.Max(m.Start, m.End));
            w.WriteNumber("startLine", startLine);
            w.WriteNumber("startColumn", startColumn);
            w.WriteNumber("endLine", endLine);
            w.WriteNumber("endColumn", endColumn);
        }
        else
        {
            // A finding about the whole page (or a page changed since the audit) points at its first line.
            w.WriteNumber("startLine", 1);
        }
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>The artifact URI of a file: relative to the base folder when below it, else an absolute file URI.</summary>
    public static string ArtifactUri(string file, string baseDirectory)
    {
        var full = Path.GetFullPath(file);
        var rel = Path.GetRelativePath(baseDirectory, full);
        if (rel.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(rel)) return new Uri(full).AbsoluteUri;
        return string.Join('/', rel.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
    }

    private static string Fingerprint(string page, string group, string id) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(page + "\n" + group + "\n" + id)))[..32];

    // The first occurrence of a phrase in the source, case-insensitively and on word boundaries.
    private static Mark? Find(string source, string phrase)
    {
        int from = 0;
        while (from < source.Length)
        {
            int i = source.IndexOf(phrase, from, StringComparison.OrdinalIgnoreCase);
            if (i < 0) return null;
            int end = i + phrase.Length;
            bool startOk = i == 0 || !char.IsLetterOrDigit(source[i - 1]);
            bool endOk = end == source.Length || !char.IsLetterOrDigit(source[end]);
            if (startOk && endOk) return new Mark(i, end);
            from = i + 1;
        }
        return null;
    }
}
