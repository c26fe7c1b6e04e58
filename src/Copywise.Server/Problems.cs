using Microsoft.AspNetCore.Http.HttpResults;

namespace Copywise.Server;

/// <summary>RFC 9457 problem details for the ways a request can fail. None carries a stack trace.</summary>
internal static class Problems
{
    /// <summary>A bad field or body: 400 with <c>errors</c> keyed by the field (<c>body</c> for the body as a whole).</summary>
    public static ProblemHttpResult Invalid(string message, string? field, string title = "The request is not a valid paper") =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: title,
            detail: message,
            type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
            extensions: new Dictionary<string, object?>
            {
                ["field"] = field ?? "body",
                ["errors"] = new Dictionary<string, string[]> { [field ?? "body"] = [message] },
            });

    public static ProblemHttpResult TooLarge(long limit) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "The request body is too large",
            detail: $"The body is larger than the limit of {limit} bytes.",
            type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14",
            extensions: new Dictionary<string, object?> { ["field"] = "body", ["limit"] = limit });

    public static ProblemHttpResult UnsupportedMediaType(string? given, string expected) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: "Unsupported media type",
            detail: $"Send the body as {expected}, not {(string.IsNullOrEmpty(given) ? "without a Content-Type" : given)}.",
            type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16",
            extensions: new Dictionary<string, object?> { ["field"] = "Content-Type" });

    public static ProblemHttpResult Timeout(AnalysisTimeoutException e) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "The analysis took too long",
            detail: $"The analysis did not finish within the limit of {e.Limit.TotalSeconds:0.###} s; send a shorter text or try again later.",
            type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4");

    public static ProblemHttpResult Busy() =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "The server is busy",
            detail: "Too many analyses are waiting; try again shortly.",
            type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4");
}
