using System.Collections.Concurrent;
using System.Text;
using Lucene.Net.Analysis.El;

namespace Copywise.Languages;

/// <summary>
/// Greek spelling normalised for comparison (lower case, no accents or diaeresis, final sigma as σ) and word forms by
/// Lucene.Net's Greek stemmer (Ntais's algorithm), which works on such normalised words: a token is a form of a
/// keyphrase word when both have the same stem of at least three letters (a final vowel of the stem aside).
/// </summary>
public static class GreekWords
{
    private const int StemCacheLimit = 200_000;
    private const int MinimumStem = 3;
    [ThreadStatic] private static GreekStemmer? t_stemmer;
    private static readonly ConcurrentDictionary<string, string> s_stems = new(StringComparer.Ordinal);

    /// <summary>Lower case without accents, diaeresis or final sigma: "Πόλεις" and "πολεισ" compare equal.</summary>
    /// <remarks>
    /// The accented Greek letters are mapped one by one rather than through Unicode decomposition, which needs ICU: the
    /// command and the service run without it (invariant globalization), and must read Greek exactly as the library does
    /// everywhere else.
    /// </remarks>
    public static string Normalize(ReadOnlySpan<char> word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (char upper in word)
        {
            char c = char.ToLowerInvariant(upper);
            // Combining accents typed after a letter (α + ◌́) are dropped, as the precomposed accents are.
            if (c is >= '\u0300' and <= '\u036F') continue;
            sb.Append(c switch
            {
                'ά' or 'ἀ' or 'ἁ' or 'ὰ' or 'ᾶ' => 'α',
                'έ' or 'ἐ' or 'ἑ' or 'ὲ' => 'ε',
                'ή' or 'ἠ' or 'ἡ' or 'ὴ' or 'ῆ' => 'η',
                'ί' or 'ϊ' or 'ΐ' or 'ἰ' or 'ἱ' or 'ὶ' or 'ῖ' => 'ι',
                'ό' or 'ὀ' or 'ὁ' or 'ὸ' => 'ο',
                'ύ' or 'ϋ' or 'ΰ' or 'ὐ' or 'ὑ' or 'ὺ' or 'ῦ' => 'υ',
                'ώ' or 'ὠ' or 'ὡ' or 'ὼ' or 'ῶ' => 'ω',
                'ς' => 'σ',
                _ => c,
            });
        }
        return sb.ToString();
    }

    /// <summary>The stem of a word (any case and accents).</summary>
    public static string Stem(ReadOnlySpan<char> word)
    {
        var normalized = Normalize(word);
        if (s_stems.TryGetValue(normalized, out var cached)) return cached;
        var stemmer = t_stemmer ??= new GreekStemmer();
        var chars = normalized.ToCharArray();
        int n = stemmer.Stem(chars, chars.Length);
        var stem = new string(chars, 0, n);
        if (s_stems.Count < StemCacheLimit) s_stems.TryAdd(normalized, stem);
        return stem;
    }

    /// <summary>True when <paramref name="token"/> is a form of the keyphrase word <paramref name="word"/>.</summary>
    public static bool IsWordForm(string word, ReadOnlySpan<char> token)
    {
        if (token.SequenceEqual(word)) return true;
        var stem = Canonical(Stem(word));
        if (stem.Length < MinimumStem || token.Length < stem.Length) return false;
        return Canonical(Stem(token)) == stem;
    }

    // The stemmer keeps a final vowel in some forms and not in others of the same noun (βιβλίο → βιβλι, βιβλία →
    // βιβλ; μαθήματα → μαθημα, μάθημα → μαθημ): a last vowel after at least three letters is dropped before comparing.
    private static string Canonical(string stem) =>
        stem.Length > MinimumStem && stem[^1] is 'α' or 'ε' or 'η' or 'ι' or 'ο' or 'υ' or 'ω' ? stem[..^1] : stem;
}
