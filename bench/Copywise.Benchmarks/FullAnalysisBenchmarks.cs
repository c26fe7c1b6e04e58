using BenchmarkDotNet.Attributes;
using Copywise.Analysis;
using Copywise.Documents;

namespace Copywise.Benchmarks;

/// <summary>
/// The whole analysis of an English HTML article, as <c>copywise analyze</c> runs it: parse, text analysis, every SEO
/// and readability assessment, scores and facts. Sizes from a short post (300 words) to a book (100,000 words), spaced
/// about 3× apart so that a flat ns/word column shows linear growth.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SizeColumn.Config))]
public class FullAnalysisBenchmarks
{
    private Paper _paper = new();

    /// <summary>The article's length in words.</summary>
    [Params(300, 1_000, 3_000, 10_000, 30_000, 100_000)]
    public int Words { get; set; }

    /// <summary>Builds the article.</summary>
    [GlobalSetup]
    public void Setup() => _paper = Articles.Get(Words);

    /// <summary>The full analysis with the default options (keyphrase word forms on).</summary>
    [Benchmark]
    public AnalysisResult Analyze() => Analyzer.Analyze(_paper);
}
