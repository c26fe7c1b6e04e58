using System.Globalization;
using System.Text;
using System.Xml;
using Copywise.Analysis;

namespace Copywise.Audit.Reports;

/// <summary>
/// JUnit XML, which every CI system shows as tests: one test suite per page with one test case per assessment group
/// (SEO, readability, each related keyphrase), failed when the group has a failing result or its score is under the
/// threshold; a page that cannot be read is an error; and a <c>site</c> suite with one test case per site-wide check.
/// </summary>
public static class JUnitReport
{
    /// <summary>Writes the report.</summary>
    public static void Write(AuditReport report, Stream output)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), CheckCharacters = false };
        var cases = new List<(string Suite, string Name, string? Failure, string? Error, string Detail)>();
        foreach (var page in report.Pages)
        {
            if (page.Error != null)
            {
                cases.Add((page.Path, "read", null, page.Error, page.Error));
                continue;
            }
            var result = report.Result(page)!;
            var groups = new List<(string Name, ResultGroup Group, int? Threshold)>
            {
                ("seo", result.Seo, report.Policy.SeoFailUnder),
                ("readability", result.Readability, report.Policy.ReadabilityFailUnder),
            };
            groups.AddRange(result.Related.Select(r => ($"related keyphrase \"{r.Keyphrase}\"", r.Group, report.Policy.SeoFailUnder)));
            foreach (var (name, group, threshold) in groups)
            {
                var failing = group.Results.Where(report.Policy.IsFailing).ToList();
                bool under = threshold is { } t && group.Score < t;
                string? failure = failing.Count == 0 && !under ? null
                    : under ? $"score {group.Score} is under {threshold}" + (failing.Count > 0 ? $"; {failing.Count} failing" : "")
                    : $"{failing.Count} failing (score {group.Score})";
                var detail = new StringBuilder();
                detail.Append(CultureInfo.InvariantCulture, $"score {group.Score}\n");
                foreach (var r in failing) detail.Append(CultureInfo.InvariantCulture, $"[{Ratings.Name(r.Rating)}] {r.Text}{(r.Fix.Length > 0 ? " → " + r.Fix : "")}\n");
                cases.Add((page.Path, name, failure, null, detail.ToString()));
            }
        }
        foreach (var (kind, name, findings) in report.FindingsByKind())
        {
            // Suggestions are advice, not failures.
            bool fails = findings.Count > 0 && kind != SiteChecks.LinkSuggestion;
            var detail = string.Join("\n", findings.Select(report.Describe));
            cases.Add(("site", name, fails ? $"{findings.Count} finding(s)" : null, null, detail));
        }

        using var w = XmlWriter.Create(output, settings);
        w.WriteStartDocument();
        w.WriteStartElement("testsuites");
        w.WriteAttributeString("name", "copywise audit");
        w.WriteAttributeString("tests", Num(cases.Count));
        w.WriteAttributeString("failures", Num(cases.Count(c => c.Failure != null)));
        w.WriteAttributeString("errors", Num(cases.Count(c => c.Error != null)));
        w.WriteAttributeString("time", Seconds(report.Run.ElapsedMs));
        foreach (var suite in cases.GroupBy(c => c.Suite))
        {
            w.WriteStartElement("testsuite");
            w.WriteAttributeString("name", suite.Key);
            w.WriteAttributeString("tests", Num(suite.Count()));
            w.WriteAttributeString("failures", Num(suite.Count(c => c.Failure != null)));
            w.WriteAttributeString("errors", Num(suite.Count(c => c.Error != null)));
            w.WriteAttributeString("skipped", "0");
            foreach (var c in suite)
            {
                w.WriteStartElement("testcase");
                w.WriteAttributeString("classname", Clean(suite.Key));
                w.WriteAttributeString("name", Clean(c.Name));
                if (c.Failure != null)
                {
                    w.WriteStartElement("failure");
                    w.WriteAttributeString("message", Clean(c.Failure));
                    w.WriteAttributeString("type", "copywise");
                    w.WriteString(Clean(c.Detail));
                    w.WriteEndElement();
                }
                else if (c.Error != null)
                {
                    w.WriteStartElement("error");
                    w.WriteAttributeString("message", Clean(c.Error));
                    w.WriteAttributeString("type", "input");
                    w.WriteEndElement();
                }
                else if (c.Detail.Length > 0)
                {
                    w.WriteElementString("system-out", Clean(c.Detail));
                }
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(long? ms) => ((ms ?? 0) / 1000.0).ToString("0.###", CultureInfo.InvariantCulture);

    // XML 1.0 cannot carry most control characters, whatever the escaping.
    private static string Clean(string s)
    {
        if (s.All(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c))) return s;
        return new string(s.Select(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c) ? c : '\uFFFD').ToArray());
    }
}
