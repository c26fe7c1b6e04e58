using BenchmarkDotNet.Attributes;
using Copywise.Documents;
using Copywise.Text;

namespace Copywise.Benchmarks;

/// <summary>
/// Parsing alone (input → <see cref="TextDocument"/> with source offsets, plus metadata), for each input format on the
/// same prose: HTML (AngleSharp's tokenizer), Markdown (Markdig) and plain text.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SizeColumn.Config))]
public class ParseBenchmarks
{
    private Paper _html = new(), _markdown = new(), _text = new();

    /// <summary>The article's length in words.</summary>
    [Params(1_000, 10_000)]
    public int Words { get; set; }

    /// <summary>Builds the three forms of the article.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _html = Articles.Get(Words, DocumentFormat.Html);
        _markdown = Articles.Get(Words, DocumentFormat.Markdown);
        _text = Articles.Get(Words, DocumentFormat.Text);
    }

    // Each document is disposed, as the analysis disposes its own: its pooled text and arrays serve the next parse, and
    // the allocation column shows what a parse costs in use rather than a pool that is never refilled.

    /// <summary>HTML.</summary>
    [Benchmark]
    public int ParseHtml() => Parsed(_html);

    /// <summary>Markdown.</summary>
    [Benchmark]
    public int ParseMarkdown() => Parsed(_markdown);

    /// <summary>Plain text.</summary>
    [Benchmark]
    public int ParsePlainText() => Parsed(_text);

    private static int Parsed(Paper paper)
    {
        using var document = DocumentParser.Parse(paper).Document;
        return document.Text.Length + document.Blocks.Count;
    }
}
