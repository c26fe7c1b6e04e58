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
    private const int MaximumCharacters = 60_000;

    private ref struct Count
    {
        public ReadOnlySpan<char> Text;
        public int[] Hits;
        public System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>[] Lookups;
        public int Words;
    }

    /// <summary>The detected language, or null when the text is too short or matches no language well enough.</summary>
    public static Language? Detect(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return null;
        var byScript = ByScript(text);
        if (byScript is not null) return byScript;

        var candidates = LanguageRegistry.Supported.Where(l => l.HasFunctionWords).ToArray();
        if (candidates.Length == 0) return null;
        var state = new Count
        {
            Text = text,
            Hits = new int[candidates.Length],
            Lookups = candidates.Select(l => l.FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>()).ToArray(),
        };
        // The first few thousand words are plenty: only the start of a huge text is read.
        MatchTokens.ForEach(text, 0, Math.Min(text.Length, MaximumCharacters), ref state, static (ref Count st, int start, int end) =>
        {
            if (st.Words >= MaximumWords || end - start > 64) return;
            st.Words++;
            Span<char> buffer = stackalloc char[64];
            var token = buffer[..MatchTokens.Normalize(st.Text.Slice(start, end - start), buffer)];
            for (int l = 0; l < st.Hits.Length; l++)
                if (st.Lookups[l].Contains(token)) st.Hits[l]++;
        });
        int words = state.Words;
        var hits = state.Hits;
        if (words < MinimumWords) return null;
        int best = -1;
        for (int l = 0; l < candidates.Length; l++)
            if (best < 0 || hits[l] > hits[best]) best = l;
        // Every language has some function words; a text in none of ours matches few of them.
        return hits[best] * 10 >= words ? candidates[best] : null;
    }

    private static Language? ByScript(ReadOnlySpan<char> text)
    {
        int kana = 0, hebrew = 0, greek = 0, letters = 0;
        foreach (char c in text[..Math.Min(text.Length, 20_000)])
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
