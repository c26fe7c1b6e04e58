using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Copywise.Server.Tests;

/// <summary>Locates the repository.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Example(string name) => Path.Combine(RepoRoot, "examples", name);

    /// <summary>Where browser tests leave their screenshots (ignored by git).</summary>
    public static string Artifacts
    {
        get
        {
            var dir = Path.Combine(RepoRoot, "test-artifacts");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    private static string FindRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (dir != null && !File.Exists(Path.Combine(dir, "Copywise.sln"))) dir = Path.GetDirectoryName(dir);
        return dir ?? throw new InvalidOperationException("repository root not found");
    }
}

/// <summary>The service in process, with settings given as configuration keys and its log events captured.</summary>
public sealed class ServiceFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public ServiceFactory() : this(new Dictionary<string, string?>()) { }

    internal ServiceFactory(Dictionary<string, string?> settings)
    {
        _settings = new Dictionary<string, string?>(settings);
        // The default rate limit would throttle a test suite that sends many requests from one client.
        _settings.TryAdd("Copywise:RateLimitPerSecond", "0");
    }

    public LogCapture Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(l => l.AddProvider(Logs));
    }
}

/// <summary>Keeps every log event with its structured state.</summary>
public sealed class LogCapture : ILoggerProvider
{
    public ConcurrentQueue<(string Category, LogLevel Level, IReadOnlyList<KeyValuePair<string, object?>> State, string Message)> Events { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(LogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Events.Enqueue((category, logLevel, state as IReadOnlyList<KeyValuePair<string, object?>> ?? [], formatter(state, exception)));
    }
}

internal static class Http
{
    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static StringContent Json(object value) => Json(JsonSerializer.Serialize(value));

    public static ByteArrayContent Bytes(byte[] bytes, string mediaType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }

    public static async Task<JsonElement> ReadJson(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var doc = JsonDocument.Parse(text);
        return doc.RootElement.Clone();
    }

    /// <summary>A paper from the examples, as the JSON the API takes.</summary>
    public static Dictionary<string, object?> ExamplePaper(string example = "electric-bikes.html", string keyphrase = "electric bikes") => new()
    {
        ["id"] = "example",
        ["text"] = File.ReadAllText(TestPaths.Example(example)),
        ["keyphrase"] = keyphrase,
        ["title"] = "Electric bikes: how to choose one",
        ["description"] = "How to choose an electric bike: motor, battery, range and price.",
        ["slug"] = "electric-bikes",
        ["permalink"] = "https://example.com/electric-bikes/",
    };
}

/// <summary>The service on a real Kestrel socket on 127.0.0.1 (a free port), as <c>copywise serve</c> runs it.</summary>
public sealed class KestrelFixture : IAsyncLifetime
{
    private Microsoft.AspNetCore.Builder.WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _app = ServerApp.Build(["--urls", "http://127.0.0.1:0", "--Copywise:RateLimitPerSecond=0", "--Logging:LogLevel:Default=Warning"]);
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.First());
    }

    public async Task DisposeAsync()
    {
        if (_app != null) await _app.DisposeAsync();
    }
}
