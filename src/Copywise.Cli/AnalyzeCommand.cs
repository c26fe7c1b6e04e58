using Copywise.Analysis;
using Copywise.Documents;
using Spectre.Console;

namespace Copywise.Cli;

/// <summary><c>copywise analyze</c>: one article, a text report or the JSON result.</summary>
internal static class AnalyzeCommand
{
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var cl = CommandLine.Parse(args, [.. PaperOptions.ValueOptions, "--format"], PaperOptions.Flags);
        if (cl.Positional.Count > 1) throw new UsageException("analyze takes one input file (or - for standard input)");
        string format = cl.Value("--format") ?? "text";
        if (format is not ("text" or "json")) throw new UsageException($"option --format takes text or json, not '{format}'");
        int? failUnder = PaperOptions.FailUnder(cl);
        string? path = cl.Positional.Count == 1 ? cl.Positional[0] : "-";
        var text = InputReader.ReadText(path, path == "-" ? stdin : null);
        var paper = PaperOptions.Apply(cl, new Paper { Text = text });
        var result = Analyzer.Analyze(paper, PaperOptions.Options(cl), path == "-" ? null : path);
        if (format == "json") stdout.WriteLine(ResultJson.ToJson(result, indented: true));
        else TextReport.Write(result, stdout);
        if (failUnder is { } n && (result.Seo.Score < n || result.Readability.Score < n))
        {
            stderr.WriteLine($"copywise: score under {n} (SEO {result.Seo.Score}, readability {result.Readability.Score})");
            return Program.BelowThreshold;
        }
        return Program.Ok;
    }
}

/// <summary>The text report: two sections of traffic lights, then the overall scores.</summary>
internal static class TextReport
{
    public static void Write(AnalysisResult result, TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = output == Console.Out && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = output == Console.Out && !Console.IsOutputRedirected ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        var p = result.Paper;
        console.MarkupLine($"[bold]{Markup.Escape(string.IsNullOrEmpty(p.Title) ? "(no title)" : p.Title)}[/]");
        console.MarkupLine($"[grey]keyphrase:[/] {Markup.Escape(string.IsNullOrEmpty(p.Keyphrase) ? "(none)" : p.Keyphrase)}   [grey]language:[/] {result.Language}   [grey]words:[/] {result.Facts.WordCount}   [grey]sentences:[/] {result.Facts.SentenceCount}");
        foreach (var note in result.Notes) console.MarkupLine($"[yellow]note:[/] {Markup.Escape(note)}");
        Section(console, "SEO", result.Seo);
        Section(console, "Readability", result.Readability);
        foreach (var r in result.Related) Section(console, $"Related keyphrase \"{r.Keyphrase}\"", r.Group);
        console.WriteLine();
        console.MarkupLine($"SEO score: {Score(result.Seo.Score, seo: true)}   Readability score: {Score(result.Readability.Score, seo: false)}");
    }

    private static void Section(IAnsiConsole console, string title, ResultGroup group)
    {
        console.WriteLine();
        console.Write(new Rule($"[bold]{Markup.Escape(title)}[/]") { Justification = Justify.Left });
        foreach (var r in group.Results.OrderBy(r => Order(r.Rating)))
        {
            console.MarkupLine($" {Bullet(r.Rating)} {Markup.Escape(r.Text)}");
            if (r.Fix.Length > 0 && r.Rating is Rating.Bad or Rating.Ok) console.MarkupLine($"     [grey]→ {Markup.Escape(r.Fix)}[/]");
        }
    }

    private static int Order(Rating r) => r switch { Rating.Bad => 0, Rating.Ok => 1, Rating.Good => 2, _ => 3 };

    private static string Bullet(Rating r) => r switch
    {
        Rating.Bad => "[red]●[/]",
        Rating.Ok => "[darkorange]●[/]",
        Rating.Good => "[green]●[/]",
        _ => "[grey]●[/]",
    };

    private static string Score(int score, bool seo)
    {
        string color = seo ? (score > 70 ? "green" : score > 40 ? "darkorange" : "red") : (score >= 90 ? "green" : score >= 60 ? "darkorange" : "red");
        return $"[{color}]{score}[/]";
    }
}
