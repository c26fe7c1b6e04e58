using System.Text.Json;
using Copywise.Analysis;

namespace Copywise.Audit.Reports;

/// <summary>
/// The JSON report: the run, one entry per page with the library's result object (as <c>copywise analyze --format json</c>
/// prints it, the site-wide previously-used-keyphrase results included), and the site-wide findings by check.
/// </summary>
public static class JsonReport
{
    /// <summary>Writes the report.</summary>
    public static void Write(AuditReport report, Stream output)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var run = report.Run;
        var (seo, readability) = report.Averages();
        w.WriteStartObject();
        w.WriteStartObject("run");
        w.WriteNumber("id", run.Id);
        w.WriteString("startedAt", run.StartedAt);
        w.WriteString("finishedAt", run.FinishedAt);
        w.WriteString("engineVersion", run.EngineVersion);
        w.WriteString("root", run.Root);
        w.WriteNumber("pages", run.PageCount);
        w.WriteNumber("analysed", run.AnalysedCount);
        w.WriteNumber("reused", run.ReusedCount);
        w.WriteNumber("errors", run.ErrorCount);
        w.WriteBoolean("changedOnly", report.Policy.ChangedOnly);
        w.WriteNumber("reportedPages", report.Pages.Count);
        WriteNumber(w, "seoAverage", seo);
        WriteNumber(w, "readabilityAverage", readability);
        if (run.ElapsedMs is { } ms) w.WriteNumber("elapsedMs", ms);
        w.WriteEndObject();

        w.WriteStartArray("pages");
        foreach (var page in report.Pages)
        {
            w.WriteStartObject();
            w.WriteString("path", page.Path);
            w.WriteString("url", page.Url);
            w.WriteString("status", page.Status);
            w.WriteBoolean("changed", page.Changed);
            w.WriteBoolean("failing", report.Policy.PageFails(page));
            if (page.Error != null) w.WriteString("error", page.Error);
            if (report.Result(page) is { } result)
            {
                w.WritePropertyName("result");
                ResultJson.Write(w, result);
            }
            w.WriteEndObject();
            w.Flush();
        }
        w.WriteEndArray();

        w.WriteStartObject("site");
        foreach (var (kind, _, findings) in report.FindingsByKind())
        {
            w.WriteStartArray(kind);
            if (kind is SiteChecks.KeyphraseCannibalization or SiteChecks.DuplicateTitle or SiteChecks.DuplicateDescription)
            {
                foreach (var group in findings.GroupBy(f => f.Value))
                {
                    w.WriteStartObject();
                    w.WriteString("value", group.Key);
                    w.WriteStartArray("pages");
                    foreach (var f in group) w.WriteStringValue(report.Page(f.PageId).Path);
                    w.WriteEndArray();
                    w.WriteEndObject();
                }
            }
            else
            {
                foreach (var f in findings)
                {
                    w.WriteStartObject();
                    w.WriteString("page", report.Page(f.PageId).Path);
                    switch (kind)
                    {
                        case SiteChecks.BrokenLink:
                            w.WriteString("href", f.Value);
                            if (f.Start is { } s) w.WriteNumber("start", s);
                            if (f.End is { } e) w.WriteNumber("end", e);
                            break;
                        case SiteChecks.LinkSuggestion:
                            w.WriteString("target", report.Page(f.OtherPageId!.Value).Path);
                            w.WriteString("targetUrl", report.Page(f.OtherPageId!.Value).Url);
                            w.WriteString("phrase", f.Value);
                            w.WriteNumber("relevance", f.Score ?? 0);
                            break;
                        default:
                            w.WriteString("url", f.Value);
                            break;
                    }
                    w.WriteEndObject();
                }
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();

        if (report.Comparison is { } c)
        {
            w.WriteStartObject("compare");
            w.WriteNumber("from", c.From);
            w.WriteNumber("to", c.To);
            WriteChanges(w, "up", c.Up);
            WriteChanges(w, "down", c.Down);
            w.WriteStartArray("added");
            foreach (var p in c.Added) w.WriteStringValue(p);
            w.WriteEndArray();
            w.WriteStartArray("removed");
            foreach (var p in c.Removed) w.WriteStringValue(p);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void WriteChanges(Utf8JsonWriter w, string name, IReadOnlyList<Storage.ScoreChange> changes)
    {
        w.WriteStartArray(name);
        foreach (var ch in changes)
        {
            w.WriteStartObject();
            w.WriteString("path", ch.Path);
            WriteNumber(w, "seoBefore", ch.SeoBefore);
            WriteNumber(w, "seoAfter", ch.SeoAfter);
            WriteNumber(w, "readabilityBefore", ch.ReadabilityBefore);
            WriteNumber(w, "readabilityAfter", ch.ReadabilityAfter);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v) w.WriteNumber(name, Math.Round(v, 2));
        else w.WriteNull(name);
    }
}
