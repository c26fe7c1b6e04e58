using System.Net;
using System.Net.Http.Headers;
using Polly;
using Polly.Retry;

namespace Copywise.Crawl;

/// <summary>What a fetch brought back: the body (possibly cut off at the size limit) or the reason there is none.</summary>
/// <param name="Url">The URL asked for.</param>
/// <param name="FinalUrl">The URL after redirects.</param>
/// <param name="Status">The HTTP status (0 when no response came).</param>
/// <param name="ContentType">The media type, lower case, without parameters.</param>
/// <param name="Body">The body bytes read (null when not read).</param>
/// <param name="Charset">The charset named by the Content-Type header, if any.</param>
/// <param name="Truncated">True when the body was larger than the limit and cut off there.</param>
/// <param name="Problem">Why the page could not be read, in one line; null when it was.</param>
public sealed record FetchResult(Uri Url, Uri FinalUrl, int Status, string? ContentType, byte[]? Body, string? Charset, bool Truncated, string? Problem)
{
    /// <summary>True when the address guard refused the connection.</summary>
    public bool Refused { get; init; }

    /// <summary>True for a 2xx answer with a body.</summary>
    public bool Ok => Problem is null && Status is >= 200 and < 300 && Body is not null;
}

/// <summary>
/// HTTP GET with the crawl's guard rails: http(s) only, every connection checked by <see cref="AddressGuard"/>,
/// redirects followed by hand (each hop re-checked, loops detected), a deadline covering headers and body, the body
/// read up to a size limit while it streams, and retries on 429/503 (honouring Retry-After) and network errors.
/// </summary>
public sealed class Fetcher : IDisposable
{
    private readonly HttpClient _client;
    private readonly CrawlOptions _options;
    private readonly ResiliencePipeline<HttpResponseMessage> _retry;
    private readonly Func<Uri, CancellationToken, Task<IDisposable>>? _gate;

    /// <summary>
    /// Creates a fetcher; <paramref name="handler"/> replaces the guarded socket handler (tests only);
    /// <paramref name="gate"/> is entered before every request (each redirect hop and retry too) and left after it:
    /// the crawler's per-host concurrency limit and delay.
    /// </summary>
    public Fetcher(CrawlOptions options, HttpMessageHandler? handler = null, Func<Uri, CancellationToken, Task<IDisposable>>? gate = null)
    {
        options.Validate();
        _options = options;
        _gate = gate;
        handler ??= CreateGuardedHandler(options);
        _client = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.TryParseAdd(options.UserAgent);
        _client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5");
        _retry = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(1, options.MaxRetries),
                BackoffType = DelayBackoffType.Exponential,
                Delay = TimeSpan.FromMilliseconds(500),
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0 && ShouldRetry(args.Outcome, options)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result)),
            })
            .Build();
    }

    /// <summary>The handler every crawl request goes through: no proxy, no cookies, no automatic redirects, and every connection checked by <see cref="AddressGuard"/>.</summary>
    public static SocketsHttpHandler CreateGuardedHandler(CrawlOptions options) => new()
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        UseProxy = false, // a proxy would connect on our behalf, past the address guard
        UseCookies = false,
        MaxConnectionsPerServer = options.Concurrency,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        ConnectTimeout = options.Timeout,
        ConnectCallback = (context, ct) => AddressGuard.ConnectAsync(context.DnsEndPoint, options.AllowPrivate, ct),
    };

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, CrawlOptions options) => outcome switch
    {
        { Exception: RefusedAddressException } => false,
        { Exception: HttpRequestException e } => e.InnerException is not RefusedAddressException,
        { Result: { StatusCode: HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable } r } =>
            RetryAfter(r) is not { } wait || wait <= options.MaxRetryAfter,
        _ => false,
    };

    private static TimeSpan? RetryAfter(HttpResponseMessage? response)
    {
        var header = response?.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is { } date) return date - DateTimeOffset.UtcNow is var d && d > TimeSpan.Zero ? d : TimeSpan.Zero;
        return null;
    }

    /// <summary>
    /// Fetches <paramref name="url"/>. <paramref name="accept"/> tells from the media type whether the body is wanted
    /// (others are skipped unread). Never throws for network or HTTP trouble: the result says what went wrong.
    /// </summary>
    public async Task<FetchResult> GetAsync(Uri url, Func<string?, bool> accept, CancellationToken cancellationToken = default)
    {
        if (!SiteUrl.IsWeb(url)) return new FetchResult(url, url, 0, null, null, null, false, "only http and https URLs are read");
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_options.Timeout);
        var current = url;
        var seen = new HashSet<string>(StringComparer.Ordinal) { current.AbsoluteUri };
        try
        {
            for (int hop = 0; ; hop++)
            {
                var target = current;
                using var response = await _retry.ExecuteAsync(async ct =>
                {
                    using var entered = _gate is null ? null : await _gate(target, ct).ConfigureAwait(false);
                    return await _client.SendAsync(new HttpRequestMessage(HttpMethod.Get, target), HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
                }, deadline.Token).ConfigureAwait(false);
                int status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    var next = location.IsAbsoluteUri ? location : new Uri(current, location);
                    if (!SiteUrl.IsWeb(next)) return new FetchResult(url, current, status, null, null, null, false, $"redirect to a non-web URL ({next.Scheme})");
                    if (!seen.Add(next.AbsoluteUri)) return new FetchResult(url, next, status, null, null, null, false, "redirect loop");
                    if (hop >= _options.MaxRedirects) return new FetchResult(url, next, status, null, null, null, false, $"more than {_options.MaxRedirects} redirects");
                    current = next;
                    continue;
                }
                var media = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant();
                var charset = response.Content.Headers.ContentType?.CharSet;
                if (status is < 200 or >= 300)
                    return new FetchResult(url, current, status, media, null, charset, false, $"HTTP {status}");
                if (!accept(media)) return new FetchResult(url, current, status, media, null, charset, false, $"not HTML ({media ?? "no content type"})");
                if (response.Content.Headers.ContentLength is long declared && declared > _options.MaxPageBytes)
                    return new FetchResult(url, current, status, media, null, charset, true, $"larger than {_options.MaxPageBytes / (1024 * 1024.0):0.#} MB ({declared / (1024 * 1024.0):0.#} MB declared)");
                var (body, truncated) = await ReadLimitedAsync(response, deadline.Token).ConfigureAwait(false);
                return new FetchResult(url, current, status, media, body, charset, truncated,
                    truncated ? $"cut off at {_options.MaxPageBytes / (1024 * 1024.0):0.#} MB" : null);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new FetchResult(url, current, 0, null, null, null, false, $"no complete answer within {_options.Timeout.TotalSeconds:0.#} s");
        }
        catch (RefusedAddressException e)
        {
            return new FetchResult(url, current, 0, null, null, null, false, e.Message) { Refused = true };
        }
        catch (HttpRequestException e)
        {
            var refused = e.InnerException as RefusedAddressException ?? e.InnerException?.InnerException as RefusedAddressException;
            return new FetchResult(url, current, 0, null, null, null, false, refused?.Message ?? $"request failed: {e.Message}") { Refused = refused is not null };
        }
    }

    private async Task<(byte[] Body, bool Truncated)> ReadLimitedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        long limit = _options.MaxPageBytes;
        while (true)
        {
            int read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
            if (read == 0) return (buffer.ToArray(), false);
            if (buffer.Length + read > limit)
            {
                buffer.Write(chunk, 0, (int)(limit - buffer.Length));
                return (buffer.ToArray(), true);
            }
            buffer.Write(chunk, 0, read);
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _client.Dispose();
}
