using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Copywise.Server.Tests;

public sealed class StreamingTests(KestrelFixture server) : IClassFixture<KestrelFixture>
{
    [Fact]
    public async Task Batch_results_flow_while_papers_are_still_being_sent()
    {
        // A raw HTTP/1.1 client: the request body stays open (chunked) while the answers are read.
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.BaseAddress.Host, server.BaseAddress.Port);
        var stream = tcp.GetStream();
        stream.ReadTimeout = 30_000;
        await Send("POST /api/v1/analyze/batch HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n");
        await Chunk(JsonSerializer.Serialize(new { id = "first", text = "<p>The first paper.</p>" }) + "\n");

        var received = await ReadUntil("\"id\":\"first\"");
        Assert.StartsWith("HTTP/1.1 200", received);
        Assert.DoesNotContain("\"second\"", received);

        await Chunk(JsonSerializer.Serialize(new { id = "second", text = "<p>The second paper.</p>" }) + "\n");
        await ReadUntil("\"id\":\"second\"");
        await Send("0\r\n\r\n");
        await ReadUntil("0\r\n\r\n"); // the end of the chunked response

        async Task Send(string text) => await stream.WriteAsync(Encoding.ASCII.GetBytes(text));
        async Task Chunk(string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            await Send($"{bytes.Length:x}\r\n");
            await stream.WriteAsync(bytes);
            await Send("\r\n");
        }
        async Task<string> ReadUntil(string marker)
        {
            var sb = new StringBuilder();
            var buffer = new byte[65536];
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            while (!sb.ToString().Contains(marker))
            {
                int n = await stream.ReadAsync(buffer, timeout.Token);
                if (n == 0) break;
                sb.Append(Encoding.UTF8.GetString(buffer, 0, n));
            }
            Assert.Contains(marker, sb.ToString());
            return sb.ToString();
        }
    }

    [Fact]
    public async Task The_service_answers_on_a_real_socket()
    {
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        var response = await client.PostAsync("/api/v1/analyze", Http.Json(Http.ExamplePaper()));
        response.EnsureSuccessStatusCode();
        Assert.Equal("Healthy", await client.GetStringAsync("/healthz"));
    }
}
