using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Copywise.Crawl.Tests;

/// <summary>A small site on 127.0.0.1 with every case a crawler meets: sitemaps, robots rules, redirects, errors, slow and huge pages.</summary>
public sealed class TestSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _busyCalls;

    public Uri Root { get; }
    public int BusyCalls => _busyCalls;
    public List<(string Path, DateTime At)> Requests { get; } = new();

    private TestSite(WebApplication app, Uri root)
    {
        _app = app;
        Root = root;
    }

    public static async Task<TestSite> StartAsync(string robots = "User-agent: *\nDisallow: /private\n")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        TestSite? site = null;
        app.Use(async (context, next) =>
        {
            lock (site!.Requests) site.Requests.Add((context.Request.Path, DateTime.UtcNow));
            await next();
        });
        app.MapGet("/robots.txt", () => Results.Text(robots));
        app.MapGet("/", () => Page("Home", "Welcome to the test site about bike lights.", "/a", "/b", "/redirect", "/missing", "/error", "/image.png", "/private/x", "http://offsite.invalid/page", "/a#section", "mailto:x@example.com"));
        app.MapGet("/a", () => Page("Bike lights", "Bike lights help you see and be seen at night. Choose bright bike lights.", "/b", "/c"));
        app.MapGet("/b", () => Page("Helmets", "A helmet protects your head when you ride a bike in the city.", "/a", "/dup"));
        app.MapGet("/c", () => Page("Locks", "A good lock keeps your bike safe while you shop.", "/"));
        app.MapGet("/dup", () => CanonicalPage("Bike lights copy", "Bike lights help you see and be seen at night.", "/a"));
        app.MapGet("/private/x", () => Page("Private", "Nothing to see."));
        app.MapGet("/redirect", () => Results.Redirect("/c"));
        app.MapGet("/loop1", () => Results.Redirect("/loop2"));
        app.MapGet("/loop2", () => Results.Redirect("/loop1"));
        app.MapGet("/missing", () => Results.NotFound());
        app.MapGet("/error", () => Results.StatusCode(500));
        app.MapGet("/image.png", () => Results.Bytes(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, "image/png"));
        app.MapGet("/busy", (HttpContext context) =>
        {
            if (Interlocked.Increment(ref site!._busyCalls) == 1)
            {
                context.Response.Headers.RetryAfter = "1";
                return Results.StatusCode(429);
            }
            return Page("Busy", "Now the server has time for you.");
        });
        app.MapGet("/slow", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<html><body><p>Starting", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        });
        app.MapGet("/huge", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/html";
            var chunk = Encoding.UTF8.GetBytes("<p>" + new string('x', 1020) + "</p>");
            for (int i = 0; i < 50 * 1024 && !context.RequestAborted.IsCancellationRequested; i++)
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
        });
        app.MapGet("/to-private", () => Results.Redirect("http://127.0.0.1:1/"));
        app.MapGet("/sitemap.xml", (HttpContext c) => Results.Text(
            $"<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>{Base(c)}/sitemap-a.xml</loc></sitemap><sitemap><loc>{Base(c)}/sitemap-b.xml.gz</loc></sitemap></sitemapindex>",
            "application/xml"));
        app.MapGet("/sitemap-a.xml", (HttpContext c) => Results.Text(
            $"<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>{Base(c)}/a</loc><lastmod>2026-01-10</lastmod></url><url><loc>{Base(c)}/b</loc><lastmod>2025-06-01</lastmod></url><url><loc>http://elsewhere.invalid/x</loc></url></urlset>",
            "application/xml"));
        app.MapGet("/sitemap-b.xml.gz", (HttpContext c) =>
        {
            var xml = $"<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><lastmod>2026-02-01T10:00:00Z</lastmod><loc>{Base(c)}/c</loc></url></urlset>";
            using var buffer = new MemoryStream();
            using (var gz = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(Encoding.UTF8.GetBytes(xml));
            return Results.Bytes(buffer.ToArray(), "application/gzip");
        });
        await app.StartAsync();
        var address = app.Urls.First();
        site = new TestSite(app, new Uri(address + "/"));
        return site;
    }

    private static string Base(HttpContext c) => $"{c.Request.Scheme}://{c.Request.Host}";

    private static IResult Page(string title, string text, params string[] links) => CanonicalPage(title, text, null, links);

    private static IResult CanonicalPage(string title, string text, string? canonical, params string[] links)
    {
        var anchors = string.Concat(links.Select(l => $"<li><a href=\"{l}\">{l}</a></li>"));
        var canonicalTag = canonical is null ? "" : $"<link rel=\"canonical\" href=\"{canonical}\">";
        var html = $"<!doctype html><html lang=\"en\"><head><title>{title}</title><meta name=\"description\" content=\"About {title}.\">"
            + $"<meta name=\"copywise:keyphrase\" content=\"{title.ToLowerInvariant()}\">{canonicalTag}<script>document.title='changed by script';</script></head>"
            + $"<body><nav><ul>{anchors}</ul></nav><main><h1>{title}</h1><p>{text}</p><p>{text}</p><p>{text}</p></main><footer>Footer text of the site.</footer></body></html>";
        return Results.Content(html, "text/html; charset=utf-8");
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
