using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Copywise.Analysis;
using Copywise.Documents;

namespace Copywise.Cli;

/// <summary>
/// <c>copywise batch</c>: papers as JSON lines in, one result line each out. A bad line yields an error line and the batch goes on.
/// With <c>-o</c> the output is written to a temporary file and moved into place at the end, so it is never half-written.
/// </summary>
internal static class BatchCommand
{
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var cl = CommandLine.Parse(args, [.. PaperOptions.ValueOptions, "-o", "--output", "--repeat"], PaperOptions.Flags);
        if (cl.Positional.Count > 1) throw new UsageException("batch takes one input file (or - for standard input)");
        int repeat = cl.Int("--repeat", 0, 0, 100000);
        int? failUnder = PaperOptions.FailUnder(cl);
        string path = cl.Positional.Count == 1 ? cl.Positional[0] : "-";
        string? output = cl.Value("-o") ?? cl.Value("--output");
        if (output != null && Directory.Exists(output)) throw new UsageException($"{output}: is a directory");
        var defaults = PaperOptions.Apply(cl, new Paper());
        var options = PaperOptions.Options(cl);

        using var reader = OpenInput(path, stdin);
        string? temp = null;
        Stream outStream;
        if (output != null)
        {
            var dir = Path.GetDirectoryName(Path.GetFullPath(output))!;
            if (!Directory.Exists(dir)) throw new CopywiseInputException($"{output}: no such directory {dir}");
            temp = Path.Combine(dir, "." + Path.GetFileName(output) + "." + Environment.ProcessId + ".tmp");
            outStream = File.Create(temp);
        }
        else
        {
            outStream = new MemoryStream();
        }
        bool below = false;
        int errors = 0;
        try
        {
            using (var w = new Utf8JsonWriter(outStream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                int lineNo = 0;
                while (reader.ReadLine() is { } line)
                {
                    lineNo++;
                    if (string.IsNullOrWhiteSpace(line)) continue;
                    try
                    {
                        var (id, paper) = ParseLine(line, defaults);
                        var sw = Stopwatch.StartNew();
                        var result = Analyzer.Analyze(paper, options);
                        double ms = sw.Elapsed.TotalMilliseconds;
                        if (repeat > 0)
                        {
                            // The first run warmed up; time the next ones.
                            sw.Restart();
                            for (int i = 0; i < repeat; i++) Analyzer.Analyze(paper, options);
                            ms = sw.Elapsed.TotalMilliseconds / repeat;
                        }
                        ResultJson.Write(w, result, id, ms);
                        if (failUnder is { } n && (result.Seo.Score < n || result.Readability.Score < n)) below = true;
                    }
                    catch (Exception e) when (e is CopywiseInputException or JsonException or FormatException or InvalidOperationException or UsageException)
                    {
                        errors++;
                        w.WriteStartObject();
                        w.WriteNumber("line", lineNo);
                        w.WriteString("error", e is JsonException ? "not a JSON object: " + FirstLine(e.Message) : e.Message);
                        w.WriteEndObject();
                    }
                    w.Flush();
                    outStream.WriteByte((byte)'\n');
                    if (output == null) FlushTo(stdout, (MemoryStream)outStream);
                    w.Reset(outStream);
                }
            }
        }
        finally
        {
            if (output != null) outStream.Dispose();
        }
        if (temp != null) File.Move(temp, output!, overwrite: true);
        if (errors > 0) stderr.WriteLine($"copywise: {errors} line(s) could not be analysed (see the error lines)");
        return below ? Program.BelowThreshold : Program.Ok;
    }

    private static void FlushTo(TextWriter stdout, MemoryStream buffer)
    {
        stdout.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        stdout.Flush();
        buffer.SetLength(0);
    }

    private static string FirstLine(string s) { int i = s.IndexOf('\n'); return i < 0 ? s : s[..i]; }

    private static TextReader OpenInput(string path, TextReader stdin)
    {
        if (path == "-") return stdin;
        // Decoding the whole file first gives the byte offset of invalid UTF-8 and refuses binary input.
        return new StringReader(InputReader.ReadText(path));
    }

    /// <summary>Reads one paper line: <c>{"id","format","text","keyphrase","synonyms","title","description","slug","permalink","locale","titleWidth",…}</c>.</summary>
    public static (string? Id, Paper Paper) ParseLine(string line, Paper defaults)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object) throw new CopywiseInputException("not a JSON object");
        string? Str(string name) => root.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Null => null,
            JsonValueKind.Number => v.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => throw new CopywiseInputException($"field '{name}' must be a string"),
        } : null;
        var p = defaults;
        p = p with { Text = Str("text") ?? "" };
        if (Str("format") is { } f)
        {
            if (!DocumentFormats.TryParse(f, out var format)) throw new CopywiseInputException($"field 'format' must be html, markdown or text, not '{f}'");
            p = p with { Format = format };
        }
        if (Str("keyphrase") is { } k) p = p with { Keyphrase = k };
        if (Str("synonyms") is { } s) p = p with { Synonyms = s };
        if (Str("title") is { } t) p = p with { Title = t };
        if (Str("description") is { } d) p = p with { Description = d };
        if (Str("slug") is { } slug) p = p with { Slug = slug };
        if (Str("permalink") is { } url) p = p with { Permalink = url };
        if (Str("locale") is { } locale) p = p with { Locale = locale };
        if (root.TryGetProperty("cornerstone", out var c) && c.ValueKind is JsonValueKind.True or JsonValueKind.False) p = p with { Cornerstone = c.GetBoolean() };
        if (root.TryGetProperty("titleWidth", out var tw) && tw.ValueKind == JsonValueKind.Number && tw.TryGetDouble(out var width) && width > 0) p = p with { TitleWidth = width };
        if (root.TryGetProperty("related", out var rel) && rel.ValueKind == JsonValueKind.Array)
        {
            var list = new List<RelatedKeyphrase>();
            foreach (var r in rel.EnumerateArray())
            {
                if (r.ValueKind == JsonValueKind.String) list.Add(new RelatedKeyphrase(r.GetString() ?? ""));
                else if (r.ValueKind == JsonValueKind.Object)
                    list.Add(new RelatedKeyphrase(r.TryGetProperty("keyphrase", out var rk) ? rk.GetString() ?? "" : "", r.TryGetProperty("synonyms", out var rs) ? rs.GetString() ?? "" : ""));
            }
            p = p with { Related = list };
        }
        if (root.TryGetProperty("usedKeyphrases", out var used) && used.ValueKind == JsonValueKind.Array)
        {
            p = p with
            {
                UsedKeyphrases = used.EnumerateArray().Where(u => u.ValueKind == JsonValueKind.Object)
                    .Select(u => new UsedKeyphrase(u.TryGetProperty("keyphrase", out var uk) ? uk.GetString() ?? "" : "", u.TryGetProperty("url", out var uu) ? uu.GetString() ?? "" : ""))
                    .ToArray(),
            };
        }
        return (Str("id"), p);
    }
}
