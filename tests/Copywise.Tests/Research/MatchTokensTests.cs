using Copywise.Research;
using Xunit;

namespace Copywise.Tests.Research;

public class MatchTokensTests
{
    [Theory]
    [InlineData("Bike", "bike")]
    [InlineData("It’s", "it's")]
    [InlineData("`quoted`", "'quoted'")]
    [InlineData("ÉTÉ À PARIS", "été à paris")]
    // ASCII after a character beyond ASCII is lowered too, and typographic apostrophes anywhere become ASCII.
    [InlineData("Café OLÉ, then MORE ASCII’S AND ‘QUOTES’ ΑΒΓ", "café olé, then more ascii's and 'quotes' αβγ")]
    [InlineData("😀 EMOJI FIRST", "😀 emoji first")]
    [InlineData("A LONG ASCII SENTENCE WITH A `BACKTICK` IN IT", "a long ascii sentence with a 'backtick' in it")]
    [InlineData("", "")]
    public void Normalize_lowers_case_and_unifies_apostrophes(string token, string expected)
    {
        Assert.Equal(expected, MatchTokens.Normalize(token));
        var buffer = new char[token.Length];
        Assert.Equal(expected, new string(buffer, 0, MatchTokens.Normalize(token, buffer)));
    }

    [Fact]
    public void Normalize_is_turkic_when_asked()
    {
        Assert.Equal("ışık istanbul", MatchTokens.Normalize("IŞIK İstanbul", turkic: true));
    }

    [Fact]
    public void Normalize_refuses_a_destination_shorter_than_the_token()
    {
        Assert.Throws<ArgumentException>(() => MatchTokens.Normalize("word", new char[2]));
    }
}
