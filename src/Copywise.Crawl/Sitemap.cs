using System.IO.Compression;
using System.Xml;

namespace Copywise.Crawl;

/// <summary>One entry of a sitemap: a page URL and when it last changed, if the sitemap says.</summary>
public sealed record SitemapEntry(Uri Url, DateTimeOffset? LastModified);

/// <summary>
/// Reads XML sitemaps (<c>urlset</c>) and sitemap indexes (<c>sitemapindex</c>), plain or gzip-compressed, with
/// <c>lastmod</c>. The XML reader resolves no DTD and no external entity; decompressed size is capped as the
/// sitemap protocol caps it (50 MB).
/// </summary>
public static class Sitemap
{
    /// <summary>The largest decompressed sitemap read.</summary>
    public const long MaxUncompressedBytes = 50L * 1024 * 1024;

    /// <summary>The parsed content of one sitemap file.</summary>
    /// <param name="Pages">Page entries (a urlset).</param>
    /// <param name="Sitemaps">Child sitemaps (an index).</param>
    public sealed record Content(IReadOnlyList<SitemapEntry> Pages, IReadOnlyList<SitemapEntry> Sitemaps);

    /// <summary>Parses a sitemap body; gzip is recognised by its magic bytes. Throws <see cref="FormatException"/> for a body that is not a sitemap.</summary>
    public static Content Parse(byte[] body, Uri baseUrl)
    {
        Stream stream = new MemoryStream(body, writable: false);
        if (body.Length >= 2 && body[0] == 0x1F && body[1] == 0x8B) stream = new LimitedStream(new GZipStream(stream, CompressionMode.Decompress), MaxUncompressedBytes);
        var pages = new List<SitemapEntry>();
        var sitemaps = new List<SitemapEntry>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreWhitespace = true };
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            string? root = null;
            string? loc = null;
            DateTimeOffset? lastmod = null;
            reader.MoveToContent();
            while (!reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element) { reader.Read(); continue; }
                root ??= reader.LocalName;
                switch (reader.LocalName)
                {
                    case "url" or "sitemap":
                        loc = null;
                        lastmod = null;
                        reader.Read();
                        break;
                    // Reading an element's content already moves to the next node.
                    case "loc":
                        loc = reader.ReadElementContentAsString().Trim();
                        Add();
                        break;
                    case "lastmod":
                        lastmod = DateTimeOffset.TryParse(reader.ReadElementContentAsString().Trim(), System.Globalization.CultureInfo.InvariantCulture,
                            System.Globalization.DateTimeStyles.AssumeUniversal, out var d) ? d : null;
                        Add();
                        break;
                    default:
                        reader.Read();
                        break;
                }
            }
            if (root is not ("urlset" or "sitemapindex")) throw new FormatException($"not a sitemap (root element <{root ?? "none"}>)");

            // loc and lastmod come in either order: the entry is (re)written whenever one of them is read.
            void Add()
            {
                if (loc is null || SiteUrl.Resolve(baseUrl, loc) is not { } url) return;
                var list = root == "sitemapindex" ? sitemaps : pages;
                if (list.Count > 0 && list[^1].Url == url) list[^1] = new SitemapEntry(url, lastmod);
                else list.Add(new SitemapEntry(url, lastmod));
            }
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException)
        {
            throw new FormatException($"not a readable sitemap: {e.Message}", e);
        }
        return new Content(pages, sitemaps);
    }

    // Stops a decompression bomb: reading past the limit fails.
    private sealed class LimitedStream(Stream inner, long limit) : Stream
    {
        private long _read;
        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = inner.Read(buffer, offset, count);
            _read += n;
            if (_read > limit) throw new InvalidDataException($"sitemap larger than {limit / (1024 * 1024)} MB uncompressed");
            return n;
        }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        protected override void Dispose(bool disposing) { if (disposing) inner.Dispose(); base.Dispose(disposing); }
    }
}
