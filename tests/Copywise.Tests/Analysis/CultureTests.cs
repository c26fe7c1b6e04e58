using System.Globalization;
using Copywise.Analysis;
using Copywise.Documents;
using Copywise.Research;
using Xunit;

namespace Copywise.Tests.Analysis;

// A library runs in its host's culture. Messages are English, and their numbers must read the same in a German or a
// French host as in the command line tool ("44.4%", not "44,4%"), and so must every other part of the result.
public class CultureTests
{
    // Messages are written when they are read: the analysis and the reading both happen in the host's culture.
    private static T In<T>(string culture, Func<T> work)
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            return work();
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    public static TheoryData<string> Cultures() => new() { "de-DE", "fr-FR", "ar-SA", "sv-SE" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Results_do_not_depend_on_the_host_culture(string culture)
    {
        var paper = new Paper
        {
            Text = File.ReadAllText(TestPaths.Example("electric-bikes.html")),
            Format = DocumentFormat.Html,
            Keyphrase = "electric bikes",
        };
        var invariant = In("", () => ResultJson.ToJson(Analyzer.Analyze(paper, new AnalysisOptions())));
        var hosted = In(culture, () => ResultJson.ToJson(Analyzer.Analyze(paper, new AnalysisOptions())));
        Assert.Equal(invariant, hosted);
        // Read one by one, not through the JSON writer.
        var texts = In(culture, () =>
        {
            var result = Analyzer.Analyze(paper, new AnalysisOptions());
            return string.Join("\n", result.Seo.Results.Concat(result.Readability.Results).Select(r => r.Text + " | " + r.Fix));
        });
        var invariantTexts = In("", () =>
        {
            var result = Analyzer.Analyze(paper, new AnalysisOptions());
            return string.Join("\n", result.Seo.Results.Concat(result.Readability.Results).Select(r => r.Text + " | " + r.Fix));
        });
        Assert.Equal(invariantTexts, texts);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void A_decimal_share_is_written_with_a_point(string culture)
    {
        // 1 passive sentence of 7: 14.3%.
        var paper = new Paper
        {
            Text = "<p>The bridge was built in 1890. Trains cross it every hour. The river runs fast below. " +
                   "Fishers wait on the bank. Boats pass in summer. Birds nest under the arches. Tourists take photos.</p>",
        };
        var text = In(culture, () => Analyzer.Analyze(paper, new AnalysisOptions()).Readability["passiveVoice"]?.Text);
        Assert.NotNull(text);
        Assert.Contains("14.3%", text);
    }
}
