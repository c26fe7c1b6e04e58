using Copywise.Research;
using Xunit;

namespace Copywise.Tests.Research;

public class LinkClassificationTests
{
    // What System.Uri says the host is: plain hosts are read in place, and must read the same.
    private static string? UriHost(string url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host)) return null;
        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    [Theory]
    [InlineData("https://www.Shop.example/page?x=1#top")]
    [InlineData("http://shop.example")]
    [InlineData("HTTPS://SHOP.EXAMPLE:8443/a")]
    [InlineData("http://shop.example:99999/a")]
    [InlineData("http://shop.example:/a")]
    [InlineData("http://user:pass@shop.example/a")]
    [InlineData("http://xn--bcher-kva.example/")]
    [InlineData("http://bücher.example/")]
    [InlineData("http://192.168.0.1/admin")]
    [InlineData("http://0x7f.1/")]
    [InlineData("http://[::1]/")]
    [InlineData("http://-shop.example/")]
    [InlineData("http://shop-.example/")]
    [InlineData("http://shop..example/")]
    [InlineData("http://shop.example./")]
    [InlineData("http://sh op.example/")]
    [InlineData("http://shop.example\\path")]
    [InlineData("https://a.b-c.d1.example?q")]
    [InlineData("  https://shop.example/  ")]
    [InlineData("ftp://shop.example/")]
    [InlineData("http://")]
    public void Hosts_read_in_place_are_the_hosts_uri_reads(string url)
    {
        Assert.Equal(UriHost(url), LinkStatistics.HostOf(url));
    }

    [Theory]
    [InlineData("https://www.shop.example/a", LinkStatistics.LinkKind.Internal)]
    [InlineData("//shop.example/a", LinkStatistics.LinkKind.Internal)]
    [InlineData("//WWW.SHOP.EXAMPLE", LinkStatistics.LinkKind.Internal)]
    [InlineData("https://blog.shop.example/a", LinkStatistics.LinkKind.Outbound)]
    [InlineData("https://other.example/a", LinkStatistics.LinkKind.Outbound)]
    [InlineData("https://user@shop.example/a", LinkStatistics.LinkKind.Internal)]
    [InlineData("/about", LinkStatistics.LinkKind.Internal)]
    [InlineData("#top", LinkStatistics.LinkKind.Other)]
    [InlineData("mailto:a@shop.example", LinkStatistics.LinkKind.Other)]
    [InlineData("http://sh op.example/", LinkStatistics.LinkKind.Other)]
    public void Links_are_classified_against_the_page_host(string href, LinkStatistics.LinkKind kind)
    {
        Assert.Equal(kind, LinkStatistics.Classify(href, "shop.example"));
    }
}
