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

    [Fact]
    public void A_disposed_document_refuses_its_text_and_keeps_its_shape()
    {
        var document = HtmlDocumentParser.Parse("<h2>Cats</h2><p>Cats sleep. <a href=\"/food\">Cats eat</a>.</p>").Document;
        Assert.Equal("Cats\nCats sleep. Cats eat.", document.Text.ToString());
        Assert.Equal("Cats eat", document.Substring(document.Links[0].TextStart, document.Links[0].TextLength));
        Assert.Equal("Cats sleep", document.Substring(5, 10));
        Assert.Equal("eat.", document.Substring(document.TextLength - 4, 99)); // clamped to the text
        document.Dispose();
        Assert.Throws<ObjectDisposedException>(() => document.Text.Length);
        Assert.Throws<ObjectDisposedException>(() => document.Substring(0, 4));
        Assert.Equal(26, document.TextLength);
        Assert.Equal(2, document.Blocks.Count);
        document.Dispose(); // twice is harmless: the buffer goes back once
        using var next = HtmlDocumentParser.Parse("<p>Dogs bark loudly.</p>").Document;
        Assert.Equal("Dogs bark loudly.", next.Text.ToString());
    }

    [Fact]
    public void Documents_made_after_one_another_keep_their_own_text()
    {
        // A buffer given back by one document is handed to the next: the first one's text must not show through.
        var papers = Papers();
        var expected = papers.Select(p => Json(Analyzer.Analyze(p))).ToArray();
        for (int round = 0; round < 3; round++)
            for (int i = papers.Length - 1; i >= 0; i--) Assert.Equal(expected[i], Json(Analyzer.Analyze(papers[i])));
    }
}
