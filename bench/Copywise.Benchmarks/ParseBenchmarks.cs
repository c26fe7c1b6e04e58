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

    /// <summary>HTML.</summary>
    [Benchmark]
    public TextDocument ParseHtml() => DocumentParser.Parse(_html).Document;

    /// <summary>Markdown.</summary>
    [Benchmark]
    public TextDocument ParseMarkdown() => DocumentParser.Parse(_markdown).Document;

    /// <summary>Plain text.</summary>
    [Benchmark]
    public TextDocument ParsePlainText() => DocumentParser.Parse(_text).Document;
}
