using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Copywise.Languages;

/// <summary>
/// Filipino (Tagalog): data files under <c>Languages/fil</c> (function words, transition words, sentence-beginning
/// exceptions, abbreviations), the default sentence length of 20 words, and word forms by affix and reduplication
/// rules of our own (<see cref="FilipinoWordForms"/>). The reference has no Filipino; there is no passive check
/// (Filipino marks the focus of a sentence, not a passive voice) and no Flesch formula.
/// </summary>
public class Filipino : DataLanguage
{
    /// <summary>The one instance for the code <c>fil</c>.</summary>
    public static readonly Filipino Instance = new();

    /// <summary>Creates the language; the data files are always those of <c>fil</c>.</summary>
    protected Filipino() : base("fil") { }

    /// <inheritdoc/>
    public override string Code => "fil";
    /// <inheritdoc/>
    public override string Name => "Filipino";

    /// <inheritdoc/>
    public override bool MatchesByStem => true;
    /// <inheritdoc/>
    public override bool IsWordForm(string word, ReadOnlySpan<char> token) => FilipinoWordForms.IsWordForm(word, token);
}

/// <summary>Tagalog (<c>tl</c>): the same language and rules as <see cref="Filipino"/>, registered for <c>tl_*</c> locales.</summary>
public sealed class Tagalog : Filipino
{
    /// <summary>The one instance for the code <c>tl</c>.</summary>
    public static new readonly Tagalog Instance = new();

    private Tagalog() { }

    /// <inheritdoc/>
    public override string Code => "tl";
    /// <inheritdoc/>
    public override string Name => "Tagalog";
}

/// <summary>
/// Filipino word forms by rules of our own. A word is reduced to the roots it may come from by undoing, in any order
/// and up to five steps: a prefix (mag-, nag-, pag-, ma-, na-, pa-, ka-, i-, maka-, naka-, makipag-, pinag-, ipa-, mang-
/// and its assimilated forms man-/mam-, taga-, pinaka-, ...); a suffix (-in, -hin, -an, -han, -nin, -nan) with the vowel
/// and the sound changes it causes (inumin → inom, lakaran → lakad, bigyan → bigay, sundin → sunod, dalhin → dala); the infixes -um- and -in- after the first
/// consonant (sumulat, sinulat → sulat) or as a prefix before a vowel (umalis → alis); reduplication of the first
/// syllable (susulat → sulat, kakain → kain, aalis → alis); the first consonant a nasal prefix replaced (manulat →
/// sulat, mamili → pili or bili, mangisda → isda); the linker -ng after a vowel (magandang → maganda) and the
/// contracted 't and 'y (kaya't, siya'y). Full reduplication (araw-araw) is two words, as hyphens separate words. A
/// text word is a form of a keyphrase word when the keyphrase word is one of its roots, or the two share a root of four
/// letters or more.
/// </summary>
public static class FilipinoWordForms
{
    private const int MaxSteps = 5;
    private const int MinimumRoot = 3;
    private const int MinimumShared = 4;
    private const int CacheLimit = 100_000;
    private static readonly ConcurrentDictionary<string, FrozenSet<string>> Cache = new(StringComparer.Ordinal);

    // Longest first, so that the most specific prefix is tried first (all are tried).
    private static readonly string[] Prefixes =
    [
        "pakikipag", "makipag", "nakipag", "pakiki", "makapag", "nakapag", "ipinag", "magpaka", "nagpaka", "pinaka",
        "napaka", "kasing", "magsi", "nagsi", "ikina", "magpa", "nagpa", "pagka", "pinag", "mapa", "napa", "maka",
        "naka", "paka", "ipag", "taga", "pina", "kina", "paki", "mang", "nang", "pang", "sang", "sing", "mag", "nag",
        "pag", "ipa", "ika", "mai", "nai", "man", "nan", "pan", "mam", "nam", "pam", "san", "sin", "tag", "ma", "na",
        "pa", "ka", "um", "in", "ni", "i",
    ];

    private static readonly string[] Suffixes = ["hin", "han", "nin", "nan", "in", "an"];

    /// <summary>True when <paramref name="token"/> is a form of the keyphrase word <paramref name="word"/> (both lower case).</summary>
    public static bool IsWordForm(string word, ReadOnlySpan<char> token)
    {
        if (token.SequenceEqual(word)) return true;
        var tokenRoots = Roots(token.ToString());
        if (tokenRoots.Contains(word)) return true;
        var wordRoots = Roots(word);
        foreach (var r in wordRoots)
        {
            if (r.Length >= MinimumShared && tokenRoots.Contains(r)) return true;
        }
        return false;
    }

    /// <summary>The word and every root it may come from under the rules (lower case).</summary>
    public static FrozenSet<string> Roots(string word)
    {
        if (Cache.TryGetValue(word, out var cached)) return cached;
        var roots = new HashSet<string>(StringComparer.Ordinal);
        var afterNasalSeen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<(string Form, int Steps, bool AfterNasal)>();
        void Add(string form, int steps, bool afterNasal)
        {
            if (form.Length < MinimumRoot || !HasVowel(form)) return;
            // A form reached again right after ma-, na- or pa- is explored again: the nasal rule applies to it there.
            bool isNew = roots.Add(form);
            bool newlyAfterNasal = afterNasal && afterNasalSeen.Add(form);
            if ((isNew || newlyAfterNasal) && steps < MaxSteps) queue.Enqueue((form, steps, afterNasal));
        }
        Add(Clean(word), 0, false);
        while (queue.Count > 0)
        {
            var (w, steps, afterNasal) = queue.Dequeue();
            int next = steps + 1;
            // Linker -ng after a vowel: magandang → maganda.
            if (w.Length > 4 && w.EndsWith("ng", StringComparison.Ordinal) && IsVowel(w[^3])) Add(w[..^2], next, afterNasal);
            foreach (var s in Suffixes)
            {
                if (w.Length - s.Length < MinimumRoot || !w.EndsWith(s, StringComparison.Ordinal)) continue;
                var stem = w[..^s.Length];
                Add(stem, next, afterNasal);
                // The last vowel o becomes u before a suffix (inom → inumin, tulong → tulungan), d becomes r between
                // vowels (lakad → lakaran), and the last vowel may drop out (bigay → bigyan, sunod → sundin).
                int last = stem.AsSpan().LastIndexOfAny("aeiou");
                if (last >= 0 && stem[last] == 'u') Add(string.Concat(stem.AsSpan(0, last), "o", stem.AsSpan(last + 1)), next, afterNasal);
                if (stem.EndsWith('r')) Add(stem[..^1] + "d", next, afterNasal);
                if (stem.Length >= 3 && !IsVowel(stem[^1]) && !IsVowel(stem[^2]) && !stem.EndsWith("ng", StringComparison.Ordinal))
                {
                    foreach (var v in "aiou") Add(string.Concat(stem.AsSpan(0, stem.Length - 1), v.ToString(), stem.AsSpan(stem.Length - 1)), next, afterNasal);
                }
                // -hin and -han follow a vowel; before a consonant that vowel dropped out (dala → dalhin).
                if (s[0] == 'h' && !IsVowel(stem[^1]))
                {
                    foreach (var v in "aiou") Add(stem + v, next, afterNasal);
                }
            }
            foreach (var p in Prefixes)
            {
                if (w.Length - p.Length < MinimumRoot || !w.StartsWith(p, StringComparison.Ordinal)) continue;
                var rest = w[p.Length..];
                // A hyphen after a prefix before a vowel or a name (mag-aral, pag-asa, taga-Maynila).
                if (rest.StartsWith('-')) rest = rest[1..];
                Add(rest, next, p is "ma" or "na" or "pa" or "pama" or "pana");
                // A nasal prefix replaces the root's first consonant: mang- for k (manguha → kuha), man- for t, s, d
                // (manulat → sulat), mam- for p, b (mamili → pili, bili).
                if (p.EndsWith("ng", StringComparison.Ordinal) && rest.Length > 0 && IsVowel(rest[0])) Add("k" + rest, next, false);
                else if (p.EndsWith('n') && p.Length >= 3 && rest.Length > 0 && IsVowel(rest[0])) { Add("t" + rest, next, false); Add("s" + rest, next, false); Add("d" + rest, next, false); }
                else if (p.EndsWith('m') && p.Length >= 3 && rest.Length > 0 && IsVowel(rest[0])) { Add("p" + rest, next, false); Add("b" + rest, next, false); }
            }
            // After ma-, na-, pa-, a root may start with the nasal that stands for its first consonant and its
            // reduplicated syllable: ma-nu-nulat → nulat → sulat.
            if (afterNasal && w.Length > 3)
            {
                if (w.StartsWith("ng", StringComparison.Ordinal) && IsVowel(w[2])) Add("k" + w[2..], next, false);
                else if (w[0] == 'n' && IsVowel(w[1])) { Add("t" + w[1..], next, false); Add("s" + w[1..], next, false); Add("d" + w[1..], next, false); }
                else if (w[0] == 'm' && IsVowel(w[1])) { Add("p" + w[1..], next, false); Add("b" + w[1..], next, false); }
            }
            // Infixes -um- and -in- after the first consonant: sumulat, sinulat → sulat.
            if (w.Length > 4 && !IsVowel(w[0]) && (w.AsSpan(1).StartsWith("um") || w.AsSpan(1).StartsWith("in")))
            {
                Add(w[0] + w[3..], next, afterNasal);
            }
            // Reduplicated first syllable: susulat → sulat, kakain → kain, aalis → alis, babasahin → basahin.
            if (w.Length > 4)
            {
                if (IsVowel(w[0]) && w[1] == w[0]) Add(w[1..], next, afterNasal);
                else if (!IsVowel(w[0]) && IsVowel(w[1]) && w[2] == w[0] && w[3] == w[1]) Add(w[2..], next, afterNasal);
            }
        }
        var set = roots.ToFrozenSet(StringComparer.Ordinal);
        if (Cache.Count < CacheLimit) Cache.TryAdd(word, set);
        return set;
    }

    // The contracted 't (at) and 'y (ay) after an apostrophe are other words: kaya't, siya'y.
    private static string Clean(string word)
    {
        int apostrophe = word.IndexOf('\'');
        return apostrophe > 0 && word.Length - apostrophe == 2 && word[^1] is 't' or 'y' ? word[..apostrophe] : word;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool HasVowel(string w)
    {
        foreach (char c in w) if (IsVowel(c)) return true;
        return false;
    }
}
