using Copywise.Documents;
using Copywise.Text;

namespace Copywise.Tests.Documents;

public class PlainTextDocumentParserTests
{
    [Fact]
    public void Headline_paragraphs_subheadings_and_links()
    {
        const string text = "A Headline Here\nFirst paragraph is here. It has two sentences.\nA Short Subheading\nSecond paragraph mentions Example.com and https://x.example/path.\n";
        var parsed = PlainTextDocumentParser.Parse(text);
        Assert.Equal("A Headline Here", parsed.Metadata.Title);
        var doc = parsed.Document;
        Assert.Equal([BlockKind.Paragraph, BlockKind.Heading, BlockKind.Paragraph], doc.Blocks.Select(b => b.Kind));
        Assert.Equal(["https://Example.com", "https://x.example/path"], doc.Links.Select(l => l.Href));
        Assert.Equal("Example.com", doc.Substring(doc.Links[0].TextStart, doc.Links[0].TextLength));
    }

    [Fact]
    public void Hard_wrapped_blocks_join_into_paragraphs()
    {
        const string text = "This is the first paragraph of the story, which\nis wrapped over several lines of text\nand ends here.\n\nThe second one\nis wrapped too, and it also ends.\n";
        var doc = PlainTextDocumentParser.Parse(text).Document;
        Assert.Equal(2, doc.Blocks.Count);
        Assert.StartsWith("This is the first paragraph of the story, which is wrapped", doc.BlockText(doc.Blocks[0]).ToString());
    }

    [Fact]
    public void List_lines_become_list_items()
    {
        var doc = PlainTextDocumentParser.Parse("Intro sentence is here.\n- first item\n- second item\n1. numbered item\nClosing sentence here.").Document;
        Assert.Equal(3, doc.Blocks.Count(b => b.Kind == BlockKind.ListItem));
        Assert.Equal("first item", doc.BlockText(doc.Blocks[1]).ToString());
    }

    [Fact]
    public void Abbreviations_are_not_links()
    {
        var doc = PlainTextDocumentParser.Parse("The U.S. and e.g. other places at 10 a.m. are named.").Document;
        Assert.Empty(doc.Links);
    }
}

/// <summary>Plain text of many lines is read in time proportional to its length.</summary>
public class PlainTextScalingTests
{
    [Fact]
    public void Links_are_found_per_line_in_long_texts()
    {
        // 20,000 lines without links, then one with a link: every line's search must stop at its own end.
        var lines = Enumerable.Range(0, 20_000).Select(i => $"Line {i} of the text has no link in it.").Append("Read more at example.com today.");
        var (document, _) = Copywise.Documents.DocumentParser.Parse(new Copywise.Documents.Paper { Text = string.Join("\n", lines) }, "long.txt");
        var link = Assert.Single(document.Links);
        Assert.Equal("https://example.com", link.Href);
    }
}
