using System.Text.Json;
using Copywise.Analysis;
using Copywise.Documents;
using Copywise.Text;

namespace Copywise.Tests.Corpus;

/// <summary>The news article the project is built around, as plain text, against what the reference finds in its HTML form.</summary>
public class SeedTests
{
    [Fact]
    public void Plain_text_seed_matches_the_reference_on_the_html_seed()
    {
        if (!TestPaths.HasShared) return;
        var text = File.ReadAllText(TestPaths.Corpus("seed-peace-talks.txt"));
        var result = Analyzer.Analyze(new Paper { Text = text, Keyphrase = "peace talks" }, fileName: "seed.txt");
        Assert.Equal("Peace Talks Face Setback as Putin Declines Meeting", result.Paper.Title);
        var (document, _) = DocumentParser.Parse(new Paper { Text = text }, "seed.txt");
        Assert.Equal(4, document.Blocks.Count(b => b.Kind == BlockKind.Heading));
        using var oracle = JsonDocument.Parse(File.ReadAllLines(TestPaths.Oracle("yoast-3.6.0.seed.jsonl"))[0]);
        var facts = oracle.RootElement.GetProperty("facts");
        Assert.InRange(result.Facts.WordCount, facts.GetProperty("wordCount").GetInt32() - 3, facts.GetProperty("wordCount").GetInt32() + 3);
        Assert.Equal(facts.GetProperty("keyphraseCount").GetInt32(), result.Facts.KeyphraseCount);
    }
}
