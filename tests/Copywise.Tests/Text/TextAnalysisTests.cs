using Xunit;
using Copywise.Documents;
using Copywise.Languages;
using Copywise.Text;

namespace Copywise.Tests.Text;

public class TextAnalysisTests
{
    private static TextAnalysis Analyze(string html) => TextAnalysis.Analyze(HtmlDocumentParser.Parse(html).Document, English.Instance);

    private static string[] Sentences(string html)
    {
        var a = Analyze(html);
        return a.Sentences.ToArray().Select(s => a.Text(s).ToString()).ToArray();
    }

    [Fact]
    public void Splits_at_terminators_followed_by_a_capital()
    {
        Assert.Equal(["One sentence.", "Two sentences!", "Three?"], Sentences("<p>One sentence. Two sentences! Three?</p>"));
    }

    [Theory]
    [InlineData("<p>Dr. Smith arrived. He sat.</p>", 2)]
    [InlineData("<p>It cost 3.5 dollars. Cheap.</p>", 2)]
    [InlineData("<p>Written by J. R. R. Tolkien in England. Long ago.</p>", 2)]
    [InlineData("<p>He left at 10 a.m. today. Then he came back.</p>", 2)]
    [InlineData("<p>\"Stop.\" She said it. \"Now!\"</p>", 3)]
    [InlineData("<p>Wait... what happened? Nothing.</p>", 2)]
    [InlineData("<p>No terminator at the end</p>", 1)]
    [InlineData("<p>I met John F. Kennedy once. It was nice.</p>", 2)]
    [InlineData("<p>Q. Why is open source important? A. Because it is shared.</p>", 4)]
    [InlineData("<p>We chose plan B. The results were good.</p>", 2)]
    [InlineData("<p>The last sentence ends here.</p>\"", 1)]
    [InlineData("<p>A dash alone — then words.</p><p>—</p>", 1)]
    [InlineData("<h2>Heading</h2><p>Text follows here</p><ul><li>Item one</li><li>Item two</li></ul>", 4)]
    [InlineData("<p>The answer is below. : it is short. Fine.</p>", 2)]
    // An emoji after a period ends that sentence; after an exclamation mark it is a sentence of its own.
    [InlineData("<p>See you soon. 🎉</p><p>Another one here 😀. Fine.</p>", 3)]
    [InlineData("<p>I read every one! 🍌</p>", 2)]
    [InlineData("<p>🎉</p><p>Party time.</p>", 2)]
    public void Counts_sentences(string html, int expected) => Assert.Equal(expected, Analyze(html).Sentences.Length);

    [Fact]
    public void An_emoji_after_a_sentence_belongs_to_it()
    {
        var a = Analyze("<p>See you soon. 🎉 Bye now.</p>");
        Assert.Equal(["See you soon. 🎉", "Bye now."], a.Sentences.ToArray().Select(s => a.Text(s).ToString()));
        Assert.Equal(4, a.Sentences[0].WordCount);
        Assert.All(a.WordsOf(a.Sentences[0]).ToArray(), w => Assert.Equal(0, w.Sentence));
    }

    [Fact]
    public void Words_keep_inner_punctuation_and_drop_outer()
    {
        var a = Analyze("<p>The U.S. didn't — really — use e-mail (in 2022).</p>");
        Assert.Equal(["The", "U.S", "didn't", "really", "use", "e-mail", "in", "2022"], a.Words.ToArray().Select(w => a.Text(w).ToString()));
    }

    [Fact]
    public void Words_belong_to_their_sentences_and_blocks()
    {
        var a = Analyze("<p>One two. Three four five.</p><p>Six.</p>");
        Assert.Equal([2, 3, 1], a.Sentences.ToArray().Select(s => s.WordCount));
        Assert.Equal(2, a.Blocks[0].SentenceCount);
        Assert.Equal(5, a.Blocks[0].WordCount);
        Assert.Equal(1, a.Words[5].Sentence == 2 ? 1 : 0);
    }

    [Fact]
    public void Empty_text_has_no_sentences()
    {
        var a = Analyze("");
        Assert.Equal(0, a.Sentences.Length);
        Assert.Equal(0, a.Words.Length);
    }
}

public class TextDocumentBuilderTests
{
    // A builder hands its lists to the next builder of its thread when it builds: building twice would share them.
    [Fact]
    public void A_builder_builds_once_and_the_next_builder_starts_empty()
    {
        const string source = "<p>One two.</p><p>Three.</p>";
        var builder = new TextDocumentBuilder(source);
        builder.StartBlock(BlockKind.Paragraph, 0, 0);
        builder.AppendSource(3, 8);
        builder.EndBlock(15);
        var first = builder.Build();
        Assert.Throws<InvalidOperationException>(() => builder.Build());

        var next = new TextDocumentBuilder(source);
        next.StartBlock(BlockKind.Paragraph, 0, 15);
        next.AppendSource(18, 6);
        next.EndBlock(28);
        var second = next.Build();
        Assert.Equal("One two.", first.Text);
        Assert.Single(first.Blocks);
        Assert.Equal("Three.", second.Text);
        Assert.Single(second.Blocks);
        Assert.Equal(18, second.ToSource(0, 6).Start);
    }
}
