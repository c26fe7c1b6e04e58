namespace Copywise.Crawl;

/// <summary>Limits and manners of a crawl. Every limit has a safe default; <see cref="Validate"/> rejects absurd values.</summary>
public sealed record CrawlOptions
{
    /// <summary>The most pages read (HTML pages analysed; sitemaps and robots.txt do not count).</summary>
    public int MaxPages { get; init; } = 500;
    /// <summary>Requests in flight per host.</summary>
    public int Concurrency { get; init; } = 4;
    /// <summary>Pause between two requests to the same host; a larger robots.txt <c>Crawl-delay</c> wins.</summary>
    public TimeSpan Delay { get; init; } = TimeSpan.Zero;
    /// <summary>The longest a request may take, body included.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);
    /// <summary>The largest body read; a larger page is cut off and reported.</summary>
    public long MaxPageBytes { get; init; } = 10L * 1024 * 1024;
    /// <summary>The User-Agent header, also the name looked up in robots.txt.</summary>
    public string UserAgent { get; init; } = "CopywiseBot/1.0 (+https://github.com/copywise)";
    /// <summary>Allow private, loopback, link-local and multicast addresses (for testing a local site).</summary>
    public bool AllowPrivate { get; init; }
    /// <summary>Redirects followed before a page is given up.</summary>
    public int MaxRedirects { get; init; } = 5;
    /// <summary>Retries after 429 or 503 (honouring Retry-After) and after transient network errors.</summary>
    public int MaxRetries { get; init; } = 3;
    /// <summary>The longest Retry-After honoured; a longer one gives the page up.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(30);
    /// <summary>The name of the <c>&lt;meta&gt;</c> that carries a page's focus keyphrase, if the site has one.</summary>
    public string KeyphraseMeta { get; init; } = "copywise:keyphrase";
    /// <summary>The most sitemap files read (an index may point to many).</summary>
    public int MaxSitemaps { get; init; } = 1000;

    /// <summary>Throws <see cref="ArgumentException"/> with a one-line reason when an option is out of range.</summary>
    public void Validate()
    {
        if (MaxPages is < 1 or > 10_000_000) throw new ArgumentException("--max-pages must be between 1 and 10,000,000");
        if (Concurrency is < 1 or > 64) throw new ArgumentException("--concurrency must be between 1 and 64");
        if (Delay < TimeSpan.Zero || Delay > TimeSpan.FromMinutes(10)) throw new ArgumentException("--delay must be between 0 and 600,000 ms");
        if (Timeout <= TimeSpan.Zero || Timeout > TimeSpan.FromMinutes(10)) throw new ArgumentException("--timeout must be between 1 and 600 seconds");
        if (MaxPageBytes is < 1024 or > 1024L * 1024 * 1024) throw new ArgumentException("--max-page-size must be between 1 KB and 1024 MB");
        if (MaxRedirects is < 0 or > 20) throw new ArgumentException("redirects must be between 0 and 20");
        if (string.IsNullOrWhiteSpace(UserAgent) || UserAgent.Any(char.IsControl)) throw new ArgumentException("--user-agent must be a non-empty single line");
    }
}
