using System.IO.Compression;
using System.Net;
using System.Text;
using Copywise.Crawl;

namespace Copywise.Crawl.Tests;

/// <summary>Address guard, robots.txt, sitemaps and URL rules on their own.</summary>
public class PartsTests
{
    [Theory]
    [InlineData("8.8.8.8", true)]
    [InlineData("93.184.216.34", true)]
    [InlineData("2606:4700:4700::1111", true)]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.16.0.1", false)]
    [InlineData("172.31.255.255", false)]
    [InlineData("192.168.1.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("224.0.0.1", false)]
    [InlineData("255.255.255.255", false)]
    [InlineData("::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("ff02::1", false)]
    [InlineData("::ffff:127.0.0.1", false)]
    [InlineData("::ffff:8.8.8.8", true)]
    public void Address_guard(string address, bool isPublic) => Assert.Equal(isPublic, AddressGuard.IsPublic(IPAddress.Parse(address)));

    [Fact]
    public void Robots_uses_our_group_else_the_star_group_and_the_longest_match()
    {
        const string txt = "User-agent: *\nDisallow: /\n\nUser-agent: OtherBot\nUser-agent: CopywiseBot\nDisallow: /drafts/\nAllow: /drafts/public\nDisallow: /*.pdf$\nCrawl-delay: 2\n";
        var ours = RobotsTxt.Parse(txt, "CopywiseBot/1.0 (+https://x)");
        Assert.True(ours.IsAllowed(new Uri("https://s.example/article")));
        Assert.False(ours.IsAllowed(new Uri("https://s.example/drafts/x")));
        Assert.True(ours.IsAllowed(new Uri("https://s.example/drafts/public/x")));
        Assert.False(ours.IsAllowed(new Uri("https://s.example/files/a.pdf")));
        Assert.True(ours.IsAllowed(new Uri("https://s.example/files/a.pdf?x=1")));
        Assert.Equal(TimeSpan.FromSeconds(2), ours.CrawlDelay);
        var other = RobotsTxt.Parse(txt, "SomeBot");
        Assert.False(other.IsAllowed(new Uri("https://s.example/article")));
        Assert.True(other.IsAllowed(new Uri("https://s.example/robots.txt")));
        Assert.True(RobotsTxt.Parse("garbage\n\0\nDisallow /x", "CopywiseBot").IsAllowed(new Uri("https://s.example/x")));
    }

    [Fact]
    public void Sitemaps_plain_gzip_and_index()
    {
        var xml = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>/a</loc><lastmod>2026-03-01</lastmod></url><url><loc>https://s.example/b#x</loc></url><url><loc>mailto:x</loc></url></urlset>";
        var plain = Sitemap.Parse(Encoding.UTF8.GetBytes(xml), new Uri("https://s.example/sitemap.xml"));
        Assert.Equal(["https://s.example/a", "https://s.example/b"], plain.Pages.Select(p => p.Url.AbsoluteUri));
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), plain.Pages[0].LastModified);
        using var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, CompressionLevel.Fastest, true)) gz.Write(Encoding.UTF8.GetBytes(xml));
        Assert.Equal(2, Sitemap.Parse(buffer.ToArray(), new Uri("https://s.example/")).Pages.Count);
        var index = Sitemap.Parse(Encoding.UTF8.GetBytes("<sitemapindex><sitemap><loc>https://s.example/s1.xml</loc></sitemap></sitemapindex>"), new Uri("https://s.example/"));
        Assert.Single(index.Sitemaps);
        Assert.Empty(index.Pages);
    }

    [Fact]
    public void Sitemaps_refuse_entities_html_and_decompression_bombs()
    {
        var entity = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><urlset><url><loc>&e;</loc></url></urlset>";
        Assert.Throws<FormatException>(() => Sitemap.Parse(Encoding.UTF8.GetBytes(entity), new Uri("https://s.example/")));
        Assert.Throws<FormatException>(() => Sitemap.Parse(Encoding.UTF8.GetBytes("<html><body>no</body></html>"), new Uri("https://s.example/")));
        using var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, CompressionLevel.SmallestSize, true))
        {
            gz.Write(Encoding.UTF8.GetBytes("<urlset>"));
            var zeros = new byte[1024 * 1024];
            Array.Fill(zeros, (byte)' ');
            for (int i = 0; i < 60; i++) gz.Write(zeros);
        }
        Assert.Contains("50 MB", Assert.Throws<FormatException>(() => Sitemap.Parse(buffer.ToArray(), new Uri("https://s.example/"))).Message);
    }

    [Theory]
    [InlineData("https://www.s.example/a", "http://s.example/a", true)]
    [InlineData("https://s.example/a", "https://blog.s.example/a", false)]
    [InlineData("https://s.example:8443/a", "https://s.example/a", false)]
    public void Same_site(string a, string b, bool same) => Assert.Equal(same, SiteUrl.SameSite(new Uri(a), new Uri(b)));

    [Fact]
    public void Keys_drop_fragments_and_scheme_but_keep_queries()
    {
        Assert.Equal(SiteUrl.Key(new Uri("http://www.s.example/a")), SiteUrl.Key(new Uri("https://s.example/a")));
        Assert.NotEqual(SiteUrl.Key(new Uri("https://s.example/a?page=2")), SiteUrl.Key(new Uri("https://s.example/a")));
        Assert.Equal("https://s.example/a", SiteUrl.Resolve(new Uri("https://s.example/x/"), "/a#top")!.AbsoluteUri);
        Assert.Null(SiteUrl.Resolve(new Uri("https://s.example/"), "javascript:alert(1)"));
        Assert.Null(SiteUrl.Resolve(new Uri("https://s.example/"), "tel:123"));
    }

    [Fact]
    public void Extraction_keeps_the_article_and_drops_navigation_without_running_scripts()
    {
        var html = "<html lang=\"de\"><head><title>T</title><script>document.title='x'</script></head><body><nav><a href=\"/menu\">Menu item</a></nav>"
            + "<article><h1>Fahrradlicht</h1>" + string.Concat(Enumerable.Repeat("<p>Ein gutes Fahrradlicht ist im Winter wichtig, denn es wird früh dunkel und die Straßen sind nass.</p>", 6))
            + "</article><footer>Impressum und Kontakt</footer></body></html>";
        var page = PageExtractor.Extract(new Uri("https://s.example/licht"), html);
        Assert.Equal("T", page.Paper.Title);
        Assert.Equal("de", page.Paper.Locale);
        Assert.Contains("Fahrradlicht ist im Winter", page.Paper.Text);
        Assert.DoesNotContain("Impressum", page.Paper.Text);
        Assert.Contains(page.Links, l => l.AbsolutePath == "/menu");
        Assert.Equal("https://s.example/licht", page.Paper.Permalink);
    }
}
