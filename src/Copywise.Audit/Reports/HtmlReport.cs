using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Copywise.Analysis;
using Copywise.Audit.Storage;

namespace Copywise.Audit.Reports;

/// <summary>
/// One self-contained HTML file (no external scripts, styles or fonts): the run's figures, the score distribution as a
/// chart, the site-wide findings, a sortable table of pages, and for each page a drill-down with its results and its
/// text, where clicking a result highlights the places it refers to.
/// </summary>
public static class HtmlReport
{
    /// <summary>
    /// The most pages with a drill-down (the worst first), so a report of a large site stays a file a browser opens;
    /// every page is in the table, and the JSON report has the results of all.
    /// </summary>
    public const int MaxPagesWithDetails = 1000;

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    /// <summary>Writes the report.</summary>
    public static void Write(AuditReport report, Stream output)
    {
        using var w = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        var run = report.Run;
        var (seoAvg, readAvg) = report.Averages();
        var detailed = report.WorstPages(MaxPagesWithDetails).Select(p => p.PageId).ToHashSet();
        w.Write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        w.Write($"<title>copywise audit — run {run.Id}</title><style>{Css}</style></head><body>");
        w.Write($"<header><h1>Site audit</h1><p class=\"meta\">run {run.Id} · {E(run.StartedAt)} · {E(run.Root)} · engine {E(run.EngineVersion)}</p>");
        w.Write("<div class=\"cards\">");
        Card(w, "pages", report.Pages.Count.ToString(CultureInfo.InvariantCulture));
        Card(w, "analysed", run.AnalysedCount.ToString(CultureInfo.InvariantCulture));
        Card(w, "reused", run.ReusedCount.ToString(CultureInfo.InvariantCulture));
        Card(w, "errors", run.ErrorCount.ToString(CultureInfo.InvariantCulture));
        Card(w, "SEO average", seoAvg is { } s ? s.ToString("0.0", CultureInfo.InvariantCulture) : "–");
        Card(w, "readability average", readAvg is { } ra ? ra.ToString("0.0", CultureInfo.InvariantCulture) : "–");
        w.Write("</div></header><main>");

        w.Write("<section><h2>Score distribution</h2>");
        var (seo, readability) = report.Distribution();
        Chart(w, seo, readability);
        w.Write("</section>");

        w.Write("<section><h2>Site-wide findings</h2>");
        foreach (var (kind, name, findings) in report.FindingsByKind())
        {
            w.Write($"<details class=\"finding\" id=\"site-{E(kind)}\"{(findings.Count > 0 && kind != SiteChecks.LinkSuggestion ? " open" : "")}><summary>{E(name)} <span class=\"count\">{findings.Count}</span></summary><ul>");
            foreach (var f in findings.Take(500)) w.Write($"<li>{E(report.Describe(f))}</li>");
            if (findings.Count > 500) w.Write($"<li>… and {findings.Count - 500} more (see the JSON report)</li>");
            w.Write("</ul></details>");
        }
        w.Write("</section>");

        string note = report.Pages.Count > MaxPagesWithDetails ? $" Details are included for the {MaxPagesWithDetails:N0} worst pages; the JSON report has every page." : "";
        w.Write($"<section><h2>Pages</h2><p class=\"hint\">Click a column to sort, a page to see its results.{note}</p><table id=\"pages\"><thead><tr>");
        foreach (var (label, type) in new[] { ("Page", "text"), ("SEO", "num"), ("Readability", "num"), ("Words", "num"), ("Keyphrase", "text"), ("Status", "text") })
            w.Write($"<th data-type=\"{type}\">{label}</th>");
        w.Write("</tr></thead><tbody>");
        int index = 0;
        var ids = new Dictionary<long, int>();
        foreach (var p in report.Pages)
        {
            ids[p.PageId] = index;
            string cls = report.Policy.PageFails(p) ? " class=\"fail\"" : "";
            w.Write($"<tr data-page=\"{index}\"{cls}><td>{E(p.Path)}</td>{ScoreCell(p.SeoScore, true)}{ScoreCell(p.ReadabilityScore, false)}<td data-v=\"{p.WordCount}\">{p.WordCount}</td><td>{E(p.Keyphrase)}</td><td>{E(p.Status)}</td></tr>");
            index++;
        }
        w.Write("</tbody></table></section>");

        w.Write("<section id=\"drill\"><h2>Page</h2><p class=\"hint\">Choose a page in the table.</p>");
        var findingsByPage = report.Findings.ToLookup(f => f.PageId);
        foreach (var p in report.Pages)
        {
            if (!detailed.Contains(p.PageId)) continue;
            w.Write($"<article class=\"page\" id=\"page-{ids[p.PageId]}\" hidden><h3>{E(p.Path)}</h3><p class=\"meta\">{E(p.Url)}");
            if (p.Title.Length > 0) w.Write($" · title “{E(p.Title)}”");
            w.Write("</p>");
            if (p.Error != null) { w.Write($"<p class=\"error\">Could not be read: {E(p.Error)}</p></article>"); continue; }
            var result = report.Result(p)!;
            var all = new List<(string Group, AssessmentResult Result)>();
            all.AddRange(result.Seo.Results.Select(x => ("SEO", x)));
            all.AddRange(result.Readability.Results.Select(x => ("Readability", x)));
            foreach (var rel in result.Related) all.AddRange(rel.Group.Results.Select(x => ($"Related “{rel.Keyphrase}”", x)));
            w.Write("<div class=\"cols\"><div class=\"results\">");
            foreach (var group in all.Select((x, i) => (x.Group, x.Result, i)).GroupBy(x => x.Group))
            {
                int score = group.Key == "SEO" ? result.Seo.Score : group.Key == "Readability" ? result.Readability.Score : result.Related.First(r => $"Related “{r.Keyphrase}”" == group.Key).Group.Score;
                w.Write($"<h4>{E(group.Key)} <span class=\"score\">{score}</span></h4><ul>");
                foreach (var (_, r, i) in group.OrderBy(x => Order(x.Result.Rating)))
                {
                    w.Write($"<li class=\"r {Ratings.Name(r.Rating)}\" data-r=\"{i}\"{(r.Marks.Count > 0 ? " title=\"click to highlight\"" : "")}><span class=\"dot\"></span>{E(r.Text)}");
                    if (r.Fix.Length > 0 && r.Rating is Rating.Bad or Rating.Ok) w.Write($"<div class=\"fix\">→ {E(r.Fix)}</div>");
                    w.Write("</li>");
                }
                w.Write("</ul>");
            }
            var pf = findingsByPage[p.PageId].ToList();
            if (pf.Count > 0)
            {
                w.Write("<h4>Site-wide</h4><ul>");
                foreach (var f in pf) w.Write($"<li class=\"r {(f.Kind == SiteChecks.LinkSuggestion ? "feedback" : "ok")}\"><span class=\"dot\"></span>{E(report.Describe(f))}</li>");
                w.Write("</ul>");
            }
            w.Write("</div><div class=\"text\">");
            var source = report.Source(p);
            if (source != null) Highlighted(w, source, all.Select(x => x.Result).ToList());
            else if (report.IsLiveSite) w.Write("<p class=\"hint\">The text is not embedded: the content read from a live page is not kept.</p>");
            else w.Write("<p class=\"hint\">The text is not embedded: the page changed since the audit.</p>");
            w.Write("</div></div></article>");
        }
        w.Write("</section>");

        if (report.Comparison is { } c)
        {
            w.Write($"<section><h2>Compared with run {c.From}</h2>");
            ChangeList(w, "Better", c.Up);
            ChangeList(w, "Worse", c.Down);
            if (c.Added.Count > 0) w.Write($"<p>New pages: {E(string.Join(", ", c.Added.Take(100)))}</p>");
            if (c.Removed.Count > 0) w.Write($"<p>Removed pages: {E(string.Join(", ", c.Removed.Take(100)))}</p>");
            w.Write("</section>");
        }
        w.Write($"</main><script>{Script}</script></body></html>\n");
    }

    private static string E(string? s) => Encoder.Encode(s ?? "");

    private static int Order(Rating r) => r switch { Rating.Bad => 0, Rating.Ok => 1, Rating.Good => 2, _ => 3 };

    private static void Card(StreamWriter w, string label, string value) => w.Write($"<div class=\"card\"><div class=\"v\">{E(value)}</div><div class=\"l\">{E(label)}</div></div>");

    private static string ScoreCell(int? score, bool seo)
    {
        if (score is not { } s) return "<td data-v=\"-1\">–</td>";
        string cls = seo ? (s > 70 ? "good" : s > 40 ? "ok" : "bad") : (s >= 90 ? "good" : s >= 60 ? "ok" : "bad");
        return $"<td data-v=\"{s}\" class=\"s {cls}\">{s}</td>";
    }

    private static void ChangeList(StreamWriter w, string title, IReadOnlyList<ScoreChange> changes)
    {
        if (changes.Count == 0) return;
        w.Write($"<h3>{title} ({changes.Count})</h3><ul>");
        foreach (var ch in changes.Take(200))
            w.Write($"<li>{E(ch.Path)}: SEO {ch.SeoBefore?.ToString(CultureInfo.InvariantCulture) ?? "–"} → {ch.SeoAfter?.ToString(CultureInfo.InvariantCulture) ?? "–"}, readability {ch.ReadabilityBefore?.ToString(CultureInfo.InvariantCulture) ?? "–"} → {ch.ReadabilityAfter?.ToString(CultureInfo.InvariantCulture) ?? "–"}</li>");
        w.Write("</ul>");
    }

    // Two series of ten bars as inline SVG: pages per tenth of the score range.
    private static void Chart(StreamWriter w, int[] seo, int[] readability)
    {
        int max = Math.Max(1, Math.Max(seo.Max(), readability.Max()));
        const int width = 640, height = 200, left = 40, bottom = 24;
        double slot = (width - left) / 10.0;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {width} {height + bottom + 8}\" role=\"img\" aria-label=\"score distribution\">");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"12\" class=\"axis\">{max}</text><text x=\"0\" y=\"{height}\" class=\"axis\">0</text>");
        for (int b = 0; b < 10; b++)
        {
            double x = left + b * slot;
            foreach (var (values, offset, cls) in new[] { (seo, 4.0, "seo"), (readability, slot / 2, "read") })
            {
                double h = (height - 8) * values[b] / (double)max;
                sb.Append(CultureInfo.InvariantCulture, $"<rect class=\"{cls}\" x=\"{x + offset:0.#}\" y=\"{height - h:0.#}\" width=\"{slot / 2 - 6:0.#}\" height=\"{h:0.#}\"><title>{(cls == "seo" ? "SEO" : "Readability")} {b * 10}–{(b == 9 ? 100 : b * 10 + 9)}: {values[b]} pages</title></rect>");
            }
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + slot / 2:0.#}\" y=\"{height + 18}\" text-anchor=\"middle\" class=\"axis\">{b * 10}</text>");
        }
        sb.Append("</svg><p class=\"legend\"><span class=\"k seo\"></span>SEO <span class=\"k read\"></span>Readability</p>");
        w.Write(sb.ToString());
    }

    // The source with every marked range wrapped in a span listing the results that mark it (a sweep over mark ends).
    private static void Highlighted(StreamWriter w, string source, IReadOnlyList<AssessmentResult> results)
    {
        var events = new List<(int Position, int Result, int Delta)>();
        for (int i = 0; i < results.Count; i++)
        {
            foreach (var m in results[i].Marks)
            {
                if (m.Start < 0 || m.End > source.Length || m.End <= m.Start) continue;
                events.Add((m.Start, i, 1));
                events.Add((m.End, i, -1));
            }
        }
        events.Sort((a, b) => a.Position.CompareTo(b.Position));
        var active = new int[results.Count];
        int open = 0, at = 0, e = 0;
        w.Write("<pre class=\"src\">");
        while (at < source.Length)
        {
            while (e < events.Count && events[e].Position <= at)
            {
                var (_, result, delta) = events[e++];
                if (active[result] == 0 && delta > 0) open++;
                active[result] += delta;
                if (active[result] == 0 && delta < 0) open--;
            }
            int next = e < events.Count ? events[e].Position : source.Length;
            var text = E(source[at..next]);
            if (open == 0) w.Write(text);
            else
            {
                var covering = Enumerable.Range(0, results.Count).Where(i => active[i] > 0);
                w.Write($"<span data-m=\" {string.Join(' ', covering)} \">{text}</span>");
            }
            at = next;
        }
        w.Write("</pre>");
    }

    private const string Css = """
        body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d2327;background:#f6f7f7}
        header{background:#1d2327;color:#fff;padding:16px 24px}header h1{margin:0 0 4px;font-size:22px}.meta{color:#8c8f94;font-size:13px;margin:0}
        .cards{display:flex;flex-wrap:wrap;gap:12px;margin-top:12px}.card{background:#2c3338;border-radius:6px;padding:8px 14px;min-width:110px}
        .card .v{font-size:20px;font-weight:600}.card .l{font-size:12px;color:#c3c4c7}
        main{padding:8px 24px 40px;max-width:1400px}section{background:#fff;border:1px solid #dcdcde;border-radius:6px;padding:12px 16px;margin:16px 0}
        h2{font-size:17px;margin:4px 0 10px}.hint{color:#646970;font-size:13px}
        .chart{width:100%;max-width:720px;height:auto}.chart .axis{font-size:11px;fill:#646970}.seo{fill:#2271b1}.read{fill:#d63638}
        .legend .k{display:inline-block;width:12px;height:12px;margin:0 4px 0 12px;vertical-align:middle}.k.seo{background:#2271b1}.k.read{background:#d63638}
        details.finding{margin:4px 0}details.finding summary{cursor:pointer;font-weight:600}.count{background:#dcdcde;border-radius:9px;padding:0 7px;font-size:12px;margin-left:4px}
        table{border-collapse:collapse;width:100%;font-size:14px}th{text-align:left;cursor:pointer;border-bottom:2px solid #c3c4c7;padding:6px;user-select:none}
        th.asc:after{content:" ▲"}th.desc:after{content:" ▼"}td{border-bottom:1px solid #f0f0f1;padding:5px 6px}tbody tr{cursor:pointer}tbody tr:hover{background:#f0f6fc}
        tr.fail td:first-child{border-left:3px solid #d63638}tr.sel{background:#fcf9e8}
        td.s{font-weight:600}td.good,.good .dot{color:#00a32a}td.ok{color:#dba617}td.bad{color:#d63638}
        .cols{display:grid;grid-template-columns:minmax(280px,1fr) 2fr;gap:16px}.results ul{list-style:none;padding:0;margin:0 0 8px}
        li.r{padding:4px 6px;border-radius:4px;margin:2px 0}li.r[title]{cursor:pointer}li.r.on{background:#fcf0c3}
        .dot{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:6px;background:#8c8f94}
        .good .dot{background:#00a32a}.ok .dot{background:#dba617}.bad .dot{background:#d63638}.fix{color:#646970;font-size:13px;margin-left:16px}
        .score{font-weight:400;color:#646970}.error{color:#d63638}
        pre.src{white-space:pre-wrap;word-wrap:break-word;background:#f6f7f7;padding:10px;border-radius:4px;max-height:70vh;overflow:auto;font-size:13px}
        pre.src span.on{background:#ffe066;outline:1px solid #dba617}
        @media (max-width:900px){.cols{grid-template-columns:1fr}}
        """;

    private const string Script = """
        (function(){
          var table=document.getElementById('pages'),body=table.tBodies[0];
          Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,col){
            th.addEventListener('click',function(){
              var asc=!th.classList.contains('asc'),num=th.dataset.type==='num';
              Array.prototype.forEach.call(th.parentNode.cells,function(c){c.classList.remove('asc','desc');});
              th.classList.add(asc?'asc':'desc');
              var rows=Array.prototype.slice.call(body.rows);
              rows.sort(function(a,b){
                var x=a.cells[col],y=b.cells[col];
                var r=num?(parseFloat(x.dataset.v)-parseFloat(y.dataset.v)):x.textContent.localeCompare(y.textContent);
                return asc?r:-r;});
              rows.forEach(function(r){body.appendChild(r);});
            });
          });
          var shown=null;
          body.addEventListener('click',function(e){
            var tr=e.target.closest('tr');if(!tr)return;
            if(shown)shown.hidden=true;
            Array.prototype.forEach.call(body.querySelectorAll('tr.sel'),function(r){r.classList.remove('sel');});
            tr.classList.add('sel');
            shown=document.getElementById('page-'+tr.dataset.page);
            if(!shown){document.querySelector('#drill > .hint').textContent='No details for this page in this report: see the JSON report.';return;}
            shown.hidden=false;
            document.querySelector('#drill > .hint').hidden=true;
            shown.scrollIntoView({behavior:'smooth',block:'start'});
          });
          document.getElementById('drill').addEventListener('click',function(e){
            var li=e.target.closest('li.r[data-r]');if(!li)return;
            var page=li.closest('article'),on=!li.classList.contains('on');
            Array.prototype.forEach.call(page.querySelectorAll('.on'),function(x){x.classList.remove('on');});
            if(!on)return;
            li.classList.add('on');
            var first=null;
            Array.prototype.forEach.call(page.querySelectorAll('pre.src span[data-m]'),function(s){
              if(s.dataset.m.indexOf(' '+li.dataset.r+' ')>=0){s.classList.add('on');first=first||s;}
            });
            if(first)first.scrollIntoView({behavior:'smooth',block:'center'});
          });
        })();
        """;
}
