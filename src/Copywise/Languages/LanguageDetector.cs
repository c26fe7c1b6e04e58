using Copywise.Research;

namespace Copywise.Languages;

/// <summary>
/// Tells the language of a text that says nothing about it (no locale, no <c>lang</c>, no front matter): by script
/// where a script belongs to one supported language (kana for Japanese, Hebrew and Greek letters), else by the share of the
/// text's words that are function words of each supported language, which separates even close languages once a text
/// has a few dozen words.
/// </summary>
public static class LanguageDetector
{
    /// <summary>Fewer words than this are too few to tell; the default language is kept.</summary>
    public const int MinimumWords = 20;

    private const int MaximumWords = 3000;

    /// <summary>The detected language, or null when the text is too short or matches no language well enough.</summary>
    public static Language? Detect(string text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var byScript = ByScript(text);
        if (byScript is not null) return byScript;

        var candidates = LanguageRegistry.Supported.Where(l => l.HasFunctionWords).ToArray();
        if (candidates.Length == 0) return null;
        var hits = new int[candidates.Length];
        var lookups = candidates.Select(l => l.FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>()).ToArray();
        // The first few thousand words are plenty; stop there so huge inputs cost no more.
        int words = 0;
        Span<char> buffer = stackalloc char[64];
        int i = 0;
        while (i < text.Length && words < MaximumWords)
        {
            while (i < text.Length && MatchTokens.IsSeparator(text[i])) i++;
            int start = i;
            while (i < text.Length && !MatchTokens.IsSeparator(text[i])) i++;
            int end = i;
            while (start < end && Text.WordTokenizer.IsPunctuation(text[start])) start++;
            while (end > start && Text.WordTokenizer.IsPunctuation(text[end - 1])) end--;
            if (end <= start || end - start > buffer.Length) continue;
            words++;
            int n = MatchTokens.Normalize(text.AsSpan(start, end - start), buffer);
            var token = buffer[..n];
            for (int l = 0; l < candidates.Length; l++)
                if (lookups[l].Contains(token)) hits[l]++;
        }
        if (words < MinimumWords) return null;
        int best = -1;
        for (int l = 0; l < candidates.Length; l++)
            if (best < 0 || hits[l] > hits[best]) best = l;
        // Every language has some function words; a text in none of ours matches few of them.
        return hits[best] * 10 >= words ? candidates[best] : null;
    }

    private static Language? ByScript(string text)
    {
        int kana = 0, hebrew = 0, greek = 0, letters = 0;
        foreach (char c in text.AsSpan(0, Math.Min(text.Length, 20_000)))
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (c is >= '\u3040' and <= '\u30FF') kana++;
            else if (c is >= '\u0590' and <= '\u05FF') hebrew++;
            else if (c is >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF') greek++;
        }
        if (letters == 0) return null;
        if (kana * 20 >= letters) return Registered("ja");
        if (hebrew * 2 >= letters) return Registered("he");
        if (greek * 2 >= letters) return Registered("el");
        return null;
    }

    private static Language? Registered(string code) => LanguageRegistry.Supported.FirstOrDefault(l => l.Code == code);
}
