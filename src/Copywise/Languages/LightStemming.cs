using System.Collections.Concurrent;

namespace Copywise.Languages;

/// <summary>
/// Word forms by stem equality with a light stemmer that works on a character buffer, as Lucene.Net's Indonesian,
/// Arabic and Persian stemmers and normalisers do: a token is a form of a keyphrase word when both reduce to the same
/// stem. The stemmers keep state between calls, so each thread gets its own pipeline; stems are cached (bounded).
/// </summary>
public sealed class LightStemming
{
    /// <summary>Reduces <c>buffer[..length]</c> in place and returns the new length.</summary>
    public delegate int StemFunction(char[] buffer, int length);

    private const int StemCacheLimit = 200_000;
    private const int MaxWordLength = 64;
    private readonly ThreadLocal<StemFunction> _stemmer;
    private readonly ThreadLocal<char[]> _buffer = new(() => new char[MaxWordLength]);
    // Word frequencies are skewed, so a bounded cache serves most tokens of most texts.
    private readonly ConcurrentDictionary<string, string> _stems = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _minimumStem;

    /// <summary>Creates the matcher.</summary>
    /// <param name="create">Creates one thread's stemming pipeline.</param>
    /// <param name="minimumStem">Stems shorter than this many characters only match the word itself.</param>
    public LightStemming(Func<StemFunction> create, int minimumStem = 3)
    {
        _stemmer = new ThreadLocal<StemFunction>(create);
        _lookup = _stems.GetAlternateLookup<ReadOnlySpan<char>>();
        _minimumStem = minimumStem;
    }

    /// <summary>The stem of a lower-case word; words too long for a word are their own stem.</summary>
    public string Stem(ReadOnlySpan<char> word)
    {
        if (_lookup.TryGetValue(word, out var cached)) return cached;
        var key = word.ToString();
        if (word.Length > MaxWordLength) return key;
        var buffer = _buffer.Value!;
        word.CopyTo(buffer);
        int n = _stemmer.Value!(buffer, word.Length);
        var stem = n == word.Length && word.SequenceEqual(buffer.AsSpan(0, n)) ? key : new string(buffer, 0, n);
        if (_stems.Count < StemCacheLimit) _stems.TryAdd(key, stem);
        return stem;
    }

    /// <summary>True when <paramref name="token"/> has the stem of <paramref name="word"/> (both lower case).</summary>
    public bool IsWordForm(string word, ReadOnlySpan<char> token)
    {
        if (token.SequenceEqual(word)) return true;
        var stem = Stem(word);
        if (stem.Length < _minimumStem) return false;
        return Stem(token) == stem;
    }
}
