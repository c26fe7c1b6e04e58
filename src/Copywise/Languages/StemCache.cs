using System.Collections.Concurrent;

namespace Copywise.Languages;

/// <summary>
/// A bounded, thread-safe cache of the stems a rule-based stemmer computes: word forms ask for the stem of every distinct
/// token of a text once per keyphrase word, and word frequencies are skewed.
/// </summary>
internal sealed class StemCache(Func<string, string> stem)
{
    private const int Limit = 200_000;
    private readonly ConcurrentDictionary<string, string> _stems = new(StringComparer.Ordinal);

    /// <summary>The stem of a lower-case word.</summary>
    public string Stem(ReadOnlySpan<char> word)
    {
        var lookup = _stems.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var cached)) return cached;
        var key = word.ToString();
        var value = stem(key);
        if (_stems.Count < Limit) _stems.TryAdd(key, value);
        return value;
    }
}
