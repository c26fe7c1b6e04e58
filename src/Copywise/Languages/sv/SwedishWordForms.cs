using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Copywise.Languages;

/// <summary>
/// The inflected forms of a Swedish keyphrase word where the Snowball stemmer falls short: nouns with their definite
/// forms, plurals and genitives ("hus" → "huset", "husen"; "flicka" → "flickan", "flickor"; "tiger" → "tigern",
/// "tigrar"), adjectives with their -t, -a and compared forms ("vacker" → "vackert", "vackra", "vackrare"), verbs of
/// the first conjugation by rule ("kasta" → "kastar", "kastade", "kastat") and of the other conjugations from the verb
/// list ("skriva" → "skriver", "skrev", "skrivit", "skriven"), and the irregular families of
/// <c>irregular-forms.txt</c> ("bok" → "böcker", "stor" → "större"). Forms that are not words are made too; they
/// match nothing.
/// </summary>
public sealed class SwedishWordForms
{
    private const int CacheLimit = 10_000;
    private readonly Dictionary<string, string[]> _families = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _verbs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FrozenSet<string>> _cache = new(StringComparer.Ordinal);

    /// <summary>Builds the forms from the irregular families and the verb list (infinitive, or infinitive, past, supine).</summary>
    public SwedishWordForms(IEnumerable<string> irregularFamilies, IEnumerable<string> verbs)
    {
        foreach (var line in irregularFamilies)
        {
            var family = line.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var member in family) _families.TryAdd(member, family);
        }
        foreach (var line in verbs)
        {
            var parts = line.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length is 1 or 3) _verbs.TryAdd(parts[0], parts);
        }
    }

    /// <summary>The word and its inflected forms (lower case).</summary>
    public FrozenSet<string> Forms(string word)
    {
        word = word.ToLowerInvariant();
        if (_cache.TryGetValue(word, out var cached)) return cached;
        var forms = new HashSet<string>(StringComparer.Ordinal) { word };
        if (word.Length >= 2 && word.All(char.IsLetter))
        {
            if (_families.TryGetValue(word, out var family))
            {
                foreach (var member in family) forms.UnionWith([member, member + "s"]);
            }
            else if (_verbs.TryGetValue(word, out var verb)) forms.UnionWith(ListedVerbForms(verb));
            else
            {
                forms.UnionWith(NounAndAdjectiveForms(word));
                if (word.EndsWith('a') && word.Length >= 4) forms.UnionWith(FirstConjugation(word));
            }
        }
        var set = forms.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        if (_cache.Count < CacheLimit) _cache.TryAdd(word, set);
        return set;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'å' or 'ä' or 'ö';

    // Nouns: indefinite, definite, plural and definite plural, each also with the genitive -s. Adjectives: -t, -a,
    // -are, -ast, -aste. A word in -el, -en, -er loses its e before a vowel ending ("tiger" → "tigrar", "vacker" →
    // "vackra"); a word in -a drops it before -or ("flicka" → "flickor").
    private static IEnumerable<string> NounAndAdjectiveForms(string w)
    {
        var forms = new List<string>();
        if (w[^1] == 'a')
        {
            var stem = w[..^1];
            forms.AddRange([w + "n", stem + "or", stem + "orna", w + "s", w + "ns", stem + "ors", stem + "ornas"]);
            return forms;
        }
        if (IsVowel(w[^1]))
        {
            // "ko" → "kon", "kor", "korna"; "bi" → "biet", "bin".
            forms.AddRange([w + "n", w + "t", w + "r", w + "rna", w + "s", w + "ns", w + "ts", w + "rs", w + "na", w + "en"]);
            return forms;
        }
        bool syncope = w.Length >= 4 && (w.EndsWith("el") || w.EndsWith("er") || w.EndsWith("en")) && !IsVowel(w[^3]);
        string v = syncope ? w[..^2] + w[^1] : w;
        string definite = syncope ? w + "n" : w + "en";
        forms.AddRange([definite, w + "et", w + "en", v + "ar", v + "or", v + "er", w + "er", v + "arna", v + "orna", v + "erna", w + "erna", w + "na", w + "n"]);
        forms.AddRange([w + "t", v + "a", v + "are", v + "ast", v + "aste", v + "e"]);
        forms.AddRange(forms.ToArray().Select(f => f + "s"));
        forms.Add(w + "s");
        return forms;
    }

    // "kasta" → "kastar", "kastade", "kastat", "kastad", "kastande", and the s-forms.
    private static IEnumerable<string> FirstConjugation(string w) =>
        [w + "r", w + "de", w + "t", w + "d", w + "nde", w + "s", w + "des", w + "ts", w + "ts", w + "da"];

    private static IEnumerable<string> ListedVerbForms(string[] verb)
    {
        string infinitive = verb[0];
        if (verb.Length == 3)
        {
            // Strong or irregular: "skriva, skrev, skrivit" → "skriver", "skrivs", "skrevs", "skriven", "skrivet", "skrivna".
            string past = verb[1], supine = verb[2];
            string stem = infinitive.EndsWith('a') && infinitive.Length > 2 ? infinitive[..^1] : infinitive;
            string present = infinitive.EndsWith('a') && infinitive.Length > 2 ? (stem.EndsWith('r') ? stem : stem + "er") : infinitive + "r";
            var forms = new List<string> { infinitive, present, past, supine, stem + "s", infinitive + "s", past + "s", supine + "s", infinitive + "nde" };
            if (supine.EndsWith("it")) forms.AddRange([supine[..^2] + "en", supine[..^2] + "et", supine[..^2] + "na"]);
            return forms;
        }
        if (!infinitive.EndsWith('a'))
        {
            // Third conjugation: "tro" → "tror", "trodde", "trott", "trodd".
            return [infinitive, infinitive + "r", infinitive + "dde", infinitive + "tt", infinitive + "dd", infinitive + "s", infinitive + "ddes"];
        }
        // Second conjugation: "bygga" → "bygger", "byggde", "byggt", "byggd", "byggda"; "köpa" → "köpte", "köpt".
        var s = infinitive[..^1];
        var shortStem = s.Length > 2 && s[^1] == s[^2] && !IsVowel(s[^1]) ? s[..^1] : s;
        bool voiceless = shortStem[^1] is 'k' or 'p' or 's' or 't' or 'x';
        string pastWeak = shortStem + (voiceless ? "te" : "de");
        string participle = shortStem + (voiceless ? "t" : "d");
        string supineWeak = shortStem.EndsWith('d') ? shortStem[..^1] + "t" : shortStem + "t";
        return [infinitive, s.EndsWith('r') ? s : s + "er", pastWeak, supineWeak, participle, participle + "a", s + "s", infinitive + "s", pastWeak + "s", supineWeak + "s", infinitive + "nde"];
    }
}
