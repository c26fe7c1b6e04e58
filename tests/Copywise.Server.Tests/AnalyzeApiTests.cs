using System.Net;
using System.Text;
using System.Text.Json;
using Copywise.Analysis;
using Copywise.Documents;

namespace Copywise.Server.Tests;

public sealed class AnalyzeApiTests(ServiceFactory factory) : IClassFixture<ServiceFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Analyze_answers_with_the_result_object_of_the_batch_format()
    {
        var paper = Http.ExamplePaper();
        var response = await _client.PostAsync("/api/v1/analyze", Http.Json(paper));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        // The service writes with the library's serializer: the same object as the library gives for that paper.
        var (id, parsed) = PaperJson.Parse(JsonSerializer.Serialize(paper), new Paper());
        var expected = ResultJson.ToJson(Analyzer.Analyze(parsed));
        Assert.Equal("example", id);
        Assert.Equal("{\"id\":\"example\"," + expected[1..], body);

        var json = await Http.ReadJson(response);
        Assert.InRange(json.GetProperty("seo").GetProperty("score").GetInt32(), 1, 100);
        Assert.Contains(json.GetProperty("seo").GetProperty("results").EnumerateArray(), r => r.GetProperty("marks").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Marks_point_into_the_text_as_sent()
    {
        var text = "<p>Bread dough rises. Bread dough needs time.</p><p>More words follow here to make a text.</p>";
        var response = await _client.PostAsync("/api/v1/analyze", Http.Json(new { text, keyphrase = "bread dough" }));
        var json = await Http.ReadJson(response);
        var marks = json.GetProperty("seo").GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("id").GetString() == "introductionKeyword").GetProperty("marks").EnumerateArray().ToList();
        Assert.NotEmpty(marks);
        var m = marks[0];
        Assert.Contains("Bread dough", text[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()]);
    }

    public static TheoryData<string, string, string?> BadPapers => new()
    {
        // body, field named, content type (null: application/json)
        { "", "body", null },
        { "   \n ", "body", null },
        { "{\"text\":", "body", null },
        { "{\"text\": \"a\",}", "body", null },
        { "[1, 2]", "body", null },
        { "\"just a string\"", "body", null },
        { "42", "body", null },
        { "null", "body", null },
        { "{\"text\": {\"html\": \"<p>x</p>\"}}", "text", null },
        { "{\"text\": [\"a\"]}", "text", null },
        { "{\"text\": \"a lone \\uD800 surrogate\"}", "text", null },
        { "{\"text\": \"x\", \"keyphrase\": {}}", "keyphrase", null },
        { "{\"text\": \"x\", \"format\": \"pdf\"}", "format", null },
        { "{\"text\": \"x\", \"cornerstone\": \"yes\"}", "cornerstone", null },
        { "{\"text\": \"x\", \"titleWidth\": -5}", "titleWidth", null },
        { "{\"text\": \"x\", \"titleWidth\": \"wide\"}", "titleWidth", null },
        { "{\"text\": \"x\", \"titleWidth\": 1e400}", "titleWidth", null },
        { "{\"text\": \"x\", \"related\": \"bikes\"}", "related", null },
        { "{\"text\": \"x\", \"related\": [\"bikes\", 5]}", "related[1]", null },
        { "{\"text\": \"x\", \"related\": [{\"keyphrase\": 5}]}", "related[0].keyphrase", null },
        { "{\"text\": \"x\", \"usedKeyphrases\": {}}", "usedKeyphrases", null },
        { "{\"text\": \"x\", \"usedKeyphrases\": [\"bikes\"]}", "usedKeyphrases[0]", null },
        { "{\"text\": \"x\", \"usedKeyphrases\": [{\"keyphrase\": \"b\", \"url\": 3}]}", "usedKeyphrases[0].url", null },
        { "{\"format\": \"markdown\", \"text\": \"---\\ntitle: [unclosed\\n---\\nBody text.\"}", "text", null },
        { "{\"text\": \"x\"}", "Content-Type", "text/html" },
        { "{\"text\": \"x\"}", "Content-Type", "application/x-www-form-urlencoded" },
    };

    [Theory]
    [MemberData(nameof(BadPapers))]
    public async Task Bad_input_is_a_problem_naming_the_field(string body, string field, string? contentType)
    {
        var content = Http.Bytes(Encoding.UTF8.GetBytes(body), contentType ?? "application/json");
        var response = await _client.PostAsync("/api/v1/analyze", content);

        Assert.Equal(contentType == null ? HttpStatusCode.BadRequest : HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        await AssertProblem(response, field);
    }

    [Fact]
    public async Task Invalid_utf8_is_a_bad_request()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"text\": \"caf\u00e9\"}");
        bytes[^4] = 0xFF; // breaks the two-byte é
        var response = await _client.PostAsync("/api/v1/analyze", Http.Bytes(bytes, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertProblem(response, "text");
    }

    [Fact]
    public async Task Deeply_nested_json_is_a_bad_request()
    {
        var body = "{\"text\":\"x\",\"extra\":" + new string('[', 500) + new string(']', 500) + "}";
        var response = await _client.PostAsync("/api/v1/analyze", Http.Json(body));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertProblem(response, null);
    }

    [Fact]
    public async Task Unknown_routes_and_methods_are_problems_too()
    {
        var missing = await _client.GetAsync("/api/v1/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);

        var wrongMethod = await _client.GetAsync("/api/v1/analyze");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrongMethod.StatusCode);
        Assert.Equal("application/problem+json", wrongMethod.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Odd_but_valid_papers_are_analysed_with_notes()
    {
        var cases = new object[]
        {
            new { text = "" },
            new { text = "<p>Ein kurzer Text.</p>", locale = "de_DE" },
            new { text = "Plain words.", keyphrase = new string('k', 5000) },
            new { text = "<p>Text</p>", related = new[] { "a", "b", "c", "d", "e" } },
            new { text = "\u0000\u0001 control characters \uFFFF and a lone surrogate \uD800 here" },
        };
        foreach (var paper in cases)
        {
            var response = await _client.PostAsync("/api/v1/analyze", Http.Json(paper));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var json = await Http.ReadJson(response);
            Assert.Equal(JsonValueKind.Array, json.GetProperty("notes").ValueKind);
        }
    }

    [Fact]
    public async Task Every_request_is_logged_as_one_structured_event()
    {
        using var own = new ServiceFactory();
        await own.CreateClient().PostAsync("/api/v1/analyze", Http.Json(new { text = "<p>Logged.</p>" }));
        var events = own.Logs.Events.Where(e => e.Category == "Copywise.Server.Requests").ToList();
        var entry = Assert.Single(events, e => e.State.Any(kv => kv.Key == "Path" && Equals(kv.Value, "/api/v1/analyze")) && e.State.Any(kv => kv.Key == "StatusCode" && Equals(kv.Value, 200)));
        var state = entry.State.ToDictionary(kv => kv.Key, kv => kv.Value);
        Assert.Equal("POST", state["Method"]);
        Assert.Equal(1, state["Analyses"]);
        Assert.IsType<double>(state["ElapsedMs"]);
    }

    internal static async Task<JsonElement> AssertProblem(HttpResponseMessage response, string? field)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", text);
        Assert.DoesNotContain("Exception", text);
        using var doc = JsonDocument.Parse(text);
        var problem = doc.RootElement.Clone();
        Assert.Equal((int)response.StatusCode, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        if (field != null)
        {
            Assert.Equal(field, problem.GetProperty("field").GetString());
            if (response.StatusCode == HttpStatusCode.BadRequest) Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
        }
        return problem;
    }
}
