using Copywise.Analysis;
using Copywise.Documents;
using Copywise.Research;
using Xunit;

namespace Copywise.Tests.Analysis;

// The text analysis and the token index keep their buffers in shared pools and give them back when their context is
// disposed. These tests check that nothing reads a returned buffer: a disposed context refuses research, and analyses
// that run at once on many threads (sharing the pools) give exactly the results they give one at a time.
public class PooledResearchTests
{
    private static Paper Example(string name, string keyphrase, DocumentFormat format) => new()
    {
        Text = File.ReadAllText(TestPaths.Example(name)),
        Format = format,
        Keyphrase = keyphrase,
    };

    private static Paper[] Papers()
    {
        var papers = new List<Paper>
        {
            Example("electric-bikes.html", "electric bikes", DocumentFormat.Html),
            Example("sourdough-starter.md", "sourdough starter", DocumentFormat.Markdown),
            Example("city-council-budget.txt", "city budget", DocumentFormat.Text),
            new() { Text = "<p>Kurz und gut. Der Hund läuft schnell über die Straße.</p>", Locale = "de_DE", Keyphrase = "Hund" },
            new() { Text = "<p>今日は良い天気です。明日は雨が降るでしょう。</p>", Locale = "ja", Keyphrase = "天気" },
        };
        if (TestPaths.HasShared)
        {
            papers.AddRange(File.ReadLines(TestPaths.Corpus("yoast-fulltext.jsonl")).Take(12).Select(l => PaperJson.Parse(l, new Paper()).Paper));
        }
        return papers.ToArray();
    }

    private static string Json(AnalysisResult result) => ResultJson.ToJson(result);

    [Fact]
    public void Parallel_analyses_equal_sequential_ones()
    {
        var papers = Papers();
        var expected = papers.Select(p => Json(Analyzer.Analyze(p))).ToArray();
        var actual = new string[papers.Length * 8];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = Json(Analyzer.Analyze(papers[i % papers.Length])));
        for (int i = 0; i < actual.Length; i++) Assert.Equal(expected[i % papers.Length], actual[i]);
    }

    [Fact]
    public void A_disposed_context_refuses_research_and_its_index_is_empty()
    {
        var parsed = DocumentParser.Parse(new Paper { Text = "<p>Cats sleep. Cats eat well-known food.</p>" });
        var context = new AnalysisContext(parsed.Paper, parsed.Document, Copywise.Languages.English.Instance, AnalysisOptions.Default);
        var index = context.Get<MatchTokenIndex>();
        Assert.Equal(7, index.Count);
        context.Dispose();
        Assert.Equal(0, index.Count);
        Assert.True(index.Id.IsEmpty && index.Start.IsEmpty && index.WordId.IsEmpty && index.SentenceFirst.IsEmpty);
        Assert.Throws<ObjectDisposedException>(() => index.IdOf("cats"));
        Assert.Throws<ObjectDisposedException>(() => context.Get<MatchTokenIndex>());
        Assert.True(context.Text.Words.IsEmpty && context.Text.Sentences.IsEmpty);
        context.Dispose(); // twice is harmless
    }

    [Fact]
    public void Analyzing_a_prepared_context_leaves_it_usable()
    {
        var parsed = DocumentParser.Parse(new Paper { Text = "<p>Cats sleep. Cats eat.</p>", Keyphrase = "cats" });
        using var context = new AnalysisContext(parsed.Paper, parsed.Document, Copywise.Languages.English.Instance, AnalysisOptions.Default);
        var first = Json(Analyzer.Analyze(context));
        Assert.Equal(first, Json(Analyzer.Analyze(context)));
        Assert.Equal(4, context.Get<MatchTokenIndex>().Count);
    }
}
