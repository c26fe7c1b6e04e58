using System.Text.RegularExpressions;
using Copywise.Analysis;
using Copywise.Assessments;

namespace Copywise.Tests.Docs;

/// <summary>The assessment catalogue and the documents results and the conformance report link to stay in step.</summary>
public partial class DocumentationTests
{
    [GeneratedRegex("<a id=\"([^\"]+)\"></a>")]
    private static partial Regex Anchor();

    [GeneratedRegex(@"deviations\.md#([A-Za-z0-9_-]+)")]
    private static partial Regex DeviationLink();

    private static string Doc(string name) => File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", name));

    private static List<string> Anchors(string markdown) => Anchor().Matches(markdown).Select(m => m.Groups[1].Value).ToList();

    public static TheoryData<string> Groups() => ["seo", "readability", "related"];

    private static IEnumerable<Assessment> Catalogue(string group) => group switch
    {
        "seo" => Assessors.Seo(false).Concat(Assessors.Seo(true)),
        "readability" => Assessors.Readability(false).Concat(Assessors.Readability(true)),
        _ => Assessors.Related(false).Concat(Assessors.Related(true)),
    };

    [Theory]
    [MemberData(nameof(Groups))]
    public void Every_assessment_has_a_summary_and_a_documented_help_anchor(string group)
    {
        var anchors = Anchors(Doc("assessments.md")).ToHashSet();
        foreach (var a in Catalogue(group))
        {
            Assert.False(string.IsNullOrWhiteSpace(a.Summary), $"{a.Id} has no summary");
            Assert.EndsWith(".", a.Summary);
            var help = AssessmentResult.HelpAnchor(a.Id);
            Assert.StartsWith("assessments.md#", help);
            Assert.True(anchors.Contains(help["assessments.md#".Length..]), $"docs/assessments.md has no anchor for {a.Id} ({help})");
        }
    }

    [Fact]
    public void Assessment_anchors_are_unique_and_belong_to_assessments()
    {
        var anchors = Anchors(Doc("assessments.md"));
        Assert.Equal(anchors.Count, anchors.Distinct().Count());
        var ids = new[] { "seo", "readability", "related" }.SelectMany(Catalogue).Select(a => a.Id.ToLowerInvariant()).ToHashSet();
        Assert.All(anchors, anchor => Assert.Contains(anchor, ids));
    }

    [Fact]
    public void Deviation_links_resolve()
    {
        var deviations = Anchors(Doc("deviations.md"));
        Assert.Equal(deviations.Count, deviations.Distinct().Count());
        var links = DeviationLink().Matches(Doc("assessments.md")).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(links);
        foreach (var line in File.ReadLines(Path.Combine(TestPaths.RepoRoot, "bench", "known-deviations.txt")))
        {
            int hash = line.IndexOf('#');
            if (hash <= 0 || line.TrimStart().StartsWith('#')) continue;
            links.Add(line[(hash + 1)..].Trim());
        }
        Assert.All(links, anchor => Assert.Contains(anchor, deviations));
    }
}

/// <summary>The library example of the README runs as written.</summary>
public class ReadmeLibraryExampleTests
{
    [Fact]
    public void The_library_example_analyses_the_example_page_and_its_marks_point_into_the_text()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md"));
        Assert.Contains("Analyzer.Analyze(paper)", readme);
        Assert.Contains("examples/electric-bikes.html", readme);

        var paper = new Copywise.Documents.Paper
        {
            Text = File.ReadAllText(TestPaths.Example("electric-bikes.html")),
            Keyphrase = "electric bikes",
            Locale = "en_US",
        };
        AnalysisResult result = Analyzer.Analyze(paper);
        Assert.InRange(result.Seo.Score, 1, 100);
        Assert.InRange(result.Readability.Score, 1, 100);
        var marks = result.Seo.Results.Concat(result.Readability.Results).SelectMany(r => r.Marks).ToList();
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.True(m.Start >= 0 && m.End <= paper.Text.Length && m.Start <= m.End));
        Assert.Contains("electric bikes", ResultJson.ToJson(result), StringComparison.OrdinalIgnoreCase);
    }
}
