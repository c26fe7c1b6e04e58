using Copywise.Documents;
using Copywise.Text;

namespace Copywise.Tests.Documents;

public class HtmlDocumentParserTests
{
    [Fact]
    public void Blocks_have_kinds_levels_and_text()
    {
        var doc = HtmlDocumentParser.Parse("<h1>Title</h1><p>One <b>two</b> three.</p><h2>Sub</h2><ul><li>Item</li></ul>").Document;
        Assert.Equal([BlockKind.Heading, BlockKind.Paragraph, BlockKind.Heading, BlockKind.ListItem], doc.Blocks.Select(b => b.Kind));
        Assert.Equal(1, doc.Blocks[0].Level);
        Assert.Equal(2, doc.Blocks[2].Level);
        Assert.Equal("One two three.", doc.BlockText(doc.Blocks[1]).ToString());
    }

    [Fact]
    public void Text_positions_map_back_to_the_source_through_entities()
    {
        const string html = "<p>Fish &amp; chips are <em>tasty</em>.</p>";
        var doc = HtmlDocumentParser.Parse(html).Document;
        Assert.Equal("Fish & chips are tasty.", doc.Text);
        int tasty = doc.Text.IndexOf("tasty", StringComparison.Ordinal);
        var (s, e) = doc.ToSource(tasty, tasty + 5);
        Assert.Equal("tasty", html[s..e]);
        int chips = doc.Text.IndexOf("chips", StringComparison.Ordinal);
        Assert.Equal("chips", html.Substring(doc.ToSource(chips), 5));
    }

    [Theory]
    [InlineData("<p>One<br><br>Two</p>", new[] { "One", "Two" })]
    [InlineData("<p>One<br></br>\n\tTwo<br />Three</p>", new[] { "One", "Two Three" })]
    [InlineData("<p>One<br>\n<br>Two</p>", new[] { "One Two" })]
    [InlineData("<h2>One<br><br>Two</h2>", new[] { "One Two" })]
    public void Two_adjacent_line_breaks_end_a_paragraph(string html, string[] blocks)
    {
        // As WordPress's autop and the reference's parser: only breaks with nothing between them, and only in paragraphs.
        var doc = HtmlDocumentParser.Parse(html).Document;
        Assert.Equal(blocks, doc.Blocks.Select(b => doc.Substring(b.Start, b.Length)).ToArray());
    }

    [Theory]
    // A caption is a box of its own: its shortcode tags go, its caption text and image stay.
    [InlineData("<p>Before it. [caption id=\"attachment_4\" align=\"aligncenter\" width=\"800\"]<img src=\"a.jpg\" alt=\"A\"> The caption.[/caption] After it.</p>",
        new[] { "Before it.", "The caption.", "After it." })]
    [InlineData("Loose text\n\n[gallery ids=\"1,2,3\"]\n\nMore text", new[] { "Loose text", "More text" })]
    [InlineData("<p>Write to us: [contact-form-7 id=\"5\" title=\"Contact\"] or call.</p>", new[] { "Write to us: or call." })]
    [InlineData("<p>[vc_row][vc_column][vc_column_text]Built text.[/vc_column_text][/vc_column][/vc_row]</p>", new[] { "Built text." })]
    [InlineData("<p>A short [icon name=\"star\" /] note.</p>", new[] { "A short note." })]
    [InlineData("<p>Contents: [toc /] The text.</p>", new[] { "Contents:", "The text." })]
    // Bracketed words of the prose are kept.
    [InlineData("<p>He wrote \"their [sic] car\" in 2020 [1]. [Update] It works [a=b.</p>", new[] { "He wrote \"their [sic] car\" in 2020 [1]. [Update] It works [a=b." })]
    public void WordPress_shortcodes_are_markup(string html, string[] blocks) => Assert.Equal(blocks, BlockTexts(html));

    // The text of each block, its white space runs made single spaces.
    private static string[] BlockTexts(string html)
    {
        var doc = HtmlDocumentParser.Parse(html).Document;
        return doc.Blocks.Select(b => System.Text.RegularExpressions.Regex.Replace(doc.Substring(b.Start, b.Length), @"\s+", " ")).ToArray();
    }

    [Fact]
    public void Text_after_a_shortcode_maps_back_to_the_source()
    {
        const string html = "<p>Caf&eacute; [caption width=\"800\"]<img src=\"a.jpg\" alt=\"x\"> Our &amp; their caption[/caption] Fresh bread.</p>";
        var doc = HtmlDocumentParser.Parse(html).Document;
        foreach (var word in new[] { "Our", "their", "caption", "Fresh", "bread" })
        {
            int at = doc.Text.IndexOf(word, StringComparison.Ordinal);
            Assert.True(at >= 0, word);
            var (s, e) = doc.ToSource(at, at + word.Length);
            Assert.Equal(word, html[s..e]);
        }
        Assert.Single(doc.Images);
    }

    [Theory]
    // Loose text, as the classic editor saves it: a blank line ends a paragraph (WordPress's wpautop makes each a <p>).
    [InlineData("First one. Still first.\n\nSecond one,\nand more.\n \t\nThird.", new[] { "First one. Still first.", "Second one, and more.", "Third." })]
    [InlineData("<div>One.\n\nTwo.</div>", new[] { "One.", "Two." })]
    [InlineData("Intro.\n\n<h2>Head</h2>\n\nBody.", new[] { "Intro.", "Head", "Body." })]
    // Inside an explicit block a blank line is white space.
    [InlineData("<p>One.\n\nTwo.</p>", new[] { "One. Two." })]
    [InlineData("<ul><li>One.\n\nTwo.</li></ul>", new[] { "One. Two." })]
    public void Blank_lines_end_paragraphs_of_loose_text(string html, string[] blocks) => Assert.Equal(blocks, BlockTexts(html));

    [Fact]
    public void Loose_paragraphs_map_back_to_the_source()
    {
        const string html = "Caf&eacute; one.\r\n\r\n \r\nBread &amp; two.";
        var doc = HtmlDocumentParser.Parse(html).Document;
        int at = doc.Text.IndexOf("two", StringComparison.Ordinal);
        var (s, e) = doc.ToSource(at, at + 3);
        Assert.Equal("two", html[s..e]);
        Assert.Equal(2, doc.Blocks.Count);
    }

    [Fact]
    public void Script_style_code_and_blockquote_are_not_prose()
    {
        var doc = HtmlDocumentParser.Parse("<p>Keep</p><script>var a = '<p>no</p>';</script><style>p{}</style><pre>code</pre><blockquote>quote</blockquote><p>this</p>").Document;
        Assert.Equal("Keep\nthis", doc.Text);
    }

    [Fact]
    public void Whole_documents_give_title_description_canonical_and_lang()
    {
        var parsed = HtmlDocumentParser.Parse("<!DOCTYPE html><html lang=\"de\"><head><title>Der Titel</title><meta name=\"description\" content=\"Beschreibung\"><link rel=\"canonical\" href=\"https://x.example/a\"></head><body><p>Text hier.</p></body></html>");
        Assert.Equal("Der Titel", parsed.Metadata.Title);
        Assert.Equal("Beschreibung", parsed.Metadata.Description);
        Assert.Equal("https://x.example/a", parsed.Metadata.Permalink);
        Assert.Equal("de", parsed.Metadata.Locale);
        Assert.Equal("Text hier.", parsed.Document.Text);
    }

    [Fact]
    public void A_head_without_closing_tag_ends_where_the_body_starts()
    {
        var doc = HtmlDocumentParser.Parse("<html><head><title>T</title><script>x()</script><body><p>Body text.</p>").Document;
        Assert.Equal("Body text.", doc.Text);
    }

    [Fact]
    public void Links_and_images_are_recorded_with_anchor_text()
    {
        var doc = HtmlDocumentParser.Parse("<p>See <a href=\"/x\" rel=\"nofollow\">our guide</a> now.<img src=\"a.jpg\" alt=\"A cat\"><img src=\"b.jpg\"></p>").Document;
        var link = Assert.Single(doc.Links);
        Assert.Equal("/x", link.Href);
        Assert.Equal("nofollow", link.Rel);
        Assert.Equal("our guide", doc.Substring(link.TextStart, link.TextLength));
        Assert.Equal(2, doc.Images.Count);
        Assert.Equal("A cat", doc.Images[0].Alt);
        Assert.Null(doc.Images[1].Alt);
    }

    // Tags are copied from the tokenizer's struct token: names and attributes in capitals, an empty alt against none,
    // a repeated attribute (the first counts) and an element the parser does not know must read as before.
    [Fact]
    public void Tags_in_capitals_empty_attributes_and_unknown_elements()
    {
        var doc = HtmlDocumentParser.Parse("<P>Go <A HREF=\"/a\" href=\"/b\" REL=nofollow>there</A>.<IMG SRC=c.png ALT=\"\"><img src=d.png alt></P><x-card lang=fr><p>Bonjour <my-tag>toi</my-tag>.</p></x-card>").Document;
        var link = Assert.Single(doc.Links);
        Assert.Equal("/a", link.Href);
        Assert.Equal("nofollow", link.Rel);
        Assert.Equal(2, doc.Images.Count);
        Assert.Equal("c.png", doc.Images[0].Src);
        Assert.Equal("", doc.Images[0].Alt);
        Assert.Equal("", doc.Images[1].Alt);
        Assert.Equal("Go there.", doc.Text[..9]);
        Assert.Equal(2, doc.Blocks.Count);
        Assert.EndsWith("Bonjour toi.", doc.Text);
    }

    [Fact]
    public void Loose_text_becomes_implicit_paragraphs()
    {
        var doc = HtmlDocumentParser.Parse("Loose text<div>In a div</div>after").Document;
        Assert.Equal(["Loose text", "In a div", "after"], doc.Blocks.Select(b => doc.BlockText(b).ToString()));
    }

    [Theory]
    [InlineData("<p class=\"has-text-align-center\">x</p>")]
    [InlineData("<p style=\"color:red; text-align: center\">x</p>")]
    public void Center_alignment_is_read_from_class_and_style(string html)
    {
        Assert.Equal(TextAlignment.Center, HtmlDocumentParser.Parse(html).Document.Blocks[0].Alignment);
    }

    [Theory]
    [InlineData("<p>unclosed <b>bold <i>mixed</b> up</i>")]
    [InlineData("</p></div><<>>&&&;;<p")]
    [InlineData("<script>never closed")]
    [InlineData("<!-- comment never closed")]
    [InlineData("<p>a</p></p></p><li>b")]
    public void Malformed_html_parses_without_throwing(string html)
    {
        var doc = HtmlDocumentParser.Parse(html).Document;
        Assert.Equal(doc.TextLength, doc.Text.Length);
        for (int i = 0; i < doc.Text.Length; i++) Assert.InRange(doc.ToSource(i), 0, html.Length);
    }
}
