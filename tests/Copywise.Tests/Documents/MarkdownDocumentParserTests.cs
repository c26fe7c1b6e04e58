using Copywise.Documents;
using Copywise.Text;

namespace Copywise.Tests.Documents;

public class MarkdownDocumentParserTests
{
    [Fact]
    public void Front_matter_fills_the_attributes()
    {
        var parsed = MarkdownDocumentParser.Parse("---\ntitle: A title\ndescription: Desc\nkeyphrase: red pandas\nsynonyms: [lesser panda, firefox]\nrelated:\n  - bamboo\nslug: red-pandas\nurl: https://zoo.example/red-pandas\nlang: en_GB\ncornerstone: true\n---\n\nBody text.\n");
        var m = parsed.Metadata;
        Assert.Equal("A title", m.Title);
        Assert.Equal("Desc", m.Description);
        Assert.Equal("red pandas", m.Keyphrase);
        Assert.Equal("lesser panda, firefox", m.Synonyms);
        Assert.Equal(["bamboo"], m.Related);
        Assert.Equal("red-pandas", m.Slug);
        Assert.Equal("https://zoo.example/red-pandas", m.Permalink);
        Assert.Equal("en_GB", m.Locale);
        Assert.True(m.Cornerstone);
        Assert.Equal("Body text.", parsed.Document.Text);
    }

    [Fact]
    public void Invalid_front_matter_is_an_input_error_with_a_line()
    {
        var e = Assert.Throws<CopywiseInputException>(() => MarkdownDocumentParser.Parse("---\ntitle: [unclosed\n---\nText"));
        Assert.Contains("front matter", e.Message);
        Assert.DoesNotContain("\n", e.Message);
    }

    [Fact]
    public void Structure_links_images_and_offsets()
    {
        const string md = "# Head\n\nSome *text* with a [link](https://a.example) and ![alt text](i.png).\n\n- one\n- two\n\n> quoted\n\n```\ncode\n```\n\n| a | b |\n|---|---|\n| c | d |\n";
        var doc = MarkdownDocumentParser.Parse(md).Document;
        Assert.Equal(BlockKind.Heading, doc.Blocks[0].Kind);
        Assert.Equal("Some text with a link and .", doc.BlockText(doc.Blocks[1]).ToString());
        Assert.Equal([BlockKind.ListItem, BlockKind.ListItem], doc.Blocks.Skip(2).Take(2).Select(b => b.Kind));
        Assert.DoesNotContain("quoted", doc.Text);
        Assert.DoesNotContain("code", doc.Text);
        Assert.Equal(4, doc.Blocks.Count(b => b.Kind == BlockKind.TableCell));
        var link = Assert.Single(doc.Links);
        Assert.Equal("https://a.example", link.Href);
        Assert.Equal("alt text", Assert.Single(doc.Images).Alt);
        int text = doc.Text.IndexOf("text", StringComparison.Ordinal);
        Assert.Equal("text", md.Substring(doc.ToSource(text), 4));
    }

    // Text without a '|' is parsed without the table extensions; it must read exactly as with them. Every Markdown file
    // of the repository serves, its '|' replaced where it has some.
    public static TheoryData<string> MarkdownFiles()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.EnumerateFiles(TestPaths.RepoRoot, "*.md", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                                 && !f.Contains($"{Path.DirectorySeparatorChar}.git{Path.DirectorySeparatorChar}"))
                     .Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(TestPaths.RepoRoot, f));
        return data;
    }

    [Theory]
    [MemberData(nameof(MarkdownFiles))]
    public void Text_without_a_bar_reads_the_same_without_the_table_extensions(string file)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, file)).Replace('|', '/');
        // A fixture with broken front matter is refused both ways.
        var refused = Record.Exception(() => MarkdownDocumentParser.Read(text, tables: true).Document.Dispose());
        if (refused is not null)
        {
            Assert.IsType<CopywiseInputException>(refused);
            Assert.Throws<CopywiseInputException>(() => MarkdownDocumentParser.Read(text, tables: false));
            return;
        }
        var (with, _) = MarkdownDocumentParser.Read(text, tables: true);
        var (without, _) = MarkdownDocumentParser.Read(text, tables: false);
        using (with)
        using (without)
        {
            Assert.Equal(with.Text.ToString(), without.Text.ToString());
            Assert.Equal(with.Blocks, without.Blocks);
            Assert.Equal(with.Links, without.Links);
            Assert.Equal(with.Images, without.Images);
        }
    }
}
