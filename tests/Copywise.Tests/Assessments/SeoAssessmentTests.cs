using Copywise.Analysis;
using Copywise.Assessments.Seo;
using Copywise.Documents;
using static Copywise.Tests.Assessments.Kit;

namespace Copywise.Tests.Assessments;

public class TextLengthTests
{
    [Theory]
    [InlineData(99, -20)]
    [InlineData(100, -10)]
    [InlineData(199, -10)]
    [InlineData(200, 3)]
    [InlineData(249, 3)]
    [InlineData(250, 6)]
    [InlineData(299, 6)]
    [InlineData(300, 9)]
    public void Default_thresholds(int words, int score) => Assert.Equal(score, Score(Html($"<p>{Words(words)}</p>"), "textLength"));

    [Theory]
    [InlineData(299, -20)]
    [InlineData(399, -20)]
    [InlineData(400, 6)]
    [InlineData(899, 6)]
    [InlineData(900, 9)]
    public void Cornerstone_thresholds(int words, int score) => Assert.Equal(score, Score(Html($"<p>{Words(words)}</p>", cornerstone: true), "textLength"));

    [Fact]
    public void Message_has_the_count() => Assert.Contains("250 words", Result(Html($"<p>{Words(250)}</p>"), "textLength")!.Value.Text);
}

public class KeyphraseLengthTests
{
    [Theory]
    [InlineData("", -999)]
    [InlineData("bike", 9)]
    [InlineData("red bike lights winter", 9)]
    [InlineData("red bike lights winter sale", 6)]
    [InlineData("red bike lights winter sale steel frame shop", 6)]
    [InlineData("red bike lights winter sale steel frame shop online", 3)]
    [InlineData("how to decorate a room", 9)]
    [InlineData("best things to do in lisbon with kids", 9)]
    public void Content_words_are_counted(string keyphrase, int score) => Assert.Equal(score, Score(Html("<p>Text.</p>", keyphrase), "keyphraseLength"));

    [Fact]
    public void Exact_keyphrase_counts_every_word()
    {
        Assert.Equal(9, Score(Html("<p>Text.</p>", "\"how to paint rooms\""), "keyphraseLength"));
        Assert.Equal(6, Score(Html("<p>Text.</p>", "\"how to paint a room\""), "keyphraseLength"));
    }
}

public class KeyphraseDensityTests
{
    private static string Text(int words, int occurrences)
    {
        var sentences = new List<string>();
        for (int i = 0; i < occurrences; i++) sentences.Add("Bike lights shine.");
        int left = words - occurrences * 3;
        sentences.Add(Words(left));
        return "<p>" + string.Join(' ', sentences) + "</p>";
    }

    [Theory]
    [InlineData(40, 0, 4)]
    [InlineData(40, 1, 9)]
    [InlineData(40, 2, -10)]
    [InlineData(40, 3, -50)]
    [InlineData(60, 2, 9)]
    [InlineData(60, 3, -10)]
    public void Short_texts_are_judged_by_count(int words, int occurrences, int score) =>
        Assert.Equal(score, Score(Html(Text(words, occurrences), "bike lights"), "keyphraseDensity"));

    [Theory]
    [InlineData(1000, 0, 4)]
    [InlineData(1000, 1, 4)]
    [InlineData(1000, 3, 4)]
    [InlineData(1000, 4, 9)]
    [InlineData(1000, 21, 9)]
    [InlineData(1000, 22, -10)]
    [InlineData(1000, 30, -50)]
    public void Long_texts_are_judged_by_weighted_density(int words, int occurrences, int score) =>
        Assert.Equal(score, Score(Html(Text(words, occurrences), "bike lights"), "keyphraseDensity"));

    [Fact]
    public void No_keyphrase_is_minus_50() => Assert.Equal(-50, Score(Html("<p>Some text here.</p>"), "keyphraseDensity"));

    [Fact]
    public void Recommended_counts_follow_the_length_factor()
    {
        Assert.Equal(4, KeyphraseDensity.Recommended(2, 0.5, true, 1000));
        Assert.Equal(20, KeyphraseDensity.Recommended(1, 3, false, 700));
        Assert.Equal(2, KeyphraseDensity.Recommended(3, 0.5, true, 200));
    }

    [Fact]
    public void Marks_point_at_the_matches()
    {
        const string html = "<p>Our bike lights are bright.</p>";
        var r = Result(Html(html, "bike lights"), "keyphraseDensity")!.Value;
        Assert.Equal(["bike", "lights"], r.Marks.Select(m => html[m.Start..m.End]));
    }
}

public class IntroductionKeywordTests
{
    [Theory]
    [InlineData("<p>Good bike lights matter. Winter is dark.</p>", 9)]
    [InlineData("<p>Lights matter in winter. A bike needs them.</p>", 6)]
    [InlineData("<p>Winter is dark.</p><p>Bike lights matter.</p>", 3)]
    [InlineData("<h2>Bike lights</h2><p>Winter is dark.</p>", 3)]
    // A paragraph that is only a link (a "Jump to recipe" button, a breadcrumb) is navigation, not the introduction.
    [InlineData("<div><a href=\"#recipe\">Jump to Recipe</a></div><p>Good bike lights matter.</p>", 9)]
    [InlineData("<p><a href=\"/\">Home</a> <a href=\"/gear/\">Gear</a></p><p>Good bike lights matter.</p>", 9)]
    [InlineData("<p><a href=\"/\">Home</a> and more</p><p>Good bike lights matter.</p>", 3)]
    [InlineData("<p><strong>Updated in May</strong></p><p>Good bike lights matter.</p>", 3)]
    public void Scores(string html, int score) => Assert.Equal(score, Score(Html(html, "bike lights"), "introductionKeyword"));

    [Fact]
    public void Synonym_counts() => Assert.Equal(9, Score(Html("<p>A good lamp for cycling helps.</p>", "bike lights", synonyms: "lamp, cycling lamp"), "introductionKeyword"));

    [Fact]
    public void No_keyphrase_is_3() => Assert.Equal(3, Score(Html("<p>Text.</p>"), "introductionKeyword"));

    // Common keyphrase shapes: the words that frame a search (how to, best, ways, things, need, use) are function words,
    // so the topic's own words are what the introduction must name.
    [Theory]
    [InlineData("how to make sourdough bread", "<p>Sourdough bread needs only flour, water and salt.</p>", 9)]
    [InlineData("best ways to save money", "<p>You can save money by cooking at home.</p>", 9)]
    [InlineData("things to do in lisbon", "<p>Lisbon is a city of hills and trams.</p>", 9)]
    [InlineData("do you need a visa for japan", "<p>Check the visa rules for Japan before you fly.</p>", 9)]
    [InlineData("how to use a french press", "<p>A French press makes rich coffee.</p>", 9)]
    [InlineData("cheap flights to rome", "<p>Flights to Rome leave every hour.</p>", 3)]
    [InlineData("cheap flights to rome", "<p>Cheap flights to Rome leave every hour.</p>", 9)]
    // "Time" is a content word ("daylight saving time"); "times" frames ("3 times a week").
    [InlineData("daylight saving time", "<p>Daylight saving starts in March.</p>", 3)]
    [InlineData("daylight saving time", "<p>Daylight saving time starts in March.</p>", 9)]
    // Copular verbs frame a keyphrase as "become" and "seem" do.
    [InlineData("stay at home mom side hustles", "<p>A mom at home can start side hustles today.</p>", 9)]
    [InlineData("remain calm during exams", "<p>Keep calm during exams and breathe.</p>", 9)]
    // General adjectives and vague nouns frame a search too ("beautiful beaches", "gift ideas").
    [InlineData("beautiful beaches in spain", "<p>The beaches in Spain are warm in June.</p>", 9)]
    [InlineData("complete list of gift idea items", "<p>Our gift list covers every budget.</p>", 9)]
    public void Framing_words_of_a_search_are_not_needed(string keyphrase, string html, int score) =>
        Assert.Equal(score, Score(Html(html, keyphrase), "introductionKeyword"));
}

public class MetaDescriptionTests
{
    [Theory]
    [InlineData("", 3)]
    [InlineData("Nothing relevant here.", 3)]
    [InlineData("Bike lights for winter.", 9)]
    [InlineData("Bike lights. More bike lights.", 9)]
    [InlineData("Bike lights. Bike lights. Bike lights.", 3)]
    public void Keyphrase_in_description(string description, int score) =>
        Assert.Equal(score, Score(Html("<p>Text.</p>", "bike lights", description: description), "metaDescriptionKeyword"));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(120, 6)]
    [InlineData(121, 9)]
    [InlineData(156, 9)]
    [InlineData(157, 6)]
    public void Length(int length, int score) =>
        Assert.Equal(score, Score(Html("<p>Text.</p>", description: new string('a', length)), "metaDescriptionLength"));

    [Theory]
    [InlineData(100, 3)]
    [InlineData(200, 3)]
    [InlineData(130, 9)]
    public void Cornerstone_length(int length, int score) =>
        Assert.Equal(score, Score(Html("<p>Text.</p>", description: new string('a', length), cornerstone: true), "metaDescriptionLength"));
}

public class SubheadingsKeywordTests
{
    private static string Doc(params string[] headings) => string.Concat(headings.Select(h => $"<h2>{h}</h2><p>Some text.</p>"));

    [Fact]
    public void Short_text_without_subheadings_is_fine() => Assert.Equal(9, Score(Html("<p>Short text.</p>", "bike lights"), "subheadingsKeyword"));

    [Fact]
    public void Long_text_without_subheadings_is_2() => Assert.Equal(2, Score(Html($"<p>{Words(300)}</p>", "bike lights"), "subheadingsKeyword"));

    [Theory]
    [InlineData(9, "Bike lights")]
    [InlineData(3, "Winter", "Darkness")]
    [InlineData(3, "Bike lights", "A", "B", "C", "D")]
    [InlineData(9, "Bike lights", "Lights for a bike", "C", "D")]
    [InlineData(3, "Bike lights", "Lights for a bike", "Bike lights again", "More bike lights")]
    public void Share_of_subheadings(int score, params string[] headings) => Assert.Equal(score, Score(Html(Doc(headings), "bike lights"), "subheadingsKeyword"));

    [Fact]
    public void H4_does_not_count() => Assert.Equal(3, Score(Html("<h4>Bike lights</h4><p>x</p><h2>Other</h2><p>y</p>", "bike lights"), "subheadingsKeyword"));
}

public class LinkAssessmentTests
{
    private static Paper P(string links) => Html($"<p>Text with links: {links}</p>", "bike lights", permalink: "https://www.shop.example/page");

    [Theory]
    [InlineData("", 3)]
    [InlineData("<a href=\"https://other.example\" rel=\"nofollow\">x</a>", 7)]
    [InlineData("<a href=\"https://other.example\" rel=\"nofollow\">x</a> <a href=\"https://b.example\">y</a>", 8)]
    [InlineData("<a href=\"https://other.example\">x</a>", 9)]
    [InlineData("<a href=\"mailto:a@b.example\">mail</a> <a href=\"#top\">top</a>", 3)]
    public void Outbound(string links, int score) => Assert.Equal(score, Score(P(links), "externalLinks"));

    [Theory]
    [InlineData("", 3)]
    [InlineData("<a href=\"/about\" rel=\"nofollow\">x</a>", 7)]
    [InlineData("<a href=\"/about\" rel=\"nofollow\">x</a> <a href=\"http://shop.example/b\">y</a>", 8)]
    [InlineData("<a href=\"https://shop.example/other\">x</a>", 9)]
    [InlineData("<a href=\"//www.shop.example/x\">x</a>", 9)]
    public void Internal(string links, int score) => Assert.Equal(score, Score(P(links), "internalLinks"));

    [Theory]
    [InlineData("<a href=\"/x\">bike lights</a>", 2)]
    [InlineData("<a href=\"/x\">lights for your bike</a>", 2)]
    [InlineData("<a href=\"/x\">cheap bike lights online</a>", 8)]
    [InlineData("<a href=\"https://www.shop.example/page\">bike lights</a>", 8)]
    [InlineData("<a href=\"/x\">winter</a>", 8)]
    [InlineData("<a href=\"#bike-lights\">bike lights</a>", 8)]
    [InlineData("<a href=\"/x\">the bike lights</a> <a href=\"/y\">bike lights</a>", 2)]
    [InlineData("<a href=\"/x\">bikelightsbikelightsbikelightsbikelightsbikelightsbikelightsbikelights bike lights</a>", 8)]
    public void Competing(string links, int score) => Assert.Equal(score, Score(P(links), "textCompetingLinks"));

    [Fact]
    public void Link_marks_are_the_anchor_elements()
    {
        var paper = P("<a href=\"https://other.example\">x</a>");
        var r = Result(paper, "externalLinks")!.Value;
        Assert.Equal("<a href=\"https://other.example\">x</a>", paper.Text[r.Marks[0].Start..r.Marks[0].End]);
    }
}

public class ImageAssessmentTests
{
    [Theory]
    [InlineData("", 3, 3)]
    [InlineData("<img src=\"a.jpg\">", 9, 6)]
    [InlineData("<img src=\"a.jpg\" alt=\"A red bike with bright lights\">", 9, 9)]
    [InlineData("<img src=\"a.jpg\" alt=\"A sunny street\">", 9, 6)]
    public void Images_and_alt_text(string images, int count, int keyphrase)
    {
        var paper = Html($"<p>Text. {images}</p>", "bike lights");
        Assert.Equal(count, Score(paper, "images"));
        Assert.Equal(keyphrase, Score(paper, "imageKeyphrase"));
    }

    [Theory]
    [InlineData(1, 6)]
    [InlineData(2, 9)]
    [InlineData(4, 9)]
    [InlineData(5, 6)]
    public void Five_or_more_images_want_30_to_75_percent_with_keyphrase(int withKeyphrase, int score)
    {
        var images = string.Concat(Enumerable.Range(0, 6).Select(i => i < withKeyphrase ? "<img src=\"a.jpg\" alt=\"bike lights\">" : "<img src=\"b.jpg\" alt=\"a street\">"));
        Assert.Equal(score, Score(Html($"<p>Text. {images}</p>", "bike lights"), "imageKeyphrase"));
    }
}

public class TitleAndSlugTests
{
    [Theory]
    [InlineData("Bike lights for winter", 9)]
    [InlineData("The best bike lights", 9)]
    [InlineData("Winter guide to bike lights", 6)]
    [InlineData("Lights for every bike", 6)]
    [InlineData("Winter guide", 2)]
    [InlineData("", 2)]
    public void Keyphrase_in_title(string title, int score) => Assert.Equal(score, Score(Html("<p>Text.</p>", "bike lights", title: title), "keyphraseInSEOTitle"));

    [Theory]
    [InlineData("bike-lights", 9)]
    [InlineData("winter-bike-lights-guide", 9)]
    [InlineData("bike-guide", 6)]
    [InlineData("", 3)]
    public void Keyphrase_in_slug(string slug, int score) => Assert.Equal(score, Score(Html("<p>Text.</p>", "bike lights", slug: slug), "slugKeyword"));

    [Fact]
    public void Long_keyphrases_need_more_than_half_their_words_in_the_slug()
    {
        Assert.Equal(9, Score(Html("<p>x</p>", "led winter bike lights", slug: "winter-bike-lights"), "slugKeyword"));
        Assert.Equal(6, Score(Html("<p>x</p>", "led winter bike lights", slug: "winter-lights"), "slugKeyword"));
    }

    [Theory]
    [InlineData("", 0, 1)]
    [InlineData("A title", 600, 9)]
    [InlineData("A title", 601, 3)]
    public void Title_width_from_the_caller(string title, double width, int score) =>
        Assert.Equal(score, Score(Html("<p>x</p>", title: title) with { TitleWidth = width }, "titleWidth"));

    [Fact]
    public void Title_width_is_measured_in_arial_20px()
    {
        // Arial advance widths (font units of 2048): H 1479, e 1139, l 455, o 1139: "Hello" = 4667 units = 45.58 px at 20 px.
        Assert.Equal(45.58, Copywise.Text.TitleWidth.Measure("Hello"), 2);
        Assert.True(Copywise.Text.TitleWidth.Measure(new string('W', 40)) > 600);
        Assert.Equal(9, Score(Html("<p>x</p>", title: "Bike lights for winter"), "titleWidth"));
        Assert.Equal(3, Score(Html("<p>x</p>", title: string.Join(' ', Enumerable.Repeat("Wonderful", 12))), "titleWidth"));
    }

    [Fact]
    public void Wide_scripts_count_a_full_em() => Assert.Equal(40, Copywise.Text.TitleWidth.Measure("漢字"), 1);
}

public class StructureAssessmentTests
{
    [Theory]
    [InlineData("<h1>One</h1><p>x</p>", 8)]
    [InlineData("<p>x</p>", 8)]
    [InlineData("<h1>One</h1><p>x</p><h1>Two</h1>", 1)]
    public void Single_h1(string html, int score) => Assert.Equal(score, Score(Html(html), "singleH1"));

    [Fact]
    public void Function_words_only_keyphrase_gets_feedback()
    {
        Assert.Equal(0, Score(Html("<p>x</p>", "how to"), "functionWordsInKeyphrase"));
        Assert.Null(Result(Html("<p>x</p>", "bike lights"), "functionWordsInKeyphrase"));
    }

    [Theory]
    [InlineData(new[] { true, false }, 10)]
    [InlineData(new[] { false, false }, 100)]
    public void Distribution_of_short_texts(bool[] onTopic, double expected) => Assert.Equal(expected, KeyphraseDistribution.Distraction(onTopic));

    [Theory]
    [InlineData(30.0, "30")]
    [InlineData(30.04, "30.1")]
    [InlineData(7 * 100.0 / 23, "30.5")]
    [InlineData(50.0, "50")]
    [InlineData(64.99, "65")]
    public void Distribution_shares_are_shown_rounded_up_to_a_tenth(double percent, string shown) =>
        Assert.Equal(shown, KeyphraseDistribution.Shown(percent));

    [Fact]
    public void Distribution_is_the_longest_gap_as_a_share_of_sentences()
    {
        var s = new bool[20];
        s[0] = s[5] = s[19] = true; // gaps of 4 and 13 sentences
        Assert.Equal(65, KeyphraseDistribution.Distraction(s));
    }

    [Fact]
    public void Distribution_scores()
    {
        string Paragraphs(int every) => string.Concat(Enumerable.Range(0, 20).Select(i => i % every == 0 ? "<p>Bike lights help.</p>" : $"<p>{Sentence(6, i)}</p>"));
        Assert.Equal(9, Score(Html(Paragraphs(3), "bike lights"), "keyphraseDistribution"));
        Assert.Equal(6, Score(Html(Paragraphs(9), "bike lights"), "keyphraseDistribution"));
        Assert.Equal(1, Score(Html(Paragraphs(100), "bike lights"), "keyphraseDistribution"));
        Assert.Equal(1, Score(Html("<p>x</p>"), "keyphraseDistribution"));
    }

    [Fact]
    public void Previously_used_keyphrase()
    {
        var paper = Html("<p>x</p>", "bike lights", permalink: "https://shop.example/a");
        Assert.Null(Result(paper, "previouslyUsedKeywords"));
        Assert.Equal(9, Score(paper with { UsedKeyphrases = [new("winter tyres", "https://shop.example/b"), new("bike lights", "https://shop.example/a")] }, "previouslyUsedKeywords"));
        Assert.Equal(6, Score(paper with { UsedKeyphrases = [new("lights for a bike", "https://shop.example/b")] }, "previouslyUsedKeywords"));
        Assert.Equal(1, Score(paper with { UsedKeyphrases = [new("bike lights", "https://shop.example/b"), new("Bike Lights", "https://shop.example/c")] }, "previouslyUsedKeywords"));
    }

    [Fact]
    public void Related_keyphrases_get_their_own_group()
    {
        var paper = Html("<p>Winter tyres and bike lights.</p>", "bike lights") with { Related = [new RelatedKeyphrase("winter tyres")] };
        var result = Analyze(paper);
        var related = Assert.Single(result.Related);
        Assert.Equal("winter tyres", related.Keyphrase);
        Assert.Equal(9, related.Group["introductionKeyword"]!.Value.Score);
        Assert.Null(related.Group["textLength"]);
    }

    [Fact]
    public void Overall_seo_score_is_the_mean_on_a_0_to_100_scale()
    {
        var results = new[] { new AssessmentResult("a", 3, "", []), new AssessmentResult("b", 6, "", []), new AssessmentResult("c", 9, "", []) };
        Assert.Equal(67, OverallScore.Seo(results));
        Assert.Equal(0, OverallScore.Seo([]));
    }

    [Theory]
    [InlineData(new[] { 9, 9, 3, 3 }, true, 60)]
    [InlineData(new[] { 9, 9, 3, 3, 3 }, true, 30)]
    [InlineData(new[] { 9, 9, 6 }, true, 90)]
    [InlineData(new[] { 9, 9, 3 }, false, 60)]
    [InlineData(new[] { 9, 3, 3 }, false, 30)]
    [InlineData(new[] { 9 }, true, 30)]
    public void Overall_readability_score_uses_penalty_points(int[] scores, bool all, int expected) =>
        Assert.Equal(expected, OverallScore.Readability(scores.Select(s => new AssessmentResult("x", s, "", [])).ToArray(), all));
}

/// <summary>Cornerstone content: the stricter variants of the SEO assessments that have one.</summary>
public class CornerstoneSeoTests
{
    [Theory]
    [InlineData(249, false, 9)]
    [InlineData(250, false, 9)]
    [InlineData(299, false, 9)]
    [InlineData(249, true, 9)]
    [InlineData(250, true, 2)]
    [InlineData(300, false, 2)]
    public void Subheadings_are_needed_from_250_words_in_cornerstone_content(int words, bool cornerstone, int score) =>
        Assert.Equal(score, Score(Html($"<p>{Words(words)}</p>", "bike lights", cornerstone: cornerstone), "subheadingsKeyword"));

    [Theory]
    [InlineData("<img src=\"a.jpg\">", false, 6)]
    [InlineData("<img src=\"a.jpg\">", true, 3)]
    [InlineData("<img src=\"a.jpg\" alt=\"A sunny street\">", false, 6)]
    [InlineData("<img src=\"a.jpg\" alt=\"A sunny street\">", true, 3)]
    [InlineData("<img src=\"a.jpg\" alt=\"Bike lights at night\">", true, 9)]
    public void Images_without_a_topical_alt_text_are_red_in_cornerstone_content(string image, bool cornerstone, int score) =>
        Assert.Equal(score, Score(Html($"<p>Text. {image}</p>", "bike lights", cornerstone: cornerstone), "imageKeyphrase"));

    [Theory]
    [InlineData("bike-guide", false, 6)]
    [InlineData("bike-guide", true, 3)]
    [InlineData("bike-lights", true, 9)]
    [InlineData("", true, 3)]
    public void A_slug_without_the_keyphrase_is_red_in_cornerstone_content(string slug, bool cornerstone, int score) =>
        Assert.Equal(score, Score(Html("<p>Text.</p>", "bike lights", slug: slug, cornerstone: cornerstone), "slugKeyword"));

    [Fact]
    public void Related_keyphrases_use_the_cornerstone_image_variant()
    {
        var paper = Html("<p>Winter tyres and bike lights. <img src=\"a.jpg\" alt=\"A sunny street\"></p>", "bike lights", cornerstone: true)
            with { Related = [new RelatedKeyphrase("winter tyres")] };
        var related = Assert.Single(Analyze(paper).Related);
        Assert.Equal(3, related.Group["imageKeyphrase"]!.Value.Score);
        var plain = Assert.Single(Analyze(paper with { Cornerstone = false }).Related);
        Assert.Equal(6, plain.Group["imageKeyphrase"]!.Value.Score);
    }

    [Fact]
    public void Title_width_has_no_stricter_cornerstone_variant()
    {
        var paper = Html("<p>Text.</p>", "bike lights", title: "Bike lights");
        Assert.Equal(Score(paper, "titleWidth"), Score(paper with { Cornerstone = true }, "titleWidth"));
    }
}

/// <summary>Related keyphrases: each gets the related subset, scored for its own keyphrase and synonyms.</summary>
public class RelatedKeyphraseTests
{
    private static readonly string[] RelatedIds =
        ["introductionKeyword", "keyphraseLength", "keyphraseDensity", "metaDescriptionKeyword", "functionWordsInKeyphrase", "textCompetingLinks", "imageKeyphrase", "previouslyUsedKeywords"];

    [Fact]
    public void Each_related_keyphrase_gets_the_related_subset_only()
    {
        var paper = Html("<p>Winter tyres grip. Studded tyres too. <img src=\"a.jpg\" alt=\"tyres\"></p>", "bike lights", description: "Tyres for winter.") with
        {
            Related = [new RelatedKeyphrase("winter tyres"), new RelatedKeyphrase("studded tyres")],
        };
        var result = Analyze(paper);
        Assert.Equal(2, result.Related.Count);
        foreach (var r in result.Related)
        {
            foreach (var id in new[] { "introductionKeyword", "keyphraseLength", "keyphraseDensity", "metaDescriptionKeyword", "imageKeyphrase" })
                Assert.NotNull(r.Group[id]);
            Assert.All(r.Group.Results, x => Assert.Contains(x.Id, RelatedIds));
            Assert.Null(r.Group["textLength"]);
            Assert.Null(r.Group["titleWidth"]);
            Assert.Null(r.Group["slugKeyword"]);
        }
    }

    [Fact]
    public void Related_synonyms_count_for_the_related_keyphrase()
    {
        var paper = Html("<p>Snow tyres grip on ice.</p><p>More text here.</p>", "bike lights") with
        {
            Related = [new RelatedKeyphrase("winter tyres", "snow tyres")],
        };
        Assert.Equal(9, Assert.Single(Analyze(paper).Related).Group["introductionKeyword"]!.Value.Score);
        var without = paper with { Related = [new RelatedKeyphrase("winter tyres")] };
        Assert.NotEqual(9, Assert.Single(Analyze(without).Related).Group["introductionKeyword"]!.Value.Score);
    }

    [Fact]
    public void At_most_four_related_keyphrases_are_analysed_and_the_rest_is_noted()
    {
        var paper = Html("<p>Text.</p>", "bike lights") with
        {
            Related = Enumerable.Range(0, 6).Select(i => new RelatedKeyphrase($"topic {i}")).ToArray(),
        };
        var result = Analyze(paper);
        Assert.Equal(Analyzer.MaxRelatedKeyphrases, result.Related.Count);
        Assert.Contains(result.Notes, n => n.Contains("related", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void An_empty_related_keyphrase_is_skipped_or_scored_without_crashing()
    {
        var paper = Html("<p>Text.</p>", "bike lights") with { Related = [new RelatedKeyphrase("  ")] };
        var result = Analyze(paper);
        Assert.All(result.Related, r => Assert.All(r.Group.Results, x => Assert.False(string.IsNullOrEmpty(x.Text))));
    }
}
