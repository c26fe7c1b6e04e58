using Copywise.Languages;
using Xunit;

namespace Copywise.Tests.Languages;

// The shared word strings must give back exactly the characters asked for, whatever the cache holds.
public class WordStringsTests
{
    [Fact]
    public void A_word_seen_before_gives_the_same_string()
    {
        var first = WordStrings.Get("werden".AsSpan());
        var again = WordStrings.Get(new[] { 'w', 'e', 'r', 'd', 'e', 'n' });
        Assert.Equal("werden", again);
        Assert.Same(first, again);
    }

    [Fact]
    public void Every_word_comes_back_as_written_even_when_slots_collide()
    {
        // Far more words than the table has slots: many share a slot and replace each other.
        var words = Enumerable.Range(0, 20_000).Select(i => $"w{i}x").ToArray();
        for (int round = 0; round < 2; round++)
            foreach (var w in words) Assert.Equal(w, WordStrings.Get(w.AsSpan()));
    }

    [Fact]
    public void Empty_and_long_words_and_normalization()
    {
        Assert.Equal("", WordStrings.Get([]));
        var longWord = new string('a', 100);
        Assert.Equal(longWord, WordStrings.Get(longWord.AsSpan()));
        Assert.Equal("l'été", WordStrings.Normalized("L’Été".AsSpan()));
        Assert.Equal("ıstanbul", WordStrings.Normalized("Istanbul".AsSpan(), turkic: true));
        Assert.Equal(new string('b', 80), WordStrings.Normalized(new string('B', 80).AsSpan()));
    }
}
