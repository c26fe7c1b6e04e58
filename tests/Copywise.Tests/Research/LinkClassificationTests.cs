using Copywise.Analysis;
using Copywise.Documents;
using Copywise.Languages;
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

    // Page hosts are read in place from the permalink; the links must land where the string host puts them.
    public static TheoryData<string> Permalinks() => new()
    {
        "https://shop.example/page", "https://WWW.Shop.Example/a/", "http://shop.example:8080/x", "//shop.example/x",
        "https://user@shop.example/", "http://192.168.0.1/admin", "http://bücher.example/", "http://xn--bcher-kva.example/",
        "https://blog.shop.example/", "not a url", "", "  https://www.shop.example  ",
    };

    private static readonly string[] Hrefs =
    [
        "https://shop.example/a", "https://www.SHOP.example/b", "//shop.example/c", "http://192.168.0.1/d", "http://bücher.example/e",
        "http://BÜCHER.example/f", "http://xn--bcher-kva.example/g", "https://blog.shop.example/h", "https://other.example/i",
        "/relative", "#top", "mailto:x@shop.example", "http://shop.example:8080/j",
    ];

    [Theory]
    [MemberData(nameof(Permalinks))]
    public void Links_of_a_page_are_classified_as_against_its_host(string permalink)
    {
        var html = string.Concat(Hrefs.Select((h, i) => $"<p>Link number {i} is <a href=\"{h}\">here</a>.</p>"));
        var paper = new Paper { Text = html, Format = DocumentFormat.Html, Permalink = permalink, Locale = "en" };
        var (document, completed) = DocumentParser.Parse(paper);
        using var context = new AnalysisContext(completed, document, LanguageRegistry.ForLocale("en"), new AnalysisOptions());
        var stats = context.Get<LinkStatistics>();
        var host = LinkStatistics.HostOf(permalink);
        var kinds = Hrefs.Select(h => LinkStatistics.Classify(h, host)).ToArray();
        string[] Of(LinkStatistics.LinkKind kind) => Hrefs.Where((_, i) => kinds[i] == kind).Order(StringComparer.Ordinal).ToArray();
        string[] Marked(IReadOnlyList<Mark> marks) =>
            marks.Select(m => Hrefs.Single(h => html[m.Start..m.End].Contains($"\"{h}\"", StringComparison.Ordinal))).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(Of(LinkStatistics.LinkKind.Internal), Marked(stats.Internal));
        Assert.Equal(Of(LinkStatistics.LinkKind.Outbound), Marked(stats.Outbound));
    }
}
