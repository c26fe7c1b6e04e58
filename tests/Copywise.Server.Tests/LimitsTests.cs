using System.Net;
using System.Text;
using System.Text.Json;

namespace Copywise.Server.Tests;

public sealed class LimitsTests
{
    // A body limit that lets the long articles below through.
    private const string LargeBody = "67108864";

    private static string LongArticle(int paragraphs)
    {
        var text = File.ReadAllText(TestPaths.Example("electric-bikes.html"));
        var body = text[(text.IndexOf("<body>", StringComparison.Ordinal) + 6)..text.IndexOf("</body>", StringComparison.Ordinal)];
        return string.Concat(Enumerable.Repeat(body, paragraphs));
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_413()
    {
        using var factory = new ServiceFactory(new() { ["Copywise:MaxBodyBytes"] = "2048" });
        var client = factory.CreateClient();
        var response = await client.PostAsync("/api/v1/analyze", Http.Json(new { text = new string('w', 3000) }));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await AnalyzeApiTests.AssertProblem(response, "body");
        Assert.Equal(2048, problem.GetProperty("limit").GetInt32());

        // Without a length announced, the limit holds while reading.
        var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { text = new string('w', 3000) }))));
        chunked.Headers.ContentType = new("application/json");
        response = await client.PostAsync("/api/v1/analyze", chunked);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);

        response = await client.PostAsync("/api/v1/analyze", Http.Json(new { text = new string('w', 1000) }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_analysis_over_the_time_limit_is_a_503_problem()
    {
        // An article of about 3,000,000 words (26 MB) takes over a second, far beyond the limit even when the timer
        // that enforces the limit is late because the machine is busy.
        using var factory = new ServiceFactory(new() { ["Copywise:RequestTimeoutSeconds"] = "0.05", ["Copywise:MaxBodyBytes"] = LargeBody });
        var client = factory.CreateClient();
        var response = await client.PostAsync("/api/v1/analyze", Http.Json(new { text = LongArticle(20000), keyphrase = "electric bikes" }));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var problem = await AnalyzeApiTests.AssertProblem(response, null);
        Assert.Contains("0.05 s", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Analyses_beyond_the_concurrency_and_queue_limits_are_refused()
    {
        using var factory = new ServiceFactory(new() { ["Copywise:MaxConcurrentAnalyses"] = "1", ["Copywise:MaxQueuedAnalyses"] = "0", ["Copywise:MaxBodyBytes"] = LargeBody });
        var client = factory.CreateClient();
        // Long enough (about 10 MB, half a second of analysis) that the first analysis still runs when the others arrive.
        var paper = JsonSerializer.Serialize(new { text = LongArticle(8000), keyphrase = "electric bikes" });
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.PostAsync("/api/v1/analyze", Http.Json(paper))));
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
        var busy = responses.FirstOrDefault(r => r.StatusCode == HttpStatusCode.ServiceUnavailable);
        Assert.NotNull(busy);
        Assert.Equal("1", busy.Headers.RetryAfter?.ToString());
        await AnalyzeApiTests.AssertProblem(busy, null);
    }

    [Fact]
    public async Task Each_client_is_rate_limited_with_a_429_problem()
    {
        using var factory = new ServiceFactory(new() { ["Copywise:RateLimitPerSecond"] = "0.5", ["Copywise:RateLimitBurst"] = "2" });
        var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (int i = 0; i < 3; i++)
        {
            var response = await client.GetAsync("/api/v1/languages");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) limited = response;
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.NotNull(limited!.Headers.RetryAfter);
        await AnalyzeApiTests.AssertProblem(limited, null);
        // The editor's own page is not rate limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Cors_is_off_unless_origins_are_configured()
    {
        using var off = new ServiceFactory();
        var preflight = Preflight();
        var response = await off.CreateClient().SendAsync(preflight);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));

        using var on = new ServiceFactory(new() { ["Copywise:CorsOrigins"] = "https://cms.example, https://other.example" });
        response = await on.CreateClient().SendAsync(Preflight());
        Assert.Equal("https://cms.example", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));

        var foreign = Preflight("https://evil.example");
        response = await on.CreateClient().SendAsync(foreign);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));

        static HttpRequestMessage Preflight(string origin = "https://cms.example")
        {
            var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/analyze");
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Access-Control-Request-Method", "POST");
            request.Headers.Add("Access-Control-Request-Headers", "content-type");
            return request;
        }
    }

    [Theory]
    [InlineData("Copywise:MaxBodyBytes", "12")]
    [InlineData("Copywise:MaxBodyBytes", "lots")]
    [InlineData("Copywise:RequestTimeoutSeconds", "0")]
    [InlineData("Copywise:MaxConcurrentAnalyses", "0")]
    [InlineData("Copywise:RateLimitPerSecond", "-1")]
    [InlineData("Copywise:CorsOrigins", "not a url")]
    public void A_setting_out_of_range_stops_the_start(string key, string value)
    {
        using var factory = new ServiceFactory(new() { [key] = value });
        var e = Assert.ThrowsAny<InvalidOperationException>(() => factory.CreateClient());
        Assert.Contains(key, e.Message);
    }
}
