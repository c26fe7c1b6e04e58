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
                        var (id, paper) = PaperJson.Parse(line, defaults);
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
}
