using Copywise.Analysis;
using Copywise.Documents;
using Copywise.Research;

namespace Copywise.Tests.Assessments;

/// <summary>Builds papers of known shape and reads single results.</summary>
internal static class Kit
{
    private static readonly string[] Filler = ["river", "stone", "garden", "window", "market", "silver", "forest", "yellow", "candle", "bridge"];

    /// <summary>A sentence of <paramref name="words"/> filler words ending in a period.</summary>
    public static string Sentence(int words, int seed = 0)
    {
        var w = Enumerable.Range(0, words).Select(i => Filler[(i + seed) % Filler.Length]).ToArray();
        if (w.Length > 0) w[0] = char.ToUpperInvariant(w[0][0]) + w[0][1..];
        return string.Join(' ', w) + ".";
    }

    /// <summary>A paragraph of sentences of ten words each, <paramref name="words"/> words in all.</summary>
    public static string Words(int words)
    {
        var sentences = new List<string>();
        int left = words, seed = 0;
        while (left > 0)
        {
            int n = Math.Min(10, left);
            sentences.Add(Sentence(n, seed++));
            left -= n;
        }
        return string.Join(' ', sentences);
    }

    public static AnalysisResult Analyze(Paper paper, bool wordForms = false) =>
        Analyzer.Analyze(paper with { Format = paper.Format == DocumentFormat.Auto ? DocumentFormat.Html : paper.Format }, new AnalysisOptions { WordForms = wordForms });

    public static AssessmentResult? Result(Paper paper, string id, bool wordForms = false)
    {
        var r = Analyze(paper, wordForms);
        return r.Seo[id] ?? r.Readability[id];
    }

    public static int Score(Paper paper, string id, bool wordForms = false) =>
        (Result(paper, id, wordForms) ?? throw new Xunit.Sdk.XunitException($"no {id} result")).Score;

    public static Paper Html(string html, string keyphrase = "", string title = "", string description = "", string slug = "", string permalink = "", bool cornerstone = false, string synonyms = "") =>
        new() { Text = html, Keyphrase = keyphrase, Title = title, Description = description, Slug = slug, Permalink = permalink, Cornerstone = cornerstone, Synonyms = synonyms, Locale = "en_US" };
}
