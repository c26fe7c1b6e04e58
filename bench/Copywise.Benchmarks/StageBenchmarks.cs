using BenchmarkDotNet.Attributes;
using Copywise.Analysis;
using Copywise.Assessments;
using Copywise.Documents;
using Copywise.Languages;
using Copywise.Research;
using Copywise.Text;

namespace Copywise.Benchmarks;

/// <summary>
/// The stages after parsing, each on its own, so that a regression has an address: the text analysis (sentences and
/// words), the SEO group and the readability group (each on a fresh context, so it pays for all the research it reads),
/// and everything after parsing together (<see cref="Analyzer.Analyze(AnalysisContext)"/>).
/// </summary>
/// <remarks>
/// A context runs the text analysis when it is made and then caches research, so a group can only be timed alone on a
/// context that no assessment has used yet. The contexts are made before each iteration, one per invocation, outside
/// the measured time; hence the fixed invocation count.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(SizeColumn.Config))]
[InvocationCount(Invocations)]
public class StageBenchmarks
{
    private const int Invocations = 64;
    private Paper _paper = new();
    private TextDocument _document = TextDocument.Empty("");
    private Language _language = LanguageRegistry.Default;
    private readonly Queue<AnalysisContext> _fresh = new();
    private IReadOnlyList<Assessment> _seo = [], _readability = [];

    /// <summary>The article's length in words.</summary>
    [Params(1_000, 10_000)]
    public int Words { get; set; }

    /// <summary>Parses the article once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        (_document, _paper) = DocumentParser.Parse(Articles.Get(Words));
        _language = LanguageRegistry.ForLocale(_paper.Locale);
        _seo = Assessors.Seo(_paper.Cornerstone);
        _readability = Assessors.Readability(_paper.Cornerstone);
        // A fixed invocation count makes BenchmarkDotNet's warm-up short; run every stage past tiered compilation's
        // promotion (30 calls, then a background compile) so that the iterations measure optimised code.
        for (int round = 0; round < 2; round++)
        {
            for (int i = 0; i < 60; i++)
            {
                Run(_seo, new AnalysisContext(_paper, _document, _language, AnalysisOptions.Default));
                Run(_readability, new AnalysisContext(_paper, _document, _language, AnalysisOptions.Default));
                using var context = new AnalysisContext(_paper, _document, _language, AnalysisOptions.Default);
                Analyzer.Analyze(context);
            }
            Thread.Sleep(300);
        }
    }

    /// <summary>Makes one unused context per invocation of the next iteration.</summary>
    [IterationSetup(Targets = [nameof(SeoGroup), nameof(ReadabilityGroup), nameof(AfterParsing)])]
    public void FreshContexts()
    {
        _fresh.Clear();
        for (int i = 0; i < Invocations; i++) _fresh.Enqueue(new AnalysisContext(_paper, _document, _language, AnalysisOptions.Default));
    }

    /// <summary>Sentences and words of the parsed document (what making a context costs).</summary>
    [Benchmark]
    public int TextAnalysisOnly()
    {
        // Disposed, as a context disposes it: its pooled arrays serve the next one.
        using var text = TextAnalysis.Analyze(_document, _language);
        return text.Words.Length;
    }

    /// <summary>Every SEO assessment of the focus keyphrase, with the research it needs.</summary>
    [Benchmark]
    public int SeoGroup() => Run(_seo, _fresh.Dequeue());

    /// <summary>Every readability assessment, with the research it needs.</summary>
    [Benchmark]
    public int ReadabilityGroup() => Run(_readability, _fresh.Dequeue());

    /// <summary>Both groups, scores and facts: the whole analysis but parsing and text analysis.</summary>
    [Benchmark]
    public AnalysisResult AfterParsing()
    {
        using var context = _fresh.Dequeue();
        return Analyzer.Analyze(context);
    }

    private static int Run(IReadOnlyList<Assessment> group, AnalysisContext context)
    {
        // Disposed as the analysis disposes it: the research's pooled buffers go back for the next context.
        using var _ = context;
        int sum = 0;
        foreach (var a in group)
        {
            if (a.IsApplicable(context, context.Focus)) sum += a.Assess(context, context.Focus).Score;
        }
        return sum;
    }
}
