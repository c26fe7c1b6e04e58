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

    /// <summary>The blog's lights page: its sitemap lastmod and a version that changes its text.</summary>
    public DateTimeOffset LightsModified { get; set; } = new(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);
    public int LightsVersion { get; set; }
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
        MapBlog(app, () => site!);
        await app.StartAsync();
        var address = app.Urls.First();
        site = new TestSite(app, new Uri(address + "/"));
        return site;
    }

    private static string Base(HttpContext c) => $"{c.Request.Scheme}://{c.Request.Host}";

    // A small blog, reached only from /blog/ or its sitemap, for auditing a live site: links in the articles' text (one
    // to a page that is gone), two articles with the same title, an article only the sitemap lists, and one whose
    // lastmod and text a test can move. The focus keyphrase is in <meta name="blog:focus">.
    private static void MapBlog(WebApplication app, Func<TestSite> site)
    {
        app.MapGet("/blog/", () => Article("Cycling blog", "cycling", null,
            "Stories about cycling in the city, every week. Read our <a href=\"/blog/lights\">guide to bike lights</a> before the winter comes.",
            "Protect your head with one of the <a href=\"/blog/helmets\">helmets we tested</a> this year.",
            "The <a href=\"/blog/gone\">old post about tyres</a> is no longer here.",
            "Cycling keeps you fit, and cycling to work saves money."));
        app.MapGet("/blog/lights", () => Article("Bike lights guide", "bike lights", "/error",
            "Bike lights help you see and be seen at night. Front bike lights should be bright and white.",
            "Rear lights are red. Pair them with the <a href=\"/blog/helmets\">right helmet</a> and ride safely.",
            site().LightsVersion > 0 ? $"Update {site().LightsVersion}: rechargeable bike lights last longer than ever." : "Charge your lights every week.",
            "Back to the <a href=\"/blog/\">cycling blog</a>."));
        app.MapGet("/blog/helmets", () => Article("Bike lights guide", "bike helmets", "/image.png",
            "A bike helmet protects your head. Bike helmets come in many sizes, so try one on before you buy it.",
            "Good helmets have a light at the back; read about <a href=\"/blog/lights\">bike lights</a> too.",
            "Our <a href=\"/blog/unlisted\">helmet sizes table</a> helps you choose.",
            "Replace a helmet after a fall."));
        app.MapGet("/blog/unlisted", () => Article("Helmet sizes", "helmet sizes", null,
            "Helmet sizes go from small to extra large. Measure your head above the eyebrows to find your helmet size.",
            "Back to the <a href=\"/blog/helmets\">helmets</a>."));
        app.MapGet("/blog/hidden", () => Article("Winter riding", "winter riding", null,
            "Winter riding needs warm gloves and good tyres. Winter riding on ice is for experts only.",
            "Ride slowly when the roads are wet, and keep your distance."));
        app.MapGet("/blog/sitemap.xml", (HttpContext c) =>
        {
            string Url(string path, DateTimeOffset? lastmod) =>
                $"<url><loc>{Base(c)}{path}</loc>{(lastmod is { } m ? $"<lastmod>{m.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}</lastmod>" : "")}</url>";
            var old = new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);
            return Results.Text("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + Url("/blog/", null) + Url("/blog/lights", site().LightsModified) + Url("/blog/helmets", old) + Url("/blog/hidden", old) + Url("/blog/gone", old)
                + "</urlset>", "application/xml");
        });
    }

    // A blog article: a navigation bar (to a failing page, when given), the article in <main> with links in its text.
    private static IResult Article(string title, string keyphrase, string? navLink, params string[] paragraphs)
    {
        var nav = navLink is null ? "" : $"<a href=\"{navLink}\">more</a>";
        var body = string.Concat(paragraphs.Select(p => $"<p>{p}</p>"));
        var html = $"<!doctype html><html lang=\"en\"><head><title>{title}</title><meta name=\"description\" content=\"All about {title.ToLowerInvariant()}.\">"
            + $"<meta name=\"blog:focus\" content=\"{keyphrase}\"></head>"
            + $"<body><nav><a href=\"/blog/\">Blog</a> {nav}</nav><main><article><h1>{title}</h1>{body}</article></main><footer>Footer of the blog.</footer></body></html>";
        return Results.Content(html, "text/html; charset=utf-8");
    }

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
