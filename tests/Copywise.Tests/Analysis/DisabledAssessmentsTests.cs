using Copywise.Analysis;
using Copywise.Assessments.Seo;
using Copywise.Documents;
using Copywise.Languages;
using Copywise.Research;
using Copywise.Text;

namespace Copywise.Tests.Analysis;

public class DisabledAssessmentsTests
{
    private static readonly Paper Article = new()
    {
        Text = "<p>Bike lights help you see at night. Good bike lights are bright. They last long on one charge.</p>",
        Keyphrase = "bike lights",
        Title = "Bike lights",
    };

    [Fact]
    public void Disabled_assessments_are_not_run_and_the_scores_follow()
    {
        var all = Analyzer.Analyze(Article);
        var options = new AnalysisOptions { DisabledAssessments = new HashSet<string> { "titleWidth", "textLength", "textPresence" } };
        var some = Analyzer.Analyze(Article, options);
        Assert.NotNull(all.Seo["titleWidth"]);
        Assert.Null(some.Seo["titleWidth"]);
        Assert.Null(some.Seo["textLength"]);
        Assert.Null(some.Readability["textPresence"]);
        Assert.Equal(all.Seo.Results.Count - 2, some.Seo.Results.Count);
        Assert.Equal(OverallScore.Seo(some.Seo.Results), some.Seo.Score);
        Assert.NotEqual(all.Seo.Score, some.Seo.Score);
    }

    [Fact]
    public void Keyphrase_key_ignores_order_and_function_words()
    {
        var context = new AnalysisContext(new Paper(), TextDocument.Empty(""), LanguageRegistry.Default, AnalysisOptions.Default);
        Assert.Equal(PreviouslyUsedKeyphrase.Key(context, "bike lights"), PreviouslyUsedKeyphrase.Key(context, "lights for a bike"));
        Assert.NotEqual(PreviouslyUsedKeyphrase.Key(context, "bike lights"), PreviouslyUsedKeyphrase.Key(context, "bike bells"));
    }
}
