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

public class MatchTokenIndexTests
{
    // The index splits the analysis's words further; that must give exactly the tokens MatchTokens.ForEach finds in
    // each sentence, the definition of a match token.
    [Theory]
    [InlineData("en", "Well-known (and [1] well‐liked) e-bikes—cheap/fast—are here. \"Quoted,\" she said: '-x-' and --- or //.")]
    [InlineData("en", "A [bracketed] word, a/b/c, x–y, «guillemets» and ‹single› — then (nested [parts]) end.")]
    [InlineData("en", "A footnote[1]here, x[y]z, a—b and end-of-line.")]
    [InlineData("de", "Die E-Bike-Akkus (z. B. 500-Wh-Akkus) kosten 300–500 €/Stück.")]
    [InlineData("fr", "L'«éco-conception» — c'est-à-dire : penser/agir [ensemble].")]
    public void Tokens_are_those_of_match_tokens_for_each_sentence(string locale, string text)
    {
        var context = Copywise.Tests.Languages.SentenceChecks.Context(locale, $"<p>{text}</p>");
        var index = context.Get<MatchTokenIndex>();
        var expected = new List<(int, int)>();
        foreach (var sentence in context.Text.Sentences)
        {
            MatchTokens.ForEach(context.Document.Text, sentence.Start, sentence.End, ref expected,
                static (ref List<(int, int)> list, int a, int b) => list.Add((a, b)));
        }
        var actual = Enumerable.Range(0, index.Count).Select(t => (index.Start[t], index.EndOf(t))).ToList();
        Assert.Equal(expected, actual);
    }
}
