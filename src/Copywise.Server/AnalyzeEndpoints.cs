using System.Buffers;
using System.IO.Pipelines;
using System.Text.Encodings.Web;
using System.Text.Json;
using Copywise.Analysis;
using Copywise.Documents;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core.Features;

namespace Copywise.Server;

/// <summary><c>POST /api/v1/analyze</c> and its streaming batch form.</summary>
internal static class AnalyzeEndpoints
{
    /// <summary>The JSON writer options of every result: the same escaping as the CLI's.</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<IResult> AnalyzeAsync(HttpContext context, AnalysisGate gate, ServerOptions options)
    {
        var (document, problem) = await RequestBody.ReadJsonAsync(context, options.MaxBodyBytes);
        if (problem != null) return problem;
        string? id;
        Paper paper;
        using (document)
        {
            try
            {
                (id, paper) = PaperJson.Parse(document!.RootElement, new Paper());
            }
            catch (CopywiseInputException e)
            {
                return Problems.Invalid(Sentence(e.Message), e.Field);
            }
        }
        AnalysisResult result;
        try
        {
            result = await gate.AnalyzeAsync(paper, context.RequestAborted);
        }
        catch (CopywiseInputException e)
        {
            // The body's own metadata (front matter) can be unreadable.
            return Problems.Invalid(Sentence(e.Message), e.Field ?? "text");
        }
        catch (AnalysisTimeoutException e)
        {
            return Problems.Timeout(e);
        }
        catch (ServerBusyException)
        {
            context.Response.Headers.RetryAfter = "1";
            return Problems.Busy();
        }
        context.Items[RequestLog.AnalysesItem] = 1;
        return new ResultJsonResult(result, id);
    }

    /// <summary>Writes a result with the shared serializer, straight into the response.</summary>
    private sealed class ResultJsonResult(AnalysisResult result, string? id) : IResult
    {
        public async Task ExecuteAsync(HttpContext context)
        {
            // Buffered, so the response has a length and goes out in one write.
            var buffer = new ArrayBufferWriter<byte>(16 * 1024);
            using (var w = new Utf8JsonWriter(buffer, WriterOptions)) ResultJson.Write(w, result, id);
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength = buffer.WrittenCount;
            await context.Response.BodyWriter.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
        }
    }

    /// <summary>
    /// NDJSON in, NDJSON out: each line is read, analysed and answered as soon as it arrives, so results flow while
    /// papers are still being sent. A line that cannot be analysed is answered with <c>{"line","error","field"}</c>
    /// and the batch goes on.
    /// </summary>
    public static async Task BatchAsync(HttpContext context, AnalysisGate gate, ServerOptions options)
    {
        var request = context.Request;
        var response = context.Response;
        if (!RequestBody.IsNdjson(request.ContentType))
        {
            await Problems.UnsupportedMediaType(request.ContentType, "application/x-ndjson").ExecuteAsync(context);
            return;
        }
        if (request.ContentLength > options.MaxBatchBodyBytes)
        {
            await Problems.TooLarge(options.MaxBatchBodyBytes).ExecuteAsync(context);
            return;
        }
        RequestBody.SetSizeLimit(context, options.MaxBatchBodyBytes);
        // Papers may arrive slowly, as a CMS produces them: no minimum data rate.
        if (context.Features.Get<IHttpMinRequestBodyDataRateFeature>() is { } rate) rate.MinDataRate = null;

        response.ContentType = "application/x-ndjson; charset=utf-8";
        var output = response.BodyWriter;
        var reader = request.BodyReader;
        long limit = options.MaxBodyBytes;
        int lineNo = 0, analysed = 0;
        bool skipping = false;
        var aborted = context.RequestAborted;
        try
        {
            while (true)
            {
                var read = await reader.ReadAsync(aborted);
                var buffer = read.Buffer;
                while (true)
                {
                    var newline = buffer.PositionOf((byte)'\n');
                    if (newline == null) break;
                    var line = buffer.Slice(0, newline.Value);
                    buffer = buffer.Slice(buffer.GetPosition(1, newline.Value));
                    if (skipping) { skipping = false; continue; }
                    lineNo++;
                    if (await AnswerAsync(line, lineNo)) analysed++;
                }
                if (!skipping && buffer.Length > limit)
                {
                    // A line longer than a single request may be: say so once, then drop the rest of it.
                    lineNo++;
                    WriteError(output, lineNo, null, $"the line is longer than the limit of {limit} bytes", "body");
                    output.Write("\n"u8);
                    await output.FlushAsync(aborted);
                    skipping = true;
                }
                if (skipping) buffer = buffer.Slice(buffer.End);
                if (read.IsCompleted)
                {
                    if (!skipping && buffer.Length > 0)
                    {
                        lineNo++;
                        if (await AnswerAsync(buffer, lineNo)) analysed++;
                    }
                    reader.AdvanceTo(buffer.End);
                    break;
                }
                reader.AdvanceTo(buffer.Start, buffer.End);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            WriteError(output, lineNo + 1, null, $"the batch is larger than the limit of {options.MaxBatchBodyBytes} bytes; the rest was not read", "body");
            output.Write("\n"u8);
            await output.FlushAsync(CancellationToken.None);
        }
        context.Items[RequestLog.AnalysesItem] = analysed;

        async Task<bool> AnswerAsync(ReadOnlySequence<byte> line, int number)
        {
            if (IsBlank(line)) return false;
            string? id = null;
            bool ok = false;
            try
            {
                Paper paper;
                using (var doc = JsonDocument.Parse(line))
                {
                    if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String)
                        id = idValue.GetString();
                    (id, paper) = PaperJson.Parse(doc.RootElement, new Paper());
                }
                var result = await gate.AnalyzeAsync(paper, aborted);
                using (var w = new Utf8JsonWriter(output, WriterOptions)) ResultJson.Write(w, result, id);
                ok = true;
            }
            catch (JsonException e)
            {
                WriteError(output, number, id, RequestBody.JsonError(e).Replace("The body is", "the line is"), RequestBody.FieldOfPath(e.Path) ?? "body");
            }
            catch (CopywiseInputException e)
            {
                WriteError(output, number, id, e.Message, e.Field ?? (e.Message.StartsWith("not a JSON", StringComparison.Ordinal) ? "body" : "text"));
            }
            catch (AnalysisTimeoutException e)
            {
                WriteError(output, number, id, e.Message, null);
            }
            catch (ServerBusyException e)
            {
                WriteError(output, number, id, e.Message, null);
            }
            output.Write("\n"u8);
            await output.FlushAsync(aborted);
            return ok;
        }
    }

    private static void WriteError(PipeWriter output, int line, string? id, string message, string? field)
    {
        using var w = new Utf8JsonWriter(output, WriterOptions);
        w.WriteStartObject();
        w.WriteNumber("line", line);
        if (id != null) w.WriteString("id", id);
        w.WriteString("error", message);
        if (field != null) w.WriteString("field", field);
        w.WriteEndObject();
        w.Flush();
    }

    private static bool IsBlank(in ReadOnlySequence<byte> line)
    {
        foreach (var segment in line)
        {
            foreach (var b in segment.Span)
            {
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r')) return false;
            }
        }
        return true;
    }

    /// <summary>A library message ("field 'format' must be ...") as a sentence for a problem's detail.</summary>
    public static string Sentence(string message) =>
        message.Length == 0 ? message : char.ToUpperInvariant(message[0]) + message[1..] + (message.EndsWith('.') ? "" : ".");
}
