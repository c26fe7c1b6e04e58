using Copywise.Documents;

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
