namespace Copywise.Text;

/// <summary>
/// The length of a text in characters, for languages that measure text in characters rather than words (Japanese):
/// letters, digits and symbols count; white space, brackets, quotes and the marks that end or divide sentences do not.
/// </summary>
public static class CharacterCount
{
    /// <summary>Counts the characters of <paramref name="text"/> that make up its length.</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        int n = 0;
        foreach (char c in text)
        {
            if (Counts(c)) n++;
        }
        return n;
    }

    /// <summary>
    /// The number of text elements (user-perceived characters: a letter with its combining accents, an emoji sequence)
    /// in <paramref name="text"/>, as <see cref="System.Globalization.StringInfo.LengthInTextElements"/> counts them,
    /// without allocating.
    /// </summary>
    public static int TextElements(ReadOnlySpan<char> text)
    {
        int n = 0;
        while (!text.IsEmpty)
        {
            text = text[System.Globalization.StringInfo.GetNextTextElementLength(text)..];
            n++;
        }
        return n;
    }

    /// <summary>True when <paramref name="c"/> adds to a text's length.</summary>
    public static bool Counts(char c)
    {
        if (char.IsWhiteSpace(c) || char.IsControl(c)) return false;
        switch (c)
        {
            // Sentence and clause marks, Western and their ideographic and full-width forms.
            case '.' or ',' or ';' or ':' or '!' or '?' or '…' or '‥' or '。' or '、' or '，' or '．' or '；' or '：' or '！' or '？' or '｡' or '､' or '・' or '･':
            // Quotes and brackets written with ASCII characters.
            case '"' or '\'' or '(' or ')' or '<' or '>':
            // Long dashes and wave dashes used as punctuation, and the double hyphens of katakana words.
            case '―' or '—' or '〜' or '～' or '゠' or '＝':
                return false;
        }
        var category = char.GetUnicodeCategory(c);
        // Invisible format characters (zero-width spaces and joiners, direction marks) add nothing either.
        return category is not (System.Globalization.UnicodeCategory.OpenPunctuation or System.Globalization.UnicodeCategory.ClosePunctuation
            or System.Globalization.UnicodeCategory.InitialQuotePunctuation or System.Globalization.UnicodeCategory.FinalQuotePunctuation
            or System.Globalization.UnicodeCategory.Format);
    }
}
