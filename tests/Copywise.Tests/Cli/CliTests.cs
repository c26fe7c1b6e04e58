using System.Text.Json;
using Copywise.Cli;

namespace Copywise.Tests.Cli;

public class CliTests
{
    private static (int Code, string Out, string Err) RunWithInput(string stdin, params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = Program.Run(args, new StringReader(stdin), o, e);
        return (code, o.ToString(), e.ToString());
    }

    private static (int Code, string Out, string Err) Run(params string[] args) => RunWithInput("", args);

    private static string Temp(string name, byte[] content)
    {
        var dir = Path.Combine(Path.GetTempPath(), "copywise-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    [Fact]
    public void Analyze_prints_json_with_both_groups()
    {
        var (code, output, _) = Run("analyze", TestPaths.Example("sourdough-starter.md"), "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.True(doc.RootElement.GetProperty("seo").GetProperty("results").GetArrayLength() > 0);
        Assert.Equal("sourdough starter", doc.RootElement.GetProperty("paper").GetProperty("keyphrase").GetString());
    }

    [Fact]
    public void Analyze_text_report_has_sections_and_scores()
    {
        var (code, output, _) = Run("analyze", TestPaths.Example("electric-bikes.html"), "--keyphrase", "electric bikes");
        Assert.Equal(0, code);
        Assert.Contains("SEO", output);
        Assert.Contains("Readability", output);
        Assert.Contains("SEO score:", output);
    }

    [Fact]
    public void Analyze_reads_standard_input()
    {
        var (code, output, _) = RunWithInput("<p>Hello world.</p>", "analyze", "-", "--format", "json");
        Assert.Equal(0, code);
        Assert.Contains("\"wordCount\": 2", output);
    }

    [Fact]
    public void Missing_file_is_an_input_error()
    {
        var (code, _, err) = Run("analyze", "/nonexistent/article.html");
        Assert.Equal(3, code);
        Assert.Equal("copywise: /nonexistent/article.html: no such file", err.Trim());
    }

    [Fact]
    public void Directory_is_an_input_error()
    {
        var (code, _, err) = Run("analyze", Path.GetTempPath());
        Assert.Equal(3, code);
        Assert.Contains("is a directory", err);
    }

    [Fact]
    public void Binary_input_is_an_input_error()
    {
        var (code, _, err) = Run("analyze", Temp("x.bin", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x02, 0x01]));
        Assert.Equal(3, code);
        Assert.Contains("binary", err);
        Assert.Single(err.Trim().Split('\n'));
    }

    [Fact]
    public void Invalid_utf8_is_an_input_error_with_offset()
    {
        var (code, _, err) = Run("analyze", Temp("x.txt", [(byte)'a', (byte)'b', 0xFF, (byte)'c']));
        Assert.Equal(3, code);
        Assert.Contains("invalid UTF-8 at byte offset 2", err);
    }

    [Fact]
    public void Empty_text_is_analysed_and_says_so()
    {
        var (code, output, _) = Run("analyze", Temp("empty.txt", []), "--format", "json", "--keyphrase", "x");
        Assert.Equal(0, code);
        Assert.Contains("The text is empty", output);
    }

    [Fact]
    public void Malformed_html_is_analysed()
    {
        var (code, _, _) = Run("analyze", Temp("bad.html", "<p>Unclosed <b>tags <div></p></span>&nbsp<<>"u8.ToArray()), "--format", "json");
        Assert.Equal(0, code);
    }

    [Fact]
    public void Very_long_keyphrase_is_analysed()
    {
        var (code, output, _) = Run("analyze", TestPaths.Example("city-council-budget.txt"), "--keyphrase", new string('k', 1000), "--format", "json");
        Assert.Equal(0, code);
        Assert.Contains("keyphraseLength", output);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("analyze", "--no-such-option")]
    [InlineData("analyze", "--format", "xml")]
    [InlineData("analyze", "--fail-under", "abc")]
    [InlineData("analyze", "--fail-under", "500")]
    [InlineData("analyze", "--keyphrase")]
    [InlineData("analyze", "a", "b")]
    [InlineData("batch", "--repeat", "-1")]
    public void Usage_errors_exit_2(params string[] args)
    {
        var (code, _, err) = Run(args);
        Assert.Equal(2, code);
        Assert.StartsWith("copywise: ", err);
    }

    [Fact]
    public void Fail_under_exits_1()
    {
        var (code, _, err) = Run("analyze", TestPaths.Example("city-council-budget.txt"), "--fail-under", "100");
        Assert.Equal(1, code);
        Assert.Contains("score under 100", err);
    }

    [Fact]
    public void Batch_writes_one_line_per_paper_and_reports_bad_lines()
    {
        const string input = "{\"id\":\"a\",\"text\":\"<p>One two three.</p>\",\"keyphrase\":\"two\"}\nnot json\n[1,2]\n{\"id\":\"b\",\"format\":\"text\",\"text\":\"Plain words here.\"}\n";
        var (code, output, err) = RunWithInput(input, "batch");
        Assert.Equal(0, code);
        var lines = output.Trim().Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.Equal("a", JsonDocument.Parse(lines[0]).RootElement.GetProperty("id").GetString());
        Assert.Equal(2, JsonDocument.Parse(lines[1]).RootElement.GetProperty("line").GetInt32());
        Assert.True(JsonDocument.Parse(lines[2]).RootElement.TryGetProperty("error", out _));
        Assert.Equal(3, JsonDocument.Parse(lines[3]).RootElement.GetProperty("facts").GetProperty("wordCount").GetInt32());
        Assert.Contains("2 line(s)", err);
    }

    [Fact]
    public void Batch_output_file_is_written_whole_or_not_at_all()
    {
        var input = Temp("in.jsonl", "{\"id\":\"a\",\"text\":\"<p>Words.</p>\"}\n"u8.ToArray());
        var output = Path.Combine(Path.GetDirectoryName(input)!, "out.jsonl");
        var (code, _, _) = Run("batch", input, "-o", output, "--repeat", "2");
        Assert.Equal(0, code);
        Assert.Single(File.ReadAllLines(output));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(input)!, "*.tmp"));

        var missing = Path.Combine(Path.GetDirectoryName(input)!, "out2.jsonl");
        var (code2, _, _) = Run("batch", input + ".missing", "-o", missing);
        Assert.Equal(3, code2);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public void Large_input_is_analysed()
    {
        // About 50 MB of HTML: it must be analysed, not refused.
        var paragraph = "<p>" + string.Join(' ', Enumerable.Repeat("The quick brown fox jumps over the lazy dog.", 20)) + "</p>\n";
        var sb = new System.Text.StringBuilder();
        while (sb.Length < 50_000_000) sb.Append(paragraph);
        var path = Temp("big.html", System.Text.Encoding.UTF8.GetBytes(sb.ToString()));
        var (code, output, _) = Run("analyze", path, "--format", "json", "--keyphrase", "lazy dog");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.True(doc.RootElement.GetProperty("facts").GetProperty("wordCount").GetInt32() > 5_000_000);
        File.Delete(path);
    }
}
