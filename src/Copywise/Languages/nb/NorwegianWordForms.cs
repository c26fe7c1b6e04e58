using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Copywise.Languages;

/// <summary>
/// The inflected forms of a Norwegian (Bokmål) keyphrase word where the Snowball stemmer falls short: nouns with their
/// definite forms, plurals and genitives in all three genders ("bil" → "bilen", "biler", "bilene"; "hus" → "huset";
/// "jente" → "jenta", "jenter"; "sykkel" → "sykler"), adjectives with -t, -e and compared forms ("fin" → "fint", "fine", "finere", "finest"),
/// the verbs of <c>verbs.txt</c> with their present, past, participles and s-passive ("skrive" → "skriver", "skrev",
/// "skrevet", "skrives"), and the families of <c>irregular-forms.txt</c> ("bok" → "bøker", "stor" → "større"). Forms
/// that are not words are made too; they match nothing.
/// </summary>
public sealed class NorwegianWordForms
{
    private const int CacheLimit = 10_000;
    private readonly Dictionary<string, string[]> _families = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _verbs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FrozenSet<string>> _cache = new(StringComparer.Ordinal);

    /// <summary>Builds the forms from the irregular families and the verb lines (infinitive, past, participles).</summary>
    public NorwegianWordForms(IEnumerable<string> irregularFamilies, IEnumerable<string> verbs)
    {
        foreach (var line in irregularFamilies)
        {
            var family = line.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var member in family) _families.TryAdd(member, family);
        }
        foreach (var line in verbs)
        {
            var parts = line.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 3) continue;
            // The infinitive, present, participles and s-form find the whole verb ("skrevet" → "skrive"); past forms
            // do not, as many are nouns too ("bar" of "bære", "fant" of "finne").
            foreach (var form in VerbForms(parts).Where(f => f != parts[1])) _verbs.TryAdd(form, parts);
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
            else if (_verbs.TryGetValue(word, out var verb)) forms.UnionWith(VerbForms(verb));
            else forms.UnionWith(NounAndAdjectiveForms(word));
        }
        var set = forms.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        if (_cache.Count < CacheLimit) _cache.TryAdd(word, set);
        return set;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'æ' or 'ø' or 'å';

    // Infinitive, present (+r), past, participles and their declined forms, s-passive, present participle.
    private static IEnumerable<string> VerbForms(string[] parts)
    {
        string infinitive = parts[0], past = parts[1];
        var forms = new List<string> { infinitive, infinitive + "r", past, infinitive + "s", infinitive + "nde" };
        if (infinitive == "gjøre") forms.Add("gjør");
        foreach (var participle in parts.Skip(2))
        {
            forms.Add(participle);
            forms.Add(participle.EndsWith("et") ? participle[..^2] + "ede" : participle + "e");
            if (participle.EndsWith("et") && past != participle) forms.Add(participle[..^2] + "ne");
        }
        return forms;
    }

    // Nouns: definite singular (-en, -a, -et), plural (-er, -e), definite plural (-ene, -a), each with the genitive -s.
    // Adjectives: -t, -e, -ere, -est, -este. A word in -el, -en, -er loses its e before a vowel ending ("sykkel" →
    // "sykler"); a word in -e only adds the consonants ("jente" → "jenta", "jenter", "jentene").
    private static IEnumerable<string> NounAndAdjectiveForms(string w)
    {
        var forms = new List<string>();
        if (w[^1] == 'e')
        {
            var stem = w[..^1];
            forms.AddRange([w + "n", stem + "a", w + "t", w + "r", w + "ne", stem + "ere", stem + "est", stem + "este"]);
        }
        else if (IsVowel(w[^1]))
        {
            forms.AddRange([w + "en", w + "a", w + "et", w + "er", w + "ene", w + "t", w + "e"]);
        }
        else
        {
            bool syncope = w.Length >= 5 && (w.EndsWith("el") || w.EndsWith("er") || w.EndsWith("en")) && !IsVowel(w[^3]);
            string v = syncope ? w[..^2] + w[^1] : w;
            // A double consonant before the dropped e is single ("sykkel" → "sykler", "nøkkel" → "nøkler").
            if (syncope && v.Length >= 4 && v[^2] == v[^3] && !IsVowel(v[^2])) v = v[..^3] + v[^2] + v[^1];
            // A short vowel doubles the final consonant before an ending ("katt" already has two; "ting" does not need it).
            string d = !syncope && w.Length >= 3 && IsVowel(w[^2]) && !IsVowel(w[^3]) && w[^1] is 'm' or 'n' or 'l' or 'p' or 't' or 'k' or 's' ? w + w[^1] : w;
            forms.AddRange([w + "en", w + "a", w + "et", v + "er", v + "ene", v + "a", w + "ene", d + "en", d + "er", d + "ene", d + "e"]);
            forms.AddRange([w + "t", v + "e", v + "ere", v + "est", v + "este", w + "ere", w + "est", w + "este"]);
        }
        forms.AddRange(forms.ToArray().Select(f => f + "s"));
        forms.Add(w + "s");
        return forms;
    }
}
