namespace Copywise.Server;

/// <summary>
/// The service's limits and switches, read from the configuration section <c>Copywise</c> (command line
/// <c>--Copywise:MaxBodyBytes=1048576</c>, environment <c>Copywise__MaxBodyBytes</c>, ...).
/// </summary>
public sealed class ServerOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Copywise";

    /// <summary>The largest request body, and the longest line of a batch, in bytes (default 5 MB).</summary>
    public long MaxBodyBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>The largest batch request body in bytes (default 1 GB); each of its lines is held to <see cref="MaxBodyBytes"/>.</summary>
    public long MaxBatchBodyBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>How long one analysis may take, waiting for a free slot included, in seconds (default 10).</summary>
    public double RequestTimeoutSeconds { get; set; } = 10;

    /// <summary>Analyses run at once (default: one per core); more wait in a queue.</summary>
    public int MaxConcurrentAnalyses { get; set; } = Environment.ProcessorCount;

    /// <summary>Analyses that may wait for a slot (default 1000); beyond that a request is refused with 503.</summary>
    public int MaxQueuedAnalyses { get; set; } = 1000;

    /// <summary>Requests per second each client may make to the API on average (default 50; 0 turns rate limiting off).</summary>
    public double RateLimitPerSecond { get; set; } = 50;

    /// <summary>Requests a client may make in a burst above the average (default 100).</summary>
    public int RateLimitBurst { get; set; } = 100;

    /// <summary>Origins allowed to call the API from a browser, comma separated; empty (the default) turns CORS off.</summary>
    public string CorsOrigins { get; set; } = "";

    /// <summary>The allowed origins as a list.</summary>
    public string[] CorsOriginList => CorsOrigins.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The per-analysis time limit.</summary>
    public TimeSpan RequestTimeout => TimeSpan.FromSeconds(RequestTimeoutSeconds);

    /// <summary>Throws <see cref="InvalidOperationException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        static void Check(bool ok, string name, string range)
        {
            if (!ok) throw new InvalidOperationException($"setting {Section}:{name} must be {range}");
        }
        Check(MaxBodyBytes is >= 1024 and <= int.MaxValue, nameof(MaxBodyBytes), "from 1024 to 2147483647 bytes");
        Check(MaxBatchBodyBytes >= MaxBodyBytes, nameof(MaxBatchBodyBytes), "at least MaxBodyBytes");
        Check(RequestTimeoutSeconds is > 0 and <= 3600, nameof(RequestTimeoutSeconds), "more than 0 and at most 3600 seconds");
        Check(MaxConcurrentAnalyses is >= 1 and <= 4096, nameof(MaxConcurrentAnalyses), "from 1 to 4096");
        Check(MaxQueuedAnalyses is >= 0 and <= 1_000_000, nameof(MaxQueuedAnalyses), "from 0 to 1000000");
        Check(RateLimitPerSecond is >= 0 and <= 1_000_000, nameof(RateLimitPerSecond), "from 0 (off) to 1000000");
        Check(RateLimitBurst is >= 1 and <= 1_000_000, nameof(RateLimitBurst), "from 1 to 1000000");
        foreach (var origin in CorsOriginList)
            Check(Uri.TryCreate(origin, UriKind.Absolute, out var u) && u.Scheme is "http" or "https", nameof(CorsOrigins), $"a comma-separated list of http(s) origins ('{origin}' is not one)");
    }
}
