using System.Diagnostics;

namespace Copywise.Server;

/// <summary>
/// One structured log event per request (method, path, status, time, client, analyses), under the category
/// <c>Copywise.Server.Requests</c> so it can be turned up or down on its own.
/// </summary>
internal sealed partial class RequestLog(RequestDelegate next, ILoggerFactory loggers)
{
    /// <summary>The <see cref="HttpContext.Items"/> key under which endpoints count the papers they analysed.</summary>
    public const string AnalysesItem = "copywise.analyses";

    private readonly ILogger _log = loggers.CreateLogger("Copywise.Server.Requests");

    public async Task InvokeAsync(HttpContext context)
    {
        if (!_log.IsEnabled(LogLevel.Information))
        {
            await next(context);
            return;
        }
        long start = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            int analyses = context.Items.TryGetValue(AnalysesItem, out var n) && n is int i ? i : 0;
            Served(_log, context.Request.Method, context.Request.Path.Value ?? "", context.Response.StatusCode, Math.Round(elapsed, 3),
                context.Connection.RemoteIpAddress?.ToString() ?? "", analyses, context.TraceIdentifier);
        }
    }

    [LoggerMessage(EventId = 1, EventName = "Request", Level = LogLevel.Information,
        Message = "{Method} {Path} {StatusCode} in {ElapsedMs} ms from {Client} ({Analyses} analysed, request {RequestId})")]
    private static partial void Served(ILogger logger, string method, string path, int statusCode, double elapsedMs, string client, int analyses, string requestId);
}
