using System.Collections.Concurrent;
using Lucene.Net.Tartarus.Snowball;

namespace Copywise.Languages;

/// <summary>
/// Word forms by stem equality with one of Lucene.Net's Snowball stemmers: a token is a form of a keyphrase word when
/// both have the same stem. Stemmers are not thread-safe, so each thread keeps its own; stems are cached (bounded).
/// </summary>
/// <typeparam name="TStemmer">The Snowball stemmer, e.g. <c>Lucene.Net.Tartarus.Snowball.Ext.GermanStemmer</c>.</typeparam>
public sealed class SnowballStemming<TStemmer> where TStemmer : SnowballProgram, new()
{
    private const int StemCacheLimit = 200_000;
    [ThreadStatic] private static TStemmer? t_stemmer;
    // Stems of the words met so far: word frequencies are skewed, so a bounded cache serves most tokens of most texts.
    private static readonly ConcurrentDictionary<string, string> s_stems = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> s_lookup =
        s_stems.GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly int _minimumStem;

    /// <summary>Creates the matcher; stems shorter than <paramref name="minimumStem"/> characters only match the word itself.</summary>
    public SnowballStemming(int minimumStem = 3) => _minimumStem = minimumStem;

    /// <summary>The stem of a lower-case word.</summary>
    public static string Stem(ReadOnlySpan<char> word)
    {
        if (s_lookup.TryGetValue(word, out var cached)) return cached;
        var stemmer = t_stemmer ??= new TStemmer();
        var key = word.ToString();
        stemmer.SetCurrent(key);
        stemmer.Stem();
        var stem = stemmer.Current;
        if (s_stems.Count < StemCacheLimit) s_stems.TryAdd(key, stem);
        return stem;
    }

    /// <summary>True when <paramref name="token"/> has the stem of <paramref name="word"/> (both lower case).</summary>
    public bool IsWordForm(string word, ReadOnlySpan<char> token)
    {
        if (token.SequenceEqual(word)) return true;
        var stem = Stem(word);
        if (stem.Length < _minimumStem || token.Length < stem.Length - 1) return false;
        return Stem(token) == stem;
    }
}
