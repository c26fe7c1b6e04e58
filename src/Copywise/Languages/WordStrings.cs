using Copywise.Research;

namespace Copywise.Languages;

/// <summary>
/// Normalized words as strings, shared through a small cache per thread. The passive-voice rules of most languages
/// read a sentence's words as strings to look them up in their lists; a text repeats its words (auxiliaries, articles,
/// its topic), so most words find the string made for them before, in this text or an earlier one.
/// </summary>
/// <remarks>
/// A direct-mapped table of 4,096 strings of at most 32 characters per thread (under 300 KB): a slot holds the last
/// word that hashed to it, so memory stays bounded whatever the texts.
/// </remarks>
internal static class WordStrings
{
    private const int Size = 4096;
    private const int MaxLength = 32;
    [ThreadStatic] private static string?[]? t_table;

    /// <summary>The word as a string: the cached one when it holds the same characters, else a new one that is cached.</summary>
    public static string Get(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return "";
        if (word.Length > MaxLength) return word.ToString();
        var table = t_table ??= new string?[Size];
        int slot = Slot(word);
        var cached = table[slot];
        if (cached is not null && word.SequenceEqual(cached)) return cached;
        return table[slot] = word.ToString();
    }

    /// <summary>The word normalized as match text (<see cref="MatchTokens.Normalize(ReadOnlySpan{char}, Span{char}, bool)"/>), as a shared string.</summary>
    public static string Normalized(ReadOnlySpan<char> raw, bool turkic = false)
    {
        if (raw.Length > WordScan.MaxWord) return MatchTokens.Normalize(raw.ToString(), turkic);
        Span<char> buffer = stackalloc char[WordScan.MaxWord];
        return Get(buffer[..MatchTokens.Normalize(raw, buffer, turkic)]);
    }

    // FNV-1a over the characters, folded to the table's size.
    private static int Slot(ReadOnlySpan<char> word)
    {
        uint hash = 2166136261;
        foreach (char c in word) hash = (hash ^ c) * 16777619;
        return (int)((hash ^ (hash >> 15)) & (Size - 1));
    }
}
