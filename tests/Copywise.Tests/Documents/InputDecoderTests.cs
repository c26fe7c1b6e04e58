using System.Text;
using Copywise.Documents;

namespace Copywise.Tests.Documents;

public class InputDecoderTests
{
    [Fact]
    public void Invalid_utf8_names_the_byte_offset()
    {
        var bytes = Encoding.UTF8.GetBytes("hello wörld").Concat(new byte[] { 0xC3, 0x28 }).ToArray();
        var e = Assert.Throws<CopywiseInputException>(() => InputDecoder.Decode(bytes));
        Assert.Equal("invalid UTF-8 at byte offset 12", e.Message);
    }

    [Fact]
    public void Binary_data_is_refused()
    {
        var e = Assert.Throws<CopywiseInputException>(() => InputDecoder.Decode(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x00, 0x01 }));
        Assert.Contains("binary", e.Message);
    }

    [Fact]
    public void Bom_and_utf16_are_read()
    {
        Assert.Equal("abc", InputDecoder.Decode(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'a', (byte)'b', (byte)'c' }));
        Assert.Equal("hé", InputDecoder.Decode(new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes("hé")).ToArray()));
    }

    [Theory]
    [InlineData("<p>Hi</p>", DocumentFormat.Html)]
    [InlineData("---\ntitle: x\n---\nHi", DocumentFormat.Markdown)]
    [InlineData("# Title\n\nText with [a link](x).\n\n## Sub\n", DocumentFormat.Markdown)]
    [InlineData("Just some words.\nAnd more.", DocumentFormat.Text)]
    public void Formats_are_sniffed(string text, DocumentFormat expected) => Assert.Equal(expected, DocumentFormats.Sniff(text));
}
