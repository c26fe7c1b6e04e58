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
        Assert.Equal("Example.com", doc.Text.Substring(doc.Links[0].TextStart, doc.Links[0].TextLength));
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
