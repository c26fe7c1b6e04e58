using System.Collections.Concurrent;
using System.Collections.Frozen;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Copywise.Languages;

/// <summary>
/// The forms an English keyphrase word takes in a text: plurals, possessives, verb forms (-s, -ed, -ing, irregular
/// pasts), comparatives of gradable adjectives. Candidates come from spelling rules applied to the word's possible
/// bases; the Snowball (Porter2) stemmer then vetoes every candidate whose stem differs from the word's, so a rule
/// never merges unrelated words ("news" is not a form of "new"). Because candidates only add or strip inflectional
/// endings, the stemmer's own conflations of derived words ("university" and "universe") never match either.
/// Irregular families and comparable adjectives come from data files, where the stemmer cannot help.
/// </summary>
internal sealed class EnglishWordForms
{
    private const int CacheLimit = 20_000;
    private static readonly string[] ComparisonEndings = ["er", "est"];

    [ThreadStatic] private static EnglishStemmer? t_stemmer;

    private readonly FrozenDictionary<string, string[][]> _families;
    private readonly FrozenSet<string> _comparable;
    private readonly ConcurrentDictionary<string, FrozenSet<string>> _cache = new(StringComparer.Ordinal);

    public EnglishWordForms(IEnumerable<string> irregularFamilies, FrozenSet<string> comparableAdjectives)
    {
        var byMember = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var line in irregularFamilies)
        {
            var family = line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (family.Length == 0) continue;
            foreach (var member in family.Distinct())
            {
                if (!byMember.TryGetValue(member, out var list)) byMember[member] = list = [];
                list.Add(family);
            }
        }
        _families = byMember.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _comparable = comparableAdjectives;
    }

    /// <summary>All forms of a lower-case word, the word included.</summary>
    public FrozenSet<string> Forms(string word)
    {
        if (_cache.TryGetValue(word, out var cached)) return cached;
        var forms = Compute(word);
        if (_cache.Count >= CacheLimit) _cache.Clear();
        _cache.TryAdd(word, forms);
        return forms;
    }

    /// <summary>The Porter2 stem of a lower-case word.</summary>
    public static string Stem(string word)
    {
        var stemmer = t_stemmer ??= new EnglishStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }

    private FrozenSet<string> Compute(string word)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal) { word };
        if (word.Length < 2 || !IsWord(word)) return forms.ToFrozenSet(StringComparer.Ordinal);

        string stem = Stem(word);
        var bases = new HashSet<string>(StringComparer.Ordinal) { word };
        foreach (var candidate in Bases(word))
        {
            if (candidate.Length >= 2 && (IsPossessiveOf(word, candidate) || Stem(candidate) == stem))
                bases.Add(candidate);
        }

        foreach (var b in bases)
        {
            foreach (var f in Inflections(b))
                if (Stem(f) == stem) forms.Add(f);
            forms.Add(b);
        }

        // Comparatives: from the adjective itself, or back from a comparative or superlative to its adjective.
        foreach (var adjective in bases.Concat(ComparisonBases(word)).Where(_comparable.Contains).ToArray())
        {
            forms.Add(adjective);
            foreach (var f in Comparisons(adjective)) forms.Add(f);
        }

        // Irregular families: every member, and the regular -s and -ing forms of the family's base.
        foreach (var b in bases.ToArray())
        {
            if (!_families.TryGetValue(b, out var families)) continue;
            foreach (var family in families)
            {
                string baseForm = family[0];
                string baseStem = Stem(baseForm);
                foreach (var member in family) forms.Add(member);
                foreach (var f in Inflections(baseForm))
                    if (!f.EndsWith("ed", StringComparison.Ordinal) && Stem(f) == baseStem) forms.Add(f);
            }
        }

        foreach (var f in forms.ToArray())
        {
            // Possessives of nouns and adjectives used as nouns; verb forms in -ed and -ing rarely take one.
            if (f.Contains('\'') || f != word && (f.EndsWith("ed", StringComparison.Ordinal) || f.EndsWith("ing", StringComparison.Ordinal))) continue;
            forms.Add(f + "'s");
            if (f.EndsWith('s')) forms.Add(f + "'");
        }
        return forms.ToFrozenSet(StringComparer.Ordinal);
    }

    private static bool IsPossessiveOf(string word, string candidate) =>
        word.Length > candidate.Length && word.StartsWith(candidate, StringComparison.Ordinal) && word[candidate.Length] == '\'';

    private static bool IsWord(string word)
    {
        foreach (char c in word)
            if (c is not (>= 'a' and <= 'z') && c != '\'') return false;
        return true;
    }

    /// <summary>What the word may be an inflection of (candidates; the stemmer decides).</summary>
    private static IEnumerable<string> Bases(string w)
    {
        if (w.EndsWith("'s", StringComparison.Ordinal)) { yield return w[..^2]; w = w[..^2]; }
        else if (w.EndsWith('\'')) { yield return w[..^1]; w = w[..^1]; }
        if (w.Length < 3) yield break;
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4) yield return w[..^3] + "y";
        if (w.EndsWith("es", StringComparison.Ordinal)) yield return w[..^2];
        if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal)) yield return w[..^1];
        if (w.EndsWith("ied", StringComparison.Ordinal) && w.Length > 4) yield return w[..^3] + "y";
        if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 3)
        {
            var stripped = w[..^2];
            yield return stripped;
            yield return w[..^1];
            if (IsDoubled(stripped)) yield return stripped[..^1];
        }
        if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 4)
        {
            var stripped = w[..^3];
            yield return stripped;
            yield return stripped + "e";
            if (IsDoubled(stripped)) yield return stripped[..^1];
            if (stripped.EndsWith('y') && w.Length > 5) yield return stripped[..^1] + "ie"; // lying → lie
        }
    }

    /// <summary>The adjective a comparative or superlative may come from.</summary>
    private static IEnumerable<string> ComparisonBases(string w)
    {
        foreach (var ending in ComparisonEndings)
        {
            if (!w.EndsWith(ending, StringComparison.Ordinal) || w.Length <= ending.Length + 2) continue;
            var stripped = w[..^ending.Length];
            yield return stripped;
            yield return stripped + "e";
            if (stripped.EndsWith('i')) yield return stripped[..^1] + "y";
            if (IsDoubled(stripped)) yield return stripped[..^1];
        }
    }

    /// <summary>Regular inflections of a base: -s, -es, -ies, -ed, -d, -ied, -ing, with doubled consonants and dropped e.</summary>
    private static IEnumerable<string> Inflections(string b)
    {
        char last = b[^1];
        bool consonantY = last == 'y' && b.Length > 1 && !IsVowel(b[^2]);
        if (!consonantY) yield return b + "s";
        if (last is 's' or 'x' or 'z' or 'o' || b.EndsWith("ch", StringComparison.Ordinal) || b.EndsWith("sh", StringComparison.Ordinal))
            yield return b + "es";
        if (last == 'e')
        {
            yield return b + "d";
            // "bike" → "biking", but "agree" → "agreeing", "hoe" → "hoeing"; "lie" → "lying".
            if (b.EndsWith("ie", StringComparison.Ordinal)) yield return b[..^2] + "ying";
            else if (b.Length > 2 && IsVowel(b[^2])) yield return b + "ing";
            else yield return b[..^1] + "ing";
        }
        else
        {
            yield return b + "ed";
            yield return b + "ing";
        }
        if (consonantY)
        {
            yield return b[..^1] + "ies";
            yield return b[..^1] + "ied";
        }
        if (EndsConsonantVowelConsonant(b))
        {
            yield return b + last + "ed";
            yield return b + last + "ing";
        }
    }

    private static IEnumerable<string> Comparisons(string adjective)
    {
        char last = adjective[^1];
        if (last == 'e') { yield return adjective + "r"; yield return adjective + "st"; yield break; }
        if (last == 'y' && adjective.Length > 1 && !IsVowel(adjective[^2]))
        {
            yield return adjective[..^1] + "ier";
            yield return adjective[..^1] + "iest";
            yield break;
        }
        yield return adjective + "er";
        yield return adjective + "est";
        if (EndsConsonantVowelConsonant(adjective))
        {
            yield return adjective + last + "er";
            yield return adjective + last + "est";
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool IsDoubled(string s) =>
        s.Length >= 3 && s[^1] == s[^2] && !IsVowel(s[^1]);

    // "stop", "big", "run": a final consonant after a single vowel is doubled before -ed, -ing, -er.
    private static bool EndsConsonantVowelConsonant(string s) =>
        s.Length >= 3 && !IsVowel(s[^1]) && s[^1] is not ('w' or 'x' or 'y') && IsVowel(s[^2]) && !IsVowel(s[^3]);
}
