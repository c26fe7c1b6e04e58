using System.Text.Json;
using Copywise.Cli;

namespace Copywise.Tests.Corpus;

public class BatchCorpusTests
{
    [Fact]
    public void Batch_analyses_every_corpus_paper_and_english_word_counts_agree_with_the_reference()
    {
        if (!TestPaths.HasShared) return;
        var o = new StringWriter();
        var e = new StringWriter();
        int code = Program.Run(["batch", TestPaths.Corpus("yoast-fulltext.jsonl"), "--no-word-forms"], new StringReader(""), o, e);
        Assert.Equal(0, code);
        var lines = o.ToString().Trim().Split('\n');
        Assert.Equal(52, lines.Length);
        var oracle = File.ReadAllLines(TestPaths.Oracle("yoast-3.6.0.fulltext.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(r => r.GetProperty("id").GetString()!);
        var papers = File.ReadAllLines(TestPaths.Corpus("yoast-fulltext.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(r => r.GetProperty("id").GetString()!);
        foreach (var line in lines)
        {
            var r = JsonDocument.Parse(line).RootElement;
            Assert.False(r.TryGetProperty("error", out _), line);
            var id = r.GetProperty("id").GetString()!;
            if (!papers[id].GetProperty("locale").GetString()!.StartsWith("en", StringComparison.Ordinal)) continue;
            int ours = r.GetProperty("facts").GetProperty("wordCount").GetInt32();
            int theirs = oracle[id].GetProperty("facts").GetProperty("wordCount").GetInt32();
            Assert.True(Math.Abs(ours - theirs) <= theirs * 0.02, $"{id}: {ours} words, reference {theirs}");
        }
    }
}
