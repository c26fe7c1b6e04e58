using System.Globalization;
using Copywise.Text;
using Xunit;

namespace Copywise.Tests.Text;

public class TextElementCountTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("Meta description.", 17)]
    [InlineData("Cafe\u0301 au lait", 12)] // an accent typed as a combining character belongs to its letter
    [InlineData("Family 👨‍👩‍👧 trip 🇳🇱", 15)] // a joined emoji and a flag count once each
    [InlineData("日本語の説明", 6)]
    public void Counts_user_perceived_characters_as_StringInfo_does(string text, int expected)
    {
        Assert.Equal(expected, CharacterCount.TextElements(text));
        Assert.Equal(new StringInfo(text).LengthInTextElements, CharacterCount.TextElements(text));
    }
}
