using System.Reflection;
using System.Threading.RateLimiting;
using Copywise.Analysis;
using Copywise.Documents;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.FileProviders;
using Scalar.AspNetCore;

namespace Copywise.Server;

/// <summary>Runs the service on its own (<c>copywise serve</c> runs the same).</summary>
public partial class Program
{
    /// <summary>Starts the service and runs until stopped.</summary>
    public static void Main(string[] args) => ServerApp.Build(args).Run();
}

/// <summary>The HTTP service: the analysis API and the web editor, in one ASP.NET Core application.</summary>
public static class ServerApp
{
    /// <summary>Where the service listens when no <c>--urls</c> is given.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The rate-limiting policy of the API.</summary>
    public const string ApiPolicy = "api";

    /// <summary>Builds the application from command-line arguments (<c>--urls</c>, <c>--Copywise:Setting=value</c>, ...).</summary>
    /// <exception cref="InvalidOperationException">A setting is out of range or not a number.</exception>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        // Defaults that any configuration source overrides.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Information",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
                ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
                ["Logging:Console:FormatterName"] = "json",
                ["Logging:Console:FormatterOptions:TimestampFormat"] = "yyyy-MM-ddTHH:mm:ss.fffZ",
                ["Logging:Console:FormatterOptions:UseUtcTimestamp"] = "true",
            },
        });
        configure?.Invoke(builder);
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultUrl);

        // Settings are read from the finished configuration (tests and hosts add theirs late), once, and checked at start.
        builder.Services.AddSingleton(sp => Settings(sp.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton<AnalysisGate>();
        builder.WebHost.ConfigureKestrel((context, k) =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = Settings(context.Configuration).MaxBodyBytes;
        });
        builder.Services.AddProblemDetails(p => p.CustomizeProblemDetails = context =>
        {
            // The framework's own refusals (routing's media-type check, unknown paths) name what is wrong too.
            var problem = context.ProblemDetails;
            if (problem.Status == StatusCodes.Status415UnsupportedMediaType && !problem.Extensions.ContainsKey("field"))
            {
                problem.Extensions["field"] = "Content-Type";
                problem.Detail ??= $"This endpoint does not take {(string.IsNullOrEmpty(context.HttpContext.Request.ContentType) ? "a body without a Content-Type" : context.HttpContext.Request.ContentType)}; see /openapi/v1.json for the media types it takes.";
            }
            else if (problem.Status == StatusCodes.Status404NotFound) problem.Detail ??= $"There is nothing at {context.HttpContext.Request.Path}; see /openapi/v1.json for the endpoints.";
            else if (problem.Status == StatusCodes.Status405MethodNotAllowed) problem.Detail ??= $"{context.HttpContext.Request.Method} is not allowed on {context.HttpContext.Request.Path}.";
        });
        builder.Services.ConfigureHttpJsonOptions(j => j.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Copywise";
            document.Info.Version = "v1";
            document.Info.Description = "SEO and readability analysis of articles against a focus keyphrase. " +
                "Errors are RFC 9457 problem details naming the offending field.";
            return Task.CompletedTask;
        }));
        builder.Services.AddRateLimiter(r =>
        {
            r.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            r.OnRejected = async (ctx, token) =>
            {
                var http = ctx.HttpContext;
                if (ctx.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                    http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                else http.Response.Headers.RetryAfter = "1";
                await TypedResults.Problem(
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Too many requests",
                    detail: "This client has made more requests than the service allows; try again after the Retry-After delay.",
                    type: "https://www.rfc-editor.org/rfc/rfc6585#section-4").ExecuteAsync(http);
            };
            r.AddPolicy(ApiPolicy, http => RateLimitOf(http, http.RequestServices.GetRequiredService<ServerOptions>()));
        });
        // Without configured origins there is no policy, and the CORS middleware adds nothing.
        builder.Services.AddCors();
        builder.Services.AddOptions<CorsOptions>().Configure<ServerOptions>((cors, o) =>
        {
            if (o.CorsOriginList.Length > 0) cors.AddDefaultPolicy(p => p.WithOrigins(o.CorsOriginList).WithMethods("GET", "POST").WithHeaders("Content-Type"));
        });
        builder.Services.AddHealthChecks().AddCheck("analysis", () =>
        {
            var result = Analyzer.Analyze(new Paper { Text = "<p>The service is up.</p>", Format = DocumentFormat.Html });
            return result.Facts.WordCount > 0 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("the analysis of a test paper found no words");
        });

        var app = builder.Build();
        _ = app.Services.GetRequiredService<ServerOptions>(); // a bad setting stops the start here
        app.UseMiddleware<RequestLog>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseCors();
        app.UseRateLimiter();

        var assets = new ManifestEmbeddedFileProvider(typeof(ServerApp).Assembly, "wwwroot");
        app.Use(async (context, next) =>
        {
            // The editor page and its assets come only from this server.
            if (context.Request.Path == "/" || context.Request.Path.StartsWithSegments("/editor"))
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data: blob: http: https:; style-src 'self'; script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
            }
            await next(context);
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = assets });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = assets });

        var api = app.MapGroup("/api/v1").RequireRateLimiting(ApiPolicy);
        api.MapPost("/analyze", AnalyzeEndpoints.AnalyzeAsync)
            .WithName("Analyze").WithTags("Analysis").WithSummary("Analyses one paper")
            .WithDescription("The body is a paper as JSON (the line format of `copywise batch`); the answer is the result object.")
            .Accepts<PaperSchema>("application/json")
            .Produces<AnalysisSchema>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapPost("/analyze/batch", AnalyzeEndpoints.BatchAsync)
            .WithName("AnalyzeBatch").WithTags("Analysis").WithSummary("Analyses papers streamed as NDJSON")
            .WithDescription("One paper per line in, one result (or `{\"line\",\"error\",\"field\"}`) per line out, in order, each written as soon as it is ready.")
            .Accepts<PaperSchema>("application/x-ndjson", "application/jsonl", "application/json", "text/plain")
            .Produces<AnalysisSchema>(StatusCodes.Status200OK, "application/x-ndjson")
            .Produces<BatchErrorSchema>(StatusCodes.Status200OK, "application/x-ndjson")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapGet("/assessments", CatalogEndpoints.Assessments)
            .WithName("Assessments").WithTags("Catalogue").WithSummary("The assessments: id, name, group, what each checks, help anchor");
        api.MapGet("/languages", CatalogEndpoints.Languages)
            .WithName("Languages").WithTags("Catalogue").WithSummary("The languages with rules, and the checks each supports");
        api.MapPost("/preview", ToolEndpoints.PreviewAsync)
            .WithName("Preview").WithTags("Editor").WithSummary("A search-result preview: title cut at its pixel width, URL, description, desktop and mobile")
            .Accepts<PreviewRequestSchema>("application/json")
            .Produces<SnippetPreviewResult>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        api.MapPost("/convert", ToolEndpoints.ConvertAsync)
            .WithName("Convert").WithTags("Editor").WithSummary("Pasted HTML, Markdown or plain text as HTML, with the attributes it carries")
            .Accepts<ConvertRequestSchema>("application/json")
            .Produces<ConvertResult>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        app.MapOpenApi();
        app.MapScalarApiReference("/reference", s => s
            .WithTitle("Copywise API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .HideDeveloperTools());
        app.MapHealthChecks("/healthz", new HealthCheckOptions());
        return app;
    }

    /// <summary>The service settings in a configuration, checked.</summary>
    /// <exception cref="InvalidOperationException">A setting is out of range or not a number.</exception>
    public static ServerOptions Settings(IConfiguration configuration)
    {
        var options = configuration.GetSection(ServerOptions.Section).Get<ServerOptions>() ?? new ServerOptions();
        options.Validate();
        return options;
    }

    // Per client address: a token bucket, or no limit when the rate is 0.
    private static RateLimitPartition<string> RateLimitOf(HttpContext http, ServerOptions options)
    {
        var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (options.RateLimitPerSecond <= 0) return RateLimitPartition.GetNoLimiter(client);
        // Refill ten times a second where the rate allows whole tokens, else one token at a time.
        var (tokens, period) = options.RateLimitPerSecond >= 10
            ? ((int)Math.Round(options.RateLimitPerSecond / 10), TimeSpan.FromMilliseconds(100))
            : (1, TimeSpan.FromSeconds(1 / options.RateLimitPerSecond));
        return RateLimitPartition.GetTokenBucketLimiter(client, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = options.RateLimitBurst,
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = period,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    /// <summary>The version shown by the service.</summary>
    public static string Version => typeof(ServerApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";
}
