using System.Diagnostics;
using System.Text.Json;
using Copywise.Analysis;
using Copywise.Documents;
using Copywise.Research;

namespace Copywise.Tests.Cli;

// The command and the service run with invariant globalization (no ICU), the library's tests with the machine's
// culture data. Anything in the analysis that leaned on ICU (Unicode normalization, culture-aware comparison) would
// score differently in the shipped command than in the tests; this runs the built command in a process of its own on
// articles in every language and compares each result with the library's, in process.
public class InvariantGlobalizationTests
{
    private static IEnumerable<string> PaperLines()
    {
        var data = Path.Combine(TestPaths.RepoRoot, "bench", "data");
        foreach (var file in Directory.GetFiles(data, "*.oracle.jsonl").Order(StringComparer.Ordinal))
        {
            var papers = file[..^".oracle.jsonl".Length] + ".jsonl";
            // Two papers per set keep the test short while every language is read.
            foreach (var line in File.ReadLines(papers).Where(l => l.Trim().Length > 0).Take(2)) yield return line;
        }
        if (TestPaths.HasShared)
            foreach (var line in File.ReadLines(TestPaths.Corpus("yoast-fulltext.jsonl")).Where(l => l.Trim().Length > 0)) yield return line;
    }

    // The comparable part of a result: everything but the time it took.
    private static string Comparable(JsonElement result)
    {
        var copy = new Dictionary<string, JsonElement>();
        foreach (var p in result.EnumerateObject())
            if (p.Name != "ms") copy[p.Name] = p.Value;
        return JsonSerializer.Serialize(copy);
    }

    [Fact]
    public async Task The_command_scores_every_language_as_the_library_does()
    {
        var lines = PaperLines().ToList();
        var input = Path.Combine(Path.GetTempPath(), "copywise-invariant-" + Guid.NewGuid().ToString("N") + ".jsonl");
        File.WriteAllLines(input, lines);
        try
        {
            var cli = Path.Combine(AppContext.BaseDirectory, "Copywise.Cli.dll");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { cli, "batch", input, "--no-word-forms" }) start.ArgumentList.Add(a);
            start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var output = (await process.StandardOutput.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            using (var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3))) await process.WaitForExitAsync(timeout.Token);
            Assert.True(process.ExitCode is 0 or 1, $"exit code {process.ExitCode}: {await stderr}");
            Assert.Equal(lines.Count, output.Length);

            var options = new AnalysisOptions { WordForms = false };
            for (int i = 0; i < lines.Count; i++)
            {
                var (id, paper) = PaperJson.Parse(lines[i], new Paper());
                using var expected = JsonDocument.Parse(ResultJson.ToJson(Analyzer.Analyze(paper, options)));
                using var actual = JsonDocument.Parse(output[i]);
                var withoutId = Comparable(actual.RootElement);
                var expectedText = Comparable(expected.RootElement);
                // The command's line carries the paper's id; the library's result does not.
                using var actualDoc = JsonDocument.Parse(withoutId);
                var actualNoId = JsonSerializer.Serialize(actualDoc.RootElement.EnumerateObject().Where(p => p.Name != "id").ToDictionary(p => p.Name, p => p.Value));
                using var expectedDoc = JsonDocument.Parse(expectedText);
                var expectedNoId = JsonSerializer.Serialize(expectedDoc.RootElement.EnumerateObject().Where(p => p.Name != "id").ToDictionary(p => p.Name, p => p.Value));
                Assert.True(expectedNoId == actualNoId, $"{id}: the command (invariant globalization) and the library differ");
            }
        }
        finally
        {
            File.Delete(input);
        }
    }
}
