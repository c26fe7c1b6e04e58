using System.Net;
using Copywise.Crawl;

namespace Copywise.Crawl.Tests;

/// <summary>The crawler against a real local site.</summary>
public class CrawlTests
{
    private static CrawlOptions Local(int maxPages = 50) => new() { AllowPrivate = true, MaxPages = maxPages, Timeout = TimeSpan.FromSeconds(3), MaxPageBytes = 2 * 1024 * 1024 };

    private static async Task<List<CrawledPage>> All(IAsyncEnumerable<CrawledPage> pages)
    {
        var list = new List<CrawledPage>();
        await foreach (var p in pages) list.Add(p);
        return list;
    }

    [Fact]
    public async Task Crawl_follows_same_site_links_breadth_first_and_reports_every_failure()
    {
        await using var site = await TestSite.StartAsync();
        using var crawler = new SiteCrawler(Local());
        var pages = await All(crawler.CrawlAsync(site.Root));
        var byPath = pages.GroupBy(p => p.Url.AbsolutePath).ToDictionary(g => g.Key, g => g.First());

        Assert.Null(byPath["/"].Problem);
        Assert.Null(byPath["/a"].Problem);
        Assert.Equal("Bike lights", byPath["/a"].Page!.Paper.Title);
        Assert.Equal("About Bike lights.", byPath["/a"].Page!.Paper.Description);
        Assert.Equal("bike lights", byPath["/a"].Page!.Paper.Keyphrase);
        Assert.Equal("en", byPath["/a"].Page!.Paper.Locale);
        Assert.DoesNotContain("Footer text", byPath["/a"].Page!.Paper.Text);
        Assert.Contains("bright bike lights", byPath["/a"].Page!.Paper.Text);

        Assert.Equal("disallowed by robots.txt", byPath["/private/x"].Problem);
        Assert.Equal(404, byPath["/missing"].Status);
        Assert.Equal(500, byPath["/error"].Status);
        Assert.StartsWith("not HTML", byPath["/image.png"].Problem);
        Assert.True(byPath["/image.png"].NotHtml);
        Assert.False(byPath["/error"].NotHtml);
        Assert.Equal("/c", byPath["/redirect"].FinalUrl.AbsolutePath);
        Assert.StartsWith("duplicate", byPath["/dup"].Problem);
        Assert.DoesNotContain(pages, p => p.Url.Host.Contains("offsite"));
        Assert.Single(pages, p => p.Url.AbsolutePath == "/a"); // the fragment link is the same page
        Assert.DoesNotContain(site.Requests, r => r.Path.StartsWith("/private"));
    }

    [Fact]
    public async Task Max_pages_bounds_the_crawl()
    {
        await using var site = await TestSite.StartAsync();
        using var crawler = new SiteCrawler(Local(maxPages: 3));
        Assert.Equal(3, (await All(crawler.CrawlAsync(site.Root))).Count);
    }

    [Fact]
    public async Task Sitemap_index_with_a_gzip_child_lists_the_pages_on_the_site_and_honours_lastmod()
    {
        await using var site = await TestSite.StartAsync();
        using var crawler = new SiteCrawler(Local());
        var pages = await All(crawler.SitemapAsync(new Uri(site.Root, "/sitemap.xml")));
        Assert.Equal(["/a", "/b", "/c"], pages.Select(p => p.Url.AbsolutePath).Order());
        Assert.All(pages, p => Assert.Null(p.Problem));
        Assert.Equal(new DateTimeOffset(2026, 2, 1, 10, 0, 0, TimeSpan.Zero), pages.Single(p => p.Url.AbsolutePath == "/c").LastModified);

        using var again = new SiteCrawler(Local());
        var changed = await All(again.SitemapAsync(new Uri(site.Root, "/sitemap.xml"), changedSince: new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal(["/a", "/c"], changed.Select(p => p.Url.AbsolutePath).Order());
    }

    [Fact]
    public async Task A_host_that_does_not_answer_is_unreachable_not_disallowed()
    {
        // A port nothing listens on: the connection is refused.
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var crawler = new SiteCrawler(Local());
        var start = new Uri($"http://127.0.0.1:{port}/");
        var page = Assert.Single(await All(crawler.CrawlAsync(start)));
        Assert.StartsWith("cannot reach 127.0.0.1: request failed", page.Problem);
        Assert.True(page.Unreachable);
        Assert.False(page.Disallowed);
        Assert.Equal(page.Problem, await crawler.RefusalAsync(start));
    }

    [Fact]
    public async Task Robots_refusals_are_told_before_asking_and_marked_on_the_page()
    {
        await using var site = await TestSite.StartAsync();
        using var crawler = new SiteCrawler(Local());
        Assert.Equal("disallowed by robots.txt", await crawler.RefusalAsync(new Uri(site.Root, "/private/x")));
        Assert.Null(await crawler.RefusalAsync(new Uri(site.Root, "/a")));
        var pages = await All(crawler.ReadPagesAsync([new SitemapEntry(new Uri(site.Root, "/private/x"), null), new SitemapEntry(new Uri(site.Root, "/missing"), null)], site.Root));
        Assert.True(pages.Single(p => p.Url.AbsolutePath == "/private/x").Disallowed);
        var missing = pages.Single(p => p.Url.AbsolutePath == "/missing");
        Assert.False(missing.Disallowed);
        Assert.False(missing.Unreachable);
        Assert.DoesNotContain(site.Requests, r => r.Path.StartsWith("/private"));
    }

    [Fact]
    public async Task An_unreadable_sitemap_is_a_clear_error()
    {
        await using var site = await TestSite.StartAsync();
        using var crawler = new SiteCrawler(Local());
        var e = await Assert.ThrowsAsync<CrawlException>(() => All(crawler.SitemapAsync(new Uri(site.Root, "/a"))));
        Assert.Contains("not a readable sitemap", e.Message);
    }

    [Fact]
    public async Task Redirect_loops_slow_and_huge_pages_end_with_a_reason_never_a_hang()
    {
        await using var site = await TestSite.StartAsync();
        using var fetcher = new Fetcher(Local() with { Timeout = TimeSpan.FromSeconds(2) });
        var loop = await fetcher.GetAsync(new Uri(site.Root, "/loop1"), _ => true);
        Assert.Equal("redirect loop", loop.Problem);
        var started = DateTime.UtcNow;
        var slow = await fetcher.GetAsync(new Uri(site.Root, "/slow"), _ => true);
        Assert.StartsWith("no complete answer within", slow.Problem);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(15));
        var huge = await fetcher.GetAsync(new Uri(site.Root, "/huge"), _ => true);
        Assert.True(huge.Truncated);
        Assert.Equal(2 * 1024 * 1024, huge.Body!.Length);
        Assert.StartsWith("cut off at 2 MB", huge.Problem);
    }

    [Fact]
    public async Task A_429_is_retried_after_the_time_it_asks_for()
    {
        await using var site = await TestSite.StartAsync();
        using var fetcher = new Fetcher(Local());
        var started = DateTime.UtcNow;
        var result = await fetcher.GetAsync(new Uri(site.Root, "/busy"), _ => true);
        Assert.True(result.Ok, result.Problem);
        Assert.Equal(2, site.BusyCalls);
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromSeconds(0.9));
    }

    [Fact]
    public async Task Crawl_delay_from_robots_spaces_requests()
    {
        await using var site = await TestSite.StartAsync("User-agent: *\nCrawl-delay: 0.3\n");
        using var crawler = new SiteCrawler(Local(maxPages: 4));
        await All(crawler.CrawlAsync(site.Root));
        var pages = site.Requests.Where(r => r.Path != "/robots.txt").Select(r => r.At).Order().ToList();
        Assert.True(pages.Count >= 3);
        for (int i = 1; i < pages.Count; i++) Assert.True(pages[i] - pages[i - 1] >= TimeSpan.FromMilliseconds(250), $"gap {(pages[i] - pages[i - 1]).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Private_addresses_are_refused_without_the_flag()
    {
        await using var site = await TestSite.StartAsync();
        using var crawler = new SiteCrawler(new CrawlOptions { Timeout = TimeSpan.FromSeconds(3) });
        var pages = await All(crawler.CrawlAsync(site.Root));
        Assert.Empty(site.Requests); // not even robots.txt reached the server
        var root = Assert.Single(pages);
        Assert.Contains("private or reserved address", root.Problem);

        using var fetcher = new Fetcher(new CrawlOptions());
        var byName = await fetcher.GetAsync(new Uri($"http://localhost:{site.Root.Port}/a"), _ => true);
        Assert.Contains("private or reserved address", byName.Problem);
    }

    [Fact]
    public async Task A_redirect_from_a_public_host_to_a_private_address_is_refused()
    {
        await using var site = await TestSite.StartAsync();
        var options = new CrawlOptions { Timeout = TimeSpan.FromSeconds(3) };
        // "public.test" stands for a public site whose answer redirects into the private network.
        using var fetcher = new Fetcher(options, new PublicRedirect(Fetcher.CreateGuardedHandler(options), new Uri(site.Root, "/a")));
        var result = await fetcher.GetAsync(new Uri("http://public.test/start"), _ => true);
        Assert.Contains("private or reserved address", result.Problem);
        Assert.Empty(site.Requests);
    }

    [Fact]
    public async Task Only_http_and_https_are_read()
    {
        using var fetcher = new Fetcher(new CrawlOptions());
        Assert.Equal("only http and https URLs are read", (await fetcher.GetAsync(new Uri("file:///etc/passwd"), _ => true)).Problem);
        Assert.Equal("only http and https URLs are read", (await fetcher.GetAsync(new Uri("ftp://example.com/x"), _ => true)).Problem);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100_000_000)]
    public void Absurd_options_are_rejected_with_a_reason(int maxPages) =>
        Assert.Contains("--max-pages", Assert.Throws<ArgumentException>(() => new CrawlOptions { MaxPages = maxPages }.Validate()).Message);

    private sealed class PublicRedirect(HttpMessageHandler inner, Uri target) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri!.Host != "public.test") return base.SendAsync(request, cancellationToken);
            var response = new HttpResponseMessage(HttpStatusCode.Found);
            response.Headers.Location = target;
            return Task.FromResult(response);
        }
    }
}
