using System.Net;
using System.Text.Json;
using Copywise.Analysis;
using Copywise.Text;

namespace Copywise.Server.Tests;

public sealed class ServiceApiTests(ServiceFactory factory) : IClassFixture<ServiceFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_catalogue_lists_every_assessment_once_with_group_and_help()
    {
        var list = (await Http.ReadJson(await _client.GetAsync("/api/v1/assessments"))).EnumerateArray().ToList();
        var expected = Assessors.Seo(false).Select(a => (a.Id, "seo")).Concat(Assessors.Readability(false).Select(a => (a.Id, "readability"))).ToList();
        Assert.Equal(expected, list.Select(a => (a.GetProperty("id").GetString()!, a.GetProperty("group").GetString()!)).ToList());
        foreach (var a in list)
        {
            var id = a.GetProperty("id").GetString()!;
            Assert.Equal(AssessmentResult.HelpAnchor(id), a.GetProperty("help").GetString());
            Assert.False(string.IsNullOrWhiteSpace(a.GetProperty("name").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(a.GetProperty("summary").GetString()));
        }
        var related = Assessors.Related(false).Select(a => a.Id).ToHashSet();
        Assert.All(list, a => Assert.Equal(related.Contains(a.GetProperty("id").GetString()!), a.GetProperty("related").GetBoolean()));
    }

    [Fact]
    public async Task Languages_list_english_and_what_it_supports()
    {
        var list = (await Http.ReadJson(await _client.GetAsync("/api/v1/languages"))).EnumerateArray().ToList();
        var en = Assert.Single(list, l => l.GetProperty("code").GetString() == "en");
        Assert.Equal("English", en.GetProperty("name").GetString());
        var features = en.GetProperty("features").EnumerateArray().Select(f => f.GetString()).ToList();
        Assert.Contains("fleschReadingEase", features);
        Assert.Contains("passiveVoice", features);
    }

    [Fact]
    public async Task Health_is_reported()
    {
        var response = await _client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint()
    {
        var doc = await Http.ReadJson(await _client.GetAsync("/openapi/v1.json"));
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/analyze", "/api/v1/analyze/batch", "/api/v1/assessments", "/api/v1/languages", "/api/v1/preview", "/api/v1/convert" })
            Assert.True(paths.TryGetProperty(path, out _), path);
        var analyze = paths.GetProperty("/api/v1/analyze").GetProperty("post");
        Assert.True(analyze.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(analyze.GetProperty("responses").TryGetProperty("400", out _));
    }

    [Fact]
    public async Task The_openapi_schema_of_a_result_matches_what_the_service_sends()
    {
        var doc = await Http.ReadJson(await _client.GetAsync("/openapi/v1.json"));
        var schemas = doc.GetProperty("components").GetProperty("schemas");
        var result = await Http.ReadJson(await _client.PostAsync("/api/v1/analyze", Http.Json(Http.ExamplePaper())));

        AssertKeys(schemas, "AnalysisSchema", result, exact: true);
        AssertKeys(schemas, "GroupSchema", result.GetProperty("seo"), exact: true);
        var withFix = result.GetProperty("seo").GetProperty("results").EnumerateArray().First(r => r.TryGetProperty("fix", out _) && r.GetProperty("marks").GetArrayLength() > 0);
        AssertKeys(schemas, "ResultSchema", withFix, exact: true);
        AssertKeys(schemas, "MarkSchema", withFix.GetProperty("marks")[0], exact: true);
        AssertKeys(schemas, "PaperEchoSchema", result.GetProperty("paper"), exact: true);
        // Facts carry further named measures after the described ones.
        AssertKeys(schemas, "FactsSchema", result.GetProperty("facts"), exact: false);
    }

    private static void AssertKeys(JsonElement schemas, string name, JsonElement actual, bool exact)
    {
        var described = schemas.GetProperty(name).GetProperty("properties").EnumerateObject().Select(p => p.Name).ToHashSet();
        var sent = actual.EnumerateObject().Select(p => p.Name).ToHashSet();
        // Everything described is sent (but the optional id and fix), and with exact, nothing undescribed is.
        Assert.Empty(described.Except(sent).Except(["id", "fix"]));
        if (exact) Assert.Empty(sent.Except(described));
    }

    [Fact]
    public async Task The_reference_page_is_served_without_outside_resources()
    {
        var response = await _client.GetAsync("/reference/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("openapi/v1.json", html);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/reference/scalar.js")).StatusCode);
        Assert.DoesNotContain("cdn.", html);
        Assert.DoesNotContain("fonts.", html);
    }

    [Fact]
    public async Task The_editor_is_served_with_its_own_assets_only()
    {
        var response = await _client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        var html = await response.Content.ReadAsStringAsync();
        var references = System.Text.RegularExpressions.Regex.Matches(html, "(?:src|href)=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(references);
        Assert.All(references, r => Assert.True(r.StartsWith('/') || r.StartsWith('#'), r));
        foreach (var asset in references.Where(r => r.StartsWith("/editor/", StringComparison.Ordinal)))
            Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(asset)).StatusCode);
    }

    [Fact]
    public async Task The_preview_cuts_the_title_at_its_pixel_width_and_builds_the_url()
    {
        var title = "Electric bikes for commuting: range, weight, brakes, price and everything else you should know before buying one";
        var description = string.Join(' ', Enumerable.Repeat("A description that goes on.", 10));
        var preview = await Http.ReadJson(await _client.PostAsync("/api/v1/preview", Http.Json(new { title, description, slug = "electric-bikes", permalink = "https://example.com/blog/" })));

        Assert.Equal("https://example.com/blog/electric-bikes/", preview.GetProperty("url").GetString());
        Assert.Equal("example.com › blog › electric-bikes", preview.GetProperty("breadcrumb").GetString());
        var desktop = preview.GetProperty("desktop");
        var shown = desktop.GetProperty("title").GetProperty("text").GetString()!;
        Assert.True(desktop.GetProperty("title").GetProperty("truncated").GetBoolean());
        Assert.EndsWith("…", shown);
        Assert.True(TitleWidth.Measure(shown) <= 600, shown);
        Assert.StartsWith(shown[..^2], title);
        Assert.Equal(Math.Round(TitleWidth.Measure(title), 1), desktop.GetProperty("title").GetProperty("size").GetDouble());
        var cut = desktop.GetProperty("description").GetProperty("text").GetString()!;
        Assert.True(cut.Length <= 156);
        Assert.EndsWith("…", cut);

        var mobile = preview.GetProperty("mobile");
        var mobileTitle = mobile.GetProperty("title").GetProperty("text").GetString()!;
        Assert.EndsWith("…", mobileTitle);
        Assert.True(TitleWidth.Measure(mobileTitle) <= 2 * SnippetPreview.MobileLineWidth, mobileTitle);
        Assert.StartsWith(mobileTitle[..^2], title);
        Assert.True(mobile.GetProperty("description").GetProperty("text").GetString()!.Length <= 120);

        var fits = await Http.ReadJson(await _client.PostAsync("/api/v1/preview", Http.Json(new { title = "Short title", description = "Short." })));
        Assert.Equal("Short title", fits.GetProperty("desktop").GetProperty("title").GetProperty("text").GetString());
        Assert.False(fits.GetProperty("desktop").GetProperty("title").GetProperty("truncated").GetBoolean());
    }

    [Fact]
    public void A_single_word_wider_than_the_line_is_cut_by_characters()
    {
        var part = SnippetPreview.FitTitle(new string('W', 100), 600, 1);
        Assert.True(part.Truncated);
        Assert.EndsWith("…", part.Text);
        Assert.True(TitleWidth.Measure(part.Text) <= 600);
        Assert.True(part.Text.Length > 5);
    }

    [Fact]
    public async Task The_preview_refuses_a_field_of_the_wrong_kind()
    {
        var response = await _client.PostAsync("/api/v1/preview", Http.Json("{\"title\": 5}"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AnalyzeApiTests.AssertProblem(response, "title");
    }

    [Fact]
    public async Task Pasted_markdown_becomes_html_and_fills_the_attributes()
    {
        var markdown = File.ReadAllText(TestPaths.Example("sourdough-starter.md"));
        var converted = await Http.ReadJson(await _client.PostAsync("/api/v1/convert", Http.Json(new { text = markdown })));
        Assert.Equal("markdown", converted.GetProperty("format").GetString());
        Assert.Equal("How to Keep a Sourdough Starter Alive", converted.GetProperty("title").GetString());
        Assert.Equal("sourdough starter", converted.GetProperty("keyphrase").GetString());
        var html = converted.GetProperty("html").GetString()!;
        Assert.Contains("<h1", html);
        Assert.Contains("<p>", html);
        Assert.DoesNotContain("keyphrase:", html);
    }

    [Fact]
    public async Task Pasted_plain_text_and_html_documents_become_body_html()
    {
        var text = File.ReadAllText(TestPaths.Example("city-council-budget.txt"));
        var plain = await Http.ReadJson(await _client.PostAsync("/api/v1/convert", Http.Json(new { text, format = "text" })));
        Assert.Equal("text", plain.GetProperty("format").GetString());
        Assert.Contains("<p>", plain.GetProperty("html").GetString());
        Assert.False(string.IsNullOrEmpty(plain.GetProperty("title").GetString()));

        var page = File.ReadAllText(TestPaths.Example("electric-bikes.html"));
        var html = await Http.ReadJson(await _client.PostAsync("/api/v1/convert", Http.Json(new { text = page })));
        Assert.Equal("html", html.GetProperty("format").GetString());
        Assert.StartsWith("<h1>", html.GetProperty("html").GetString()!.Trim());
        Assert.Equal("Electric Bikes for Commuting: What to Know Before You Buy", html.GetProperty("title").GetString());

        var bad = await _client.PostAsync("/api/v1/convert", Http.Json(new { text = "x", format = "docx" }));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        await AnalyzeApiTests.AssertProblem(bad, "format");
    }
}
