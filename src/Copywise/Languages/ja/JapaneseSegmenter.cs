namespace Copywise.Languages;

/// <summary>
/// Japanese words by TinySegmenter (Taku Kudo, 2008): a linear classifier that decides, between every two characters,
/// whether a word ends there, from the surrounding characters, their types (kanji, hiragana, katakana, Latin, digits,
/// kanji numerals) and the previous decisions. Its weights are in <c>Languages/ja/segmenter-model.txt</c> (see
/// <c>tools/tinysegmenter-model.mjs</c>). It is the segmenter the reference uses, needs no dictionary and no culture
/// data, and is thread-safe.
/// </summary>
public sealed class JapaneseSegmenter : Text.WordSegmenter
{
    /// <summary>The one instance.</summary>
    public static readonly JapaneseSegmenter Instance = new();

    // Feature tables by name (UW1..UW6 for single characters, BW/TW for pairs and triples, UC/BC/TC for character
    // types, UP/BP for previous decisions, UQ/BQ/TQ for decisions with types).
    private enum Table { UP1, UP2, UP3, BP1, BP2, UW1, UW2, UW3, UW4, UW5, UW6, BW1, BW2, BW3, TW1, TW2, TW3, TW4, UC1, UC2, UC3, UC4, UC5, UC6, BC1, BC2, BC3, TC1, TC2, TC3, TC4, UQ1, UQ2, UQ3, BQ1, BQ2, BQ3, BQ4, TQ1, TQ2, TQ3, TQ4 }
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>[] _tables = new Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>[Enum.GetValues<Table>().Length];
    private readonly int _bias;

    private JapaneseSegmenter()
    {
        var tables = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var asm = typeof(Language).Assembly;
        using var stream = asm.GetManifestResourceStream("Copywise.Languages.ja/segmenter-model.txt")
            ?? throw new InvalidOperationException("missing language data file ja/segmenter-model.txt");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split('\t');
            if (parts.Length != 3) continue;
            int weight = int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
            if (parts[0] == "BIAS") { _bias = weight; continue; }
            if (!tables.TryGetValue(parts[0], out var table)) tables[parts[0]] = table = new Dictionary<string, int>(StringComparer.Ordinal);
            table[parts[1]] = weight;
        }
        // A table the model lacks weighs nothing.
        foreach (var t in Enum.GetValues<Table>())
            _tables[(int)t] = (tables.TryGetValue(t.ToString(), out var table) ? table : new Dictionary<string, int>()).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>True for hiragana, katakana (full and half width), kanji and the ideographic iteration marks.</summary>
    public override bool Handles(char c) =>
        c is >= '\u3040' and <= '\u30FF' // hiragana, katakana
            or >= '\u31F0' and <= '\u31FF' // katakana phonetic extensions
            or >= '\u3400' and <= '\u4DBF' // CJK extension A
            or >= '\u4E00' and <= '\u9FFF' // CJK unified ideographs
            or >= '\uF900' and <= '\uFAFF' // CJK compatibility ideographs
            or >= '\uFF66' and <= '\uFF9F' // half-width katakana
            or '\u3005' or '\u3006' or '\u3007'; // 々 〆 〇

    /// <summary>The type of a character as the model knows it: kanji numeral, kanji, hiragana, katakana, Latin, digit or other.</summary>
    public static char CharacterType(char c)
    {
        if ("一二三四五六七八九十百千万億兆".Contains(c)) return 'M';
        if (c is >= '一' and <= '龠' or '々' or '〆' or 'ヵ' or 'ヶ') return 'H';
        if (c is >= 'ぁ' and <= 'ん') return 'I';
        if (c is >= 'ァ' and <= 'ヴ' or 'ー' or >= 'ｱ' and <= 'ﾝ' or 'ﾞ' or 'ｰ') return 'K';
        if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= 'ａ' and <= 'ｚ' or >= 'Ａ' and <= 'Ｚ') return 'A';
        if (c is >= '0' and <= '9' or >= '０' and <= '９') return 'N';
        return 'O';
    }

    /// <inheritdoc/>
    public override void Segment(ReadOnlySpan<char> text, int start, int end, List<int> ends)
    {
        int n = end - start;
        if (n <= 0) return;
        // Symbols: three start markers, the characters, three end markers; markers have type O.
        int length = n + 6;
        Span<char> types = length <= 1024 ? stackalloc char[length] : new char[length];
        for (int i = 0; i < length; i++) types[i] = i < 3 || i >= n + 3 ? 'O' : CharacterType(text[start + i - 3]);
        Span<char> key = stackalloc char[16];
        char p1 = 'U', p2 = 'U', p3 = 'U';
        for (int i = 4; i < n + 3; i++)
        {
            int score = _bias;
            score += Weight(Table.UP1, key, p1) + Weight(Table.UP2, key, p2) + Weight(Table.UP3, key, p3);
            score += Weight(Table.BP1, key, p1, p2) + Weight(Table.BP2, key, p2, p3);
            score += Word(Table.UW1, key, text, start, n, i - 3) + Word(Table.UW2, key, text, start, n, i - 2) + Word(Table.UW3, key, text, start, n, i - 1)
                + Word(Table.UW4, key, text, start, n, i) + Word(Table.UW5, key, text, start, n, i + 1) + Word(Table.UW6, key, text, start, n, i + 2);
            score += Word(Table.BW1, key, text, start, n, i - 2, i - 1) + Word(Table.BW2, key, text, start, n, i - 1, i) + Word(Table.BW3, key, text, start, n, i, i + 1);
            score += Word(Table.TW1, key, text, start, n, i - 3, i - 2, i - 1) + Word(Table.TW2, key, text, start, n, i - 2, i - 1, i)
                + Word(Table.TW3, key, text, start, n, i - 1, i, i + 1) + Word(Table.TW4, key, text, start, n, i, i + 1, i + 2);
            char c1 = types[i - 3], c2 = types[i - 2], c3 = types[i - 1], c4 = types[i], c5 = types[i + 1], c6 = types[i + 2];
            score += Weight(Table.UC1, key, c1) + Weight(Table.UC2, key, c2) + Weight(Table.UC3, key, c3) + Weight(Table.UC4, key, c4) + Weight(Table.UC5, key, c5) + Weight(Table.UC6, key, c6);
            score += Weight(Table.BC1, key, c2, c3) + Weight(Table.BC2, key, c3, c4) + Weight(Table.BC3, key, c4, c5);
            score += Weight(Table.TC1, key, c1, c2, c3) + Weight(Table.TC2, key, c2, c3, c4) + Weight(Table.TC3, key, c3, c4, c5) + Weight(Table.TC4, key, c4, c5, c6);
            score += Weight(Table.UQ1, key, p1, c1) + Weight(Table.UQ2, key, p2, c2) + Weight(Table.UQ3, key, p3, c3);
            score += Weight(Table.BQ1, key, p2, c2, c3) + Weight(Table.BQ2, key, p2, c3, c4) + Weight(Table.BQ3, key, p3, c2, c3) + Weight(Table.BQ4, key, p3, c3, c4);
            score += Weight(Table.TQ1, key, p2, c1, c2, c3) + Weight(Table.TQ2, key, p2, c2, c3, c4) + Weight(Table.TQ3, key, p3, c1, c2, c3) + Weight(Table.TQ4, key, p3, c2, c3, c4);
            char p = 'O';
            // Never between the two halves of a character beyond the basic plane (an emoji, a rare kanji).
            if (score > 0 && !char.IsLowSurrogate(text[start + i - 3]))
            {
                // A word ends before symbol i, the character at i - 3.
                ends.Add(start + i - 3);
                p = 'B';
            }
            p1 = p2;
            p2 = p3;
            p3 = p;
        }
        ends.Add(end);
    }

    private int Lookup(Table table, ReadOnlySpan<char> key) => _tables[(int)table].TryGetValue(key, out int w) ? w : 0;

    private int Weight(Table table, Span<char> key, char a) { key[0] = a; return Lookup(table, key[..1]); }
    private int Weight(Table table, Span<char> key, char a, char b) { key[0] = a; key[1] = b; return Lookup(table, key[..2]); }
    private int Weight(Table table, Span<char> key, char a, char b, char c) { key[0] = a; key[1] = b; key[2] = c; return Lookup(table, key[..3]); }
    private int Weight(Table table, Span<char> key, char a, char b, char c, char d) { key[0] = a; key[1] = b; key[2] = c; key[3] = d; return Lookup(table, key[..4]); }

    // The weight of a sequence of symbols (characters or markers) given by their indexes.
    private int Word(Table table, Span<char> key, ReadOnlySpan<char> text, int start, int n, params ReadOnlySpan<int> symbols)
    {
        int k = 0;
        foreach (int s in symbols) k += Symbol(text, start, n, s, key[k..]);
        return Lookup(table, key[..k]);
    }

    // Writes symbol s: B3 B2 B1 before the text, E1 E2 E3 after it, else a character.
    private static int Symbol(ReadOnlySpan<char> text, int start, int n, int s, Span<char> into)
    {
        if (s < 3) { into[0] = 'B'; into[1] = (char)('3' - s); return 2; }
        if (s >= n + 3) { into[0] = 'E'; into[1] = (char)('1' + s - n - 3); return 2; }
        into[0] = text[start + s - 3];
        return 1;
    }

    /// <summary>The words of a string, punctuation dropped (for tests and lists).</summary>
    public IReadOnlyList<string> Words(string text)
    {
        var state = (List: new List<string>(), Text: text);
        Research.MatchTokens.ForEach(text, 0, text.Length, ref state, static (ref (List<string> List, string Text) st, int s, int e) => st.List.Add(st.Text[s..e]), this);
        return state.List;
    }
}
