using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Copywise.Server.Tests;

public sealed class BatchApiTests(ServiceFactory factory) : IClassFixture<ServiceFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static string Line(object paper) => JsonSerializer.Serialize(paper);

    [Fact]
    public async Task Each_line_gets_a_result_or_an_error_in_order()
    {
        var body = string.Join("\n",
            Line(new { id = "a", text = "<p>First paper about bikes.</p>", keyphrase = "bikes" }),
            "",
            "{not json",
            Line(new { id = "c", text = "x", format = "pdf" }),
            Line(new { id = "d", text = "Second paper, in plain text." })) + "\n";
        var response = await _client.PostAsync("/api/v1/analyze/batch", Http.Bytes(Encoding.UTF8.GetBytes(body), "application/x-ndjson"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, lines.Count);
        Assert.Equal("a", lines[0].GetProperty("id").GetString());
        Assert.True(lines[0].TryGetProperty("seo", out _));
        Assert.Equal(3, lines[1].GetProperty("line").GetInt32());
        Assert.Equal("body", lines[1].GetProperty("field").GetString());
        Assert.Equal(4, lines[2].GetProperty("line").GetInt32());
        Assert.Equal("c", lines[2].GetProperty("id").GetString());
        Assert.Equal("format", lines[2].GetProperty("field").GetString());
        Assert.Equal("d", lines[3].GetProperty("id").GetString());
        Assert.True(lines[3].TryGetProperty("readability", out _));
    }

    [Fact]
    public async Task The_last_line_needs_no_newline_and_crlf_is_fine()
    {
        var body = Line(new { id = "1", text = "One." }) + "\r\n" + Line(new { id = "2", text = "Two." });
        var response = await _client.PostAsync("/api/v1/analyze/batch", Http.Bytes(Encoding.UTF8.GetBytes(body), "application/x-ndjson"));
        var ids = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToList();
        Assert.Equal(["1", "2"], ids);
    }

    [Fact]
    public async Task A_line_over_the_size_limit_is_answered_with_an_error_and_the_batch_goes_on()
    {
        using var small = new ServiceFactory(new() { ["Copywise:MaxBodyBytes"] = "2048" });
        var client = small.CreateClient();
        var body = Line(new { id = "big", text = new string('a', 5000) }) + "\n" + Line(new { id = "ok", text = "Short." }) + "\n";
        var response = await client.PostAsync("/api/v1/analyze/batch", Http.Bytes(Encoding.UTF8.GetBytes(body), "application/x-ndjson"));
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal(1, lines[0].GetProperty("line").GetInt32());
        Assert.Contains("2048", lines[0].GetProperty("error").GetString());
        Assert.Equal("ok", lines[1].GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_batch_over_its_size_limit_is_refused()
    {
        using var small = new ServiceFactory(new() { ["Copywise:MaxBodyBytes"] = "2048", ["Copywise:MaxBatchBodyBytes"] = "4096" });
        var client = small.CreateClient();
        var body = string.Concat(Enumerable.Repeat(Line(new { text = "Short." }) + "\n", 400));
        var response = await client.PostAsync("/api/v1/analyze/batch", Http.Bytes(Encoding.UTF8.GetBytes(body), "application/x-ndjson"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AnalyzeApiTests.AssertProblem(response, "body");
    }

    [Fact]
    public async Task A_batch_in_another_media_type_is_refused()
    {
        var response = await _client.PostAsync("/api/v1/analyze/batch", Http.Bytes("<p>x</p>"u8.ToArray(), "text/html"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        await AnalyzeApiTests.AssertProblem(response, "Content-Type");
    }
}
