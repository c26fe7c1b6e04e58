using Copywise.Analysis;
using Copywise.Assessments;
using Copywise.Documents;
using Xunit;

namespace Copywise.Tests.Analysis;

// A result keeps what its message says and writes the message when it is read.
public class ResultMessageTests
{
    private static Paper Example() => new()
    {
        Text = File.ReadAllText(TestPaths.Example("electric-bikes.html")),
        Format = DocumentFormat.Html,
        Keyphrase = "electric bikes",
        Description = "Electric bikes for commuting: range, price and what to check before you buy.",
    };

    private static IEnumerable<AssessmentResult> All(AnalysisResult r) => r.Seo.Results.Concat(r.Readability.Results);

    [Fact]
    public void A_message_starts_with_the_name_and_reads_the_same_each_time()
    {
        foreach (var r in All(Analyzer.Analyze(Example())))
        {
            // The assessment's name, then the message.
            var name = Assessors.Seo(false).Concat(Assessors.Readability(false)).First(a => a.Id == r.Id).Name;
            Assert.StartsWith(name + ": ", r.Text);
            Assert.Equal(r.Text, r.Text);
            Assert.Equal(r.Fix, r.Fix);
        }
    }

    // An assessment whose message quotes every argument, to see that a result gives back exactly what it was made from.
    private sealed class Echo : Assessment
    {
        public override string Id => "echo";
        public override string Name => "Echo";
        public override string Summary => "Says what it was given.";
        public override AssessmentResult Assess(Copywise.Research.AnalysisContext context, Copywise.Research.Topic topic) => Make(9, new MessageArgs(0));
        public AssessmentResult Make(int score, MessageArgs says) => Result(score, says, [new Mark(2, 5)]);
        protected override void Describe(MessageText text, in MessageArgs says) =>
            text.Write($"{says.Kind}|{says.A}|{says.B}|{says.C}|{says.D}|{says.X:R}|{says.S ?? "null"}");
        protected override void DescribeFix(MessageText text, in MessageArgs says) => text.Write($"fix {says.Kind}");
    }

    public static TheoryData<int, int, int, int, int, int, double, string?> Arguments() => new()
    {
        { 9, 0, 0, 0, 0, 0, 0, null },
        { -50, 3, 1, -2, 3, 0, 44.4, null },
        { 6, 7, int.MaxValue, int.MinValue, 5, -9, 0, null },
        { 4, 2, 1, 2, 3, 4, 12.5, null },        // both D and X
        { 3, 1, 0, 0, 0, 0, -0.0, null },        // negative zero stays negative
        { 5, 1, 0, 0, 0, 0, double.NaN, null },
        { 9, 1, 2, 0, 0, 0, 0, "right" },         // quoted words
        { 100_000, 1, 0, 0, 0, 0, 0, null },      // a score beyond the packed range
        { -100_000, 1, 0, 0, 0, 0, 0, null },
        { 8, 300, 0, 0, 0, 0, 0, null },          // a kind beyond the packed range
        { 8, -1, 0, 0, 0, 0, 0, null },
    };

    [Theory]
    [MemberData(nameof(Arguments))]
    public void A_result_gives_back_the_score_and_every_argument_it_was_made_with(int score, int kind, int a, int b, int c, int d, double x, string? s)
    {
        var echo = new Echo();
        var r = echo.Make(score, new MessageArgs(kind, a, b, c, d, x, s));
        Assert.Equal(("echo", score, 1), (r.Id, r.Score, r.Marks.Count));
        Assert.Equal(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Echo: {kind}|{a}|{b}|{c}|{d}|{x:R}|{s ?? "null"}"), r.Text);
        Assert.Equal($"fix {kind}", r.Fix);
    }

    [Fact]
    public void An_empty_result_and_a_missing_id_read_safely()
    {
        var empty = default(AssessmentResult);
        Assert.Equal(("", 0, "", "", 0), (empty.Id, empty.Score, empty.Text, empty.Fix, empty.Marks.Count));
        Assert.Equal(Rating.Feedback, empty.Rating);
        var result = Analyzer.Analyze(Example());
        Assert.Null(result.Seo["noSuchAssessment"]);
        Assert.Equal("keyphraseDensity", result.Seo["keyphraseDensity"]?.Id);
    }

    [Fact]
    public void Writing_into_a_buffer_gives_the_message_before_and_after_it_is_read()
    {
        var fresh = All(Analyzer.Analyze(Example())).ToList();
        var buffer = new MessageText();
        var written = new List<(string Text, string Fix)>();
        foreach (var r in fresh)
        {
            buffer.Clear();
            r.WriteTo(buffer);
            string text = buffer.ToString();
            buffer.Clear();
            r.WriteTo(buffer, fix: true);
            written.Add((text, buffer.ToString()));
        }
        Assert.Equal(written, fresh.Select(r => (r.Text, r.Fix)));
        // Reading them changed nothing.
        foreach (var (r, w) in fresh.Zip(written))
        {
            buffer.Clear();
            r.WriteTo(buffer);
            Assert.Equal(w.Text, buffer.ToString());
        }
    }

    [Fact]
    public void The_json_form_has_the_messages_and_fixes_as_read()
    {
        var result = Analyzer.Analyze(Example());
        using var json = System.Text.Json.JsonDocument.Parse(ResultJson.ToJson(result));
        var results = json.RootElement.GetProperty("seo").GetProperty("results").EnumerateArray()
            .Concat(json.RootElement.GetProperty("readability").GetProperty("results").EnumerateArray()).ToList();
        var expected = All(result).ToList();
        Assert.Equal(expected.Count, results.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Text, results[i].GetProperty("text").GetString());
            Assert.Equal(expected[i].Fix, results[i].TryGetProperty("fix", out var fix) ? fix.GetString() : "");
        }
        Assert.Contains(expected, r => r.Fix.Length > 0);
    }

    [Fact]
    public void Results_of_the_same_paper_are_equal_whether_or_not_their_messages_were_read()
    {
        var first = All(Analyzer.Analyze(Example())).ToList();
        var second = All(Analyzer.Analyze(Example())).ToList();
        _ = first.Select(r => r.Text).ToList();
        Assert.Equal(first, second);
        Assert.Equal(first.Select(r => r.GetHashCode()), second.Select(r => r.GetHashCode()));
    }

    [Fact]
    public void A_result_made_with_its_text_keeps_it()
    {
        var r = new AssessmentResult("custom", 6, "Custom check: something to improve.", [new Mark(1, 4)], fix: "Improve it.");
        Assert.Equal("Custom check: something to improve.", r.Text);
        Assert.Equal("Improve it.", r.Fix);
        var buffer = new MessageText();
        r.WriteTo(buffer, fix: true);
        Assert.Equal("Improve it.", buffer.ToString());
        Assert.Equal("", new AssessmentResult("custom", 9, "Fine.", []).Fix);
        var (id, score, text, marks) = r;
        Assert.Equal(("custom", 6, "Custom check: something to improve.", 1), (id, score, text, marks.Count));
    }

    [Fact]
    public void Messages_read_on_many_threads_at_once_are_the_same()
    {
        var expected = All(Analyzer.Analyze(Example())).Select(r => r.Text + "|" + r.Fix).ToList();
        var results = Enumerable.Range(0, 16).Select(_ => All(Analyzer.Analyze(Example())).ToList()).ToList();
        var read = new List<string>[results.Count];
        Parallel.For(0, results.Count, i => read[i] = results[i].Select(r => r.Text + "|" + r.Fix).ToList());
        foreach (var texts in read) Assert.Equal(expected, texts);
    }

    // Stored articles in many languages and shapes, as the site and the editor see them, as normal and cornerstone content.
    public static TheoryData<string, bool> ArticleSets() => new()
    {
        { "generated-en.jsonl", false }, { "generated-en.jsonl", true },
        { "web-en.jsonl", false }, { "web-de.jsonl", true }, { "ja-articles.jsonl", false }, { "web3-en.jsonl", true },
        { "keyphrase-shapes-en.jsonl", false }, { "keyphrase-shapes-ar.jsonl", true },
    };

    [Theory]
    [MemberData(nameof(ArticleSets))]
    public void Every_result_has_a_message_and_every_red_or_orange_one_a_fix(string set, bool cornerstone)
    {
        var file = Path.Combine(TestPaths.RepoRoot, "bench", "data", set);
        Assert.True(File.Exists(file), file);
        int checkedResults = 0;
        foreach (var line in File.ReadLines(file).Where(l => l.Trim().Length > 0))
        {
            var (id, paper) = PaperJson.Parse(line, new Paper());
            var result = Analyzer.Analyze(paper with { Cornerstone = cornerstone });
            foreach (var r in All(result).Concat(result.Related.SelectMany(g => g.Group.Results)))
            {
                checkedResults++;
                Assert.False(string.IsNullOrWhiteSpace(r.Text), $"{id} {r.Id}: no message");
                if (r.Rating is Rating.Bad or Rating.Ok) Assert.False(string.IsNullOrWhiteSpace(r.Fix), $"{id} {r.Id} ({r.Score}): no fix for \"{r.Text}\"");
            }
        }
        Assert.True(checkedResults >= 20, $"only {checkedResults} results");
    }

    [Fact]
    public void Counts_are_written_with_their_noun()
    {
        var buffer = new MessageText();
        buffer.Write($"{new Counted(1, "image", "images")}, {new Counted(2, "image", "images")}, {new Counted(0, "link", "links")}");
        Assert.Equal("1 image, 2 images, 0 links", buffer.ToString());
        Assert.Equal("12 words", new Counted(12, "word", "words").ToString());
    }

    [Fact]
    public void A_long_message_grows_the_buffer()
    {
        var buffer = new MessageText();
        var word = new string('x', 1000);
        for (int i = 0; i < 5; i++) buffer.Write($"{word}{i:0.0}");
        Assert.Equal(5 * 1003, buffer.Length);
        Assert.EndsWith("4.0", buffer.ToString());
    }
}
