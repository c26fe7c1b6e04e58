using Copywise.Documents;
using Copywise.Text;

namespace Copywise.Tests.Documents;

/// <summary>Every field an input carries is kept, so a caller can map fields of its own (a site's front-matter keys).</summary>
public class MetadataFieldsTests
{
    [Fact]
    public void Front_matter_fields_are_kept_by_their_own_names()
    {
        var parsed = DocumentParser.ParseWithMetadata(new Paper { Text = "---\nfocus_kw: red pandas\nSummary: Short text.\ntags: [zoo, asia]\nnested:\n  a: 1\n---\n\nBody text.\n" }, "page.md");
        var f = parsed.Metadata.Fields;
        Assert.Equal("red pandas", f["focus_kw"]);
        Assert.Equal("Short text.", f["summary"]);
        Assert.Equal("zoo, asia", f["tags"]);
        Assert.False(f.ContainsKey("nested"));
        Assert.Equal("Body text.", parsed.Document.Text);
        Assert.Equal(DocumentFormat.Markdown, parsed.Paper.Format);
    }

    [Fact]
    public void Html_meta_names_are_kept()
    {
        var parsed = DocumentParser.ParseWithMetadata(new Paper { Text = "<html><head><meta name=\"focus-keyphrase\" content=\" red pandas \"><meta name=\"author\" content=\"Pat\"><meta name=\"description\" content=\"Desc\"></head><body><p>Text.</p></body></html>" });
        var f = parsed.Metadata.Fields;
        Assert.Equal("red pandas", f["focus-keyphrase"]);
        Assert.Equal("Pat", f["author"]);
        Assert.Equal("Desc", parsed.Paper.Description);
    }

    [Fact]
    public void Parse_and_ParseWithMetadata_agree()
    {
        var paper = new Paper { Text = "---\ntitle: T\nkeyphrase: k\n---\nSome text here." };
        var (doc, completed) = DocumentParser.Parse(paper, "a.md");
        var parsed = DocumentParser.ParseWithMetadata(paper, "a.md");
        Assert.Equal(completed, parsed.Paper);
        Assert.Equal(doc.Text, parsed.Document.Text);
    }
}

/// <summary>Marks of words in a Markdown paragraph written over several lines point at those words in the source.</summary>
public class MarkdownMultiLineOffsetsTests
{
    [Fact]
    public void Every_word_of_a_wrapped_paragraph_maps_to_its_source_position()
    {
        const string source = "---\ntitle: T\n---\nBaking with a sourdough starter takes time.\nMix the *sourdough* starter with flour.\nBake it.\n";
        var document = MarkdownDocumentParser.Parse(source).Document;
        foreach (var word in new[] { "Baking", "starter", "Mix", "sourdough", "flour", "Bake" })
        {
            int at = document.Text.LastIndexOf(word, StringComparison.Ordinal);
            var (start, end) = document.ToSource(at, at + word.Length);
            Assert.Equal(word, source[start..end]);
        }
    }
}

/// <summary>The parser reuses its state on a thread; what one page leaves open must not reach the next.</summary>
public class ParserReuseTests
{
    // Pages that stop in the middle of something: a skipped element, the head, a title, a link, a table.
    public static TheoryData<string> Unfinished() => new()
    {
        "<p>Before <script>var a = '<p>never text</p>';",
        "<html><head><title>Cut title",
        "<head><meta name=\"description\" content=\"Desc\"><p>Body starts",
        "<p>A <a href=\"https://a.example/x\">link that never ends",
        "<table><tr><td>Cell one<td>Cell two",
        "<div class=\"screen-reader-text\"><p>hidden",
        "<ul><li>Item<li>Item two<h2>Heading",
    };

    private const string Next = "<h2>Next page</h2><p>It has a <a href=\"/about\">link</a> and an image <img src=\"b.png\" alt=\"Bee\">. It ends here.</p>";

    private static string Shape(TextDocument d) =>
        $"{d.Text}|{string.Join(",", d.Blocks.Select(b => $"{b.Kind}{b.Level}:{b.Start}-{b.End}"))}|{string.Join(",", d.Links.Select(l => $"{l.Href}@{l.TextStart}+{l.TextLength}"))}|{string.Join(",", d.Images.Select(i => $"{i.Src}:{i.Alt}"))}";

    [Theory]
    [MemberData(nameof(Unfinished))]
    public void A_page_parses_the_same_after_any_other(string first)
    {
        // On a thread of its own, the next page is the first the thread parses.
        string fresh = "";
        var thread = new Thread(() => { using var d = HtmlDocumentParser.Parse(Next).Document; fresh = Shape(d); });
        thread.Start();
        thread.Join();
        using (HtmlDocumentParser.Parse(first).Document) { }
        using var after = HtmlDocumentParser.Parse(Next).Document;
        Assert.Equal(fresh, Shape(after));
        Assert.Null(HtmlDocumentParser.Parse(Next).Metadata.Title);
    }

    [Fact]
    public void Plain_text_and_markdown_parse_the_same_after_other_texts()
    {
        const string text = "A title line\n\nFirst paragraph of the text.\nIt goes on here.\n\n- one item\n- two items\n";
        const string markdown = "# Heading\n\nSome *text* with a [link](https://a.example).\n\n| a | b |\n|---|---|\n| c | d |\n";
        string freshText = "", freshMarkdown = "";
        var thread = new Thread(() =>
        {
            using (var d = PlainTextDocumentParser.Parse(text).Document) freshText = Shape(d);
            using (var d = MarkdownDocumentParser.Parse(markdown).Document) freshMarkdown = Shape(d);
        });
        thread.Start();
        thread.Join();
        using (PlainTextDocumentParser.Parse(string.Join("\n", Enumerable.Range(0, 500).Select(i => $"Line {i} of a long text."))).Document) { }
        using (MarkdownDocumentParser.Parse("---\ntitle: T\n---\n\n" + string.Concat(Enumerable.Range(0, 200).Select(i => $"Paragraph {i}.\n\n"))).Document) { }
        using (var d = PlainTextDocumentParser.Parse(text).Document) Assert.Equal(freshText, Shape(d));
        using (var d = MarkdownDocumentParser.Parse(markdown).Document) Assert.Equal(freshMarkdown, Shape(d));
        Assert.Equal("A title line", PlainTextDocumentParser.Parse(text).Metadata.Title);
        Assert.Null(MarkdownDocumentParser.Parse(markdown).Metadata.Title);
    }

    [Fact]
    public void A_page_without_metadata_has_empty_metadata_and_the_paper_as_given()
    {
        var paper = new Paper { Text = Next, Format = DocumentFormat.Html, Title = "T", Keyphrase = "next page", Locale = "en_US" };
        var parsed = DocumentParser.ParseWithMetadata(paper);
        Assert.Empty(parsed.Metadata.Fields);
        Assert.Empty(parsed.Metadata.Related);
        Assert.Same(paper, parsed.Paper);
        // A second parse gets metadata of its own, not a shared object a caller may have changed.
        parsed.Metadata.Fields["mine"] = "x";
        Assert.Empty(DocumentParser.ParseWithMetadata(paper).Metadata.Fields);
    }

    [Fact]
    public void A_paper_is_completed_from_what_the_page_says()
    {
        var paper = new Paper { Text = "<html lang=\"de\"><head><title>Titel</title><link rel=\"canonical\" href=\"https://a.example/blog/mein-artikel/\"></head><body><p>Text.</p></body></html>", Format = DocumentFormat.Html };
        var completed = DocumentParser.Parse(paper).Paper;
        Assert.NotSame(paper, completed);
        Assert.Equal(("Titel", "de", "https://a.example/blog/mein-artikel/", "mein-artikel"), (completed.Title, completed.Locale, completed.Permalink, completed.Slug));
        // A given attribute wins; a blank one is filled.
        var given = DocumentParser.Parse(paper with { Title = "Mine", Locale = "  " }).Paper;
        Assert.Equal(("Mine", "de"), (given.Title, given.Locale));
        // Only a permalink: the slug comes from it.
        var slugOnly = new Paper { Text = "<p>x</p>", Format = DocumentFormat.Html, Permalink = "https://a.example/x/y-z" };
        Assert.Equal("y-z", DocumentParser.Parse(slugOnly).Paper.Slug);
        // A format found by sniffing is written into the paper.
        Assert.Equal(DocumentFormat.Html, DocumentParser.Parse(new Paper { Text = "<p>Hello there.</p>" }).Paper.Format);
    }
}
