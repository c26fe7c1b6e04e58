using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Copywise.Server;

/// <summary>Reads a JSON request body within the size limit, with a problem for every way it can be wrong.</summary>
internal static class RequestBody
{
    /// <summary>True for a JSON media type (<c>application/json</c>, <c>application/*+json</c>) or none at all.</summary>
    public static bool IsJson(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType)) return true;
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media)) return false;
        var type = media.MediaType.Value ?? "";
        return type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (type.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>True for NDJSON (<c>application/x-ndjson</c>, <c>application/jsonl</c>, ...), plain JSON or none.</summary>
    public static bool IsNdjson(string? contentType)
    {
        if (IsJson(contentType)) return true;
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media)) return false;
        return (media.MediaType.Value ?? "").ToLowerInvariant() is "application/x-ndjson" or "application/ndjson" or "application/jsonl"
            or "application/x-jsonlines" or "application/jsonlines" or "text/plain";
    }

    /// <summary>Raises the server's own body-size limit for this request to <paramref name="limit"/>, where the server has one.</summary>
    public static void SetSizeLimit(HttpContext context, long limit)
    {
        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false }) feature.MaxRequestBodySize = limit;
    }

    /// <summary>Reads and parses the body; on failure returns a problem to send instead.</summary>
    public static async Task<(JsonDocument? Document, IResult? Problem)> ReadJsonAsync(HttpContext context, long limit)
    {
        var request = context.Request;
        if (!IsJson(request.ContentType)) return (null, Problems.UnsupportedMediaType(request.ContentType, "application/json"));
        if (request.ContentLength > limit) return (null, Problems.TooLarge(limit));
        SetSizeLimit(context, limit);
        var reader = request.BodyReader;
        ReadResult read;
        try
        {
            while (true)
            {
                read = await reader.ReadAsync(context.RequestAborted);
                if (read.Buffer.Length > limit)
                {
                    reader.AdvanceTo(read.Buffer.End);
                    return (null, Problems.TooLarge(limit));
                }
                if (read.IsCompleted || read.IsCanceled) break;
                reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, Problems.TooLarge(limit));
        }
        try
        {
            var buffer = read.Buffer;
            if (IsBlank(buffer)) return (null, Problems.Invalid("The request body is empty: send a paper as a JSON object.", null));
            try
            {
                // A copy: a document parsed from one segment keeps pointing into it, and the pipe reuses it after AdvanceTo.
                return (JsonDocument.Parse(buffer.ToArray()), null);
            }
            catch (JsonException e)
            {
                return (null, Problems.Invalid(JsonError(e), FieldOfPath(e.Path)));
            }
        }
        finally
        {
            reader.AdvanceTo(read.Buffer.End);
        }
    }

    /// <summary>The one-line description of a JSON syntax error, with its position.</summary>
    public static string JsonError(JsonException e)
    {
        var message = e.Message;
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        cut = message.IndexOf('\n');
        if (cut > 0) message = message[..cut];
        return "The body is not valid JSON: " + message.TrimEnd();
    }

    /// <summary><c>$.related[1]</c> → <c>related[1]</c>; the root or no path → null.</summary>
    public static string? FieldOfPath(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? null : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    private static bool IsBlank(in ReadOnlySequence<byte> buffer)
    {
        foreach (var segment in buffer)
        {
            foreach (var b in segment.Span)
            {
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')) return false;
            }
        }
        return true;
    }
}
