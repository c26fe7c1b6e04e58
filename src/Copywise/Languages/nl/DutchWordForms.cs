using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Copywise.Languages;

/// <summary>
/// The verb forms of a Dutch keyphrase word, which the Snowball stemmer leaves apart ("werken", "werkt", "gewerkt"):
/// for an infinitive, its present, past and participles by the weak conjugation — the stem with its spelling restored
/// ("maken" → "maak", "zetten" → "zet", "leven" → "leef"), -te/-ten or -de/-den and -t or -d by the "'t kofschip"
/// rule — or, for a listed strong or irregular verb, its principal parts ("lopen", "liep", "gelopen"). A separable
/// prefix stays on every form that is written as one word ("opgebouwd"). Other words get the plural, diminutive,
/// declined and compared forms the stemmer misses because of spelling changes ("huis" → "huizen", "groot" → "grote",
/// "groter"; "kat" → "katten", "katje"), and the listed irregular plurals ("kind" → "kinderen", "dag" → "dagen").
/// </summary>
public sealed class DutchWordForms
{
    private const int CacheLimit = 10_000;
    private static readonly string[] Inseparable = ["be", "er", "ge", "her", "ont", "ver", "onder", "over", "door", "mis", "vol"];
    private static readonly string[] Separable =
    [
        "aan", "af", "bij", "door", "in", "los", "mee", "na", "neer", "om", "op", "over", "samen", "tegen", "terug",
        "toe", "uit", "vast", "voor", "weg",
    ];

    private readonly Dictionary<string, string[]> _strong = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _infinitiveOfParticiple = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _irregularPlurals = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FrozenSet<string>> _cache = new(StringComparer.Ordinal);

    /// <summary>
    /// Builds the forms from the strong-verb table (infinitive, past singular, past plural, participle) and the irregular
    /// plurals (singular, plural).
    /// </summary>
    public DutchWordForms(IEnumerable<string> strongVerbs, IEnumerable<string> irregularPlurals)
    {
        foreach (var line in irregularPlurals)
        {
            var pair = line.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (pair.Length != 2) continue;
            _irregularPlurals.TryAdd(pair[0], pair);
            _irregularPlurals.TryAdd(pair[1], pair);
        }
        foreach (var line in strongVerbs)
        {
            var parts = line.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 4) continue;
            _strong[parts[0]] = parts;
            _infinitiveOfParticiple.TryAdd(parts[3], parts[0]);
        }
    }

    /// <summary>The word and, when it is a verb, its inflected forms (lower case).</summary>
    public FrozenSet<string> Forms(string word)
    {
        word = word.ToLowerInvariant();
        if (_cache.TryGetValue(word, out var cached)) return cached;
        var forms = new HashSet<string>(StringComparer.Ordinal) { word };
        forms.UnionWith(VerbForms(word));
        var set = forms.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        if (_cache.Count < CacheLimit) _cache.TryAdd(word, set);
        return set;
    }

    private IEnumerable<string> VerbForms(string word)
    {
        if (_strong.TryGetValue(word, out var parts)) return StrongForms(parts, "");
        if (_infinitiveOfParticiple.TryGetValue(word, out var infinitive)) return StrongForms(_strong[infinitive], "");
        foreach (var prefix in Separable)
        {
            if (word.Length > prefix.Length + 3 && word.StartsWith(prefix, StringComparison.Ordinal)
                && _strong.TryGetValue(word[prefix.Length..], out var baseVerb)) return StrongForms(baseVerb, prefix);
        }
        if (_irregularPlurals.TryGetValue(word, out var pair)) return [pair[0], pair[1], .. Diminutives(pair[0])];
        if (!IsInfinitive(word)) return NounAndAdjectiveForms(word);
        foreach (var prefix in Separable)
        {
            if (word.Length > prefix.Length + 4 && word.StartsWith(prefix, StringComparison.Ordinal)
                && !Inseparable.Any(p => p.Length > prefix.Length && word.StartsWith(p, StringComparison.Ordinal)))
            {
                return WeakForms(word[prefix.Length..], prefix);
            }
        }
        return WeakForms(word, "");
    }

    private static bool IsInfinitive(string w) => w.Length >= 5 && w.EndsWith("en", StringComparison.Ordinal);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>The stem of an infinitive: "werken" → "werk", "maken" → "maak", "zetten" → "zet", "leven" → "leef", "gaan" → "ga".</summary>
    public static string Stem(string infinitive)
    {
        // The short infinitives: "gaan" → "ga", "zien" → "zie", "doen" → "doe".
        if (infinitive.EndsWith("aan", StringComparison.Ordinal)) return infinitive[..^2];
        if (infinitive.EndsWith("ien", StringComparison.Ordinal) || infinitive.EndsWith("oen", StringComparison.Ordinal)) return infinitive[..^1];
        var r = infinitive[..^2];
        if (r.Length < 2) return r;
        if (r[^1] == r[^2] && !IsVowel(r[^1])) r = r[..^1];
        else if (!IsVowel(r[^1]) && IsVowel(r[^2]) && (r.Length < 3 || !IsVowel(r[^3])) && r[^2] != 'i' && OneSyllable(WithoutPrefix(r)))
        {
            // An open syllable in the infinitive is long: "ma-ken" → "maak", "lo-pen" → "loop".
            r = r[..^1] + r[^2] + r[^1];
        }
        if (r[^1] == 'v') r = r[..^1] + "f";
        else if (r[^1] == 'z') r = r[..^1] + "s";
        return r;
    }

    private static string WithoutPrefix(string r)
    {
        foreach (var p in Inseparable)
        {
            if (r.Length > p.Length + 1 && r.StartsWith(p, StringComparison.Ordinal)) return r[p.Length..];
        }
        return r;
    }

    private static bool OneSyllable(string r)
    {
        int groups = 0;
        for (int i = 0; i < r.Length; i++)
        {
            if (IsVowel(r[i]) && (i == 0 || !IsVowel(r[i - 1]))) groups++;
        }
        return groups == 1;
    }

    // Past -te and participle -t after a voiceless stem ending: "'t kofschip" (t, k, f, s, ch, p, x). The stem's
    // spelling change v → f, z → s does not count: "leven" → "leefde".
    private static bool Voiceless(string infinitive, string stem)
    {
        var r = infinitive.EndsWith("en", StringComparison.Ordinal) ? infinitive[..^2] : stem;
        return r.Length > 0 && r[^1] is 't' or 'k' or 'f' or 's' or 'h' or 'p' or 'x';
    }

    private static IEnumerable<string> WeakForms(string infinitive, string prefix)
    {
        var stem = Stem(infinitive);
        bool voiceless = Voiceless(infinitive, stem);
        string past = voiceless ? "te" : "de";
        bool noGe = Inseparable.Any(p => infinitive.StartsWith(p, StringComparison.Ordinal) && infinitive.Length > p.Length + 4);
        string ending = stem[^1] is 't' or 'd' ? "" : voiceless ? "t" : "d";
        string participle = (noGe ? "" : "ge") + stem + ending;
        var forms = new List<string>
        {
            infinitive, stem, ThirdPerson(stem), stem + past, stem + past + "n",
            participle, participle + "e", infinitive + "d", infinitive + "de",
        };
        return WithPrefix(forms, prefix);
    }

    private static IEnumerable<string> StrongForms(string[] parts, string prefix)
    {
        string infinitive = parts[0], pastSingular = parts[1], pastPlural = parts[2], participle = parts[3];
        var stem = Stem(infinitive);
        var forms = new List<string>
        {
            infinitive, stem, ThirdPerson(stem), pastSingular, pastPlural, participle, infinitive + "d", infinitive + "de",
        };
        // A participle in -d or -t declines like an adjective ("gekochte"); one in -en does not change.
        if (participle[^1] is 'd' or 't') forms.Add(participle + "e");
        return WithPrefix(forms, prefix);
    }

    // "werkt", "zet" (a stem in -t takes no second t), "gaat" (a short stem in -a doubles it).
    private static string ThirdPerson(string stem) =>
        stem[^1] == 't' ? stem : stem.Length <= 4 && stem[^1] == 'a' && !IsVowel(stem[^2]) ? stem + "at" : stem + "t";

    /// <summary>Plural, declined, compared and diminutive forms of a noun or adjective, with Dutch spelling changes.</summary>
    private static IEnumerable<string> NounAndAdjectiveForms(string w)
    {
        if (w.Length < 3 || !w.All(char.IsLetter)) return [];
        var forms = new List<string>();
        if (w[^1] == 'e')
        {
            // "ziekte" → "ziekten", "ziektes"; "oude" → "ouder".
            forms.AddRange([w + "n", w + "s", w + "r", w + "st", w + "ste"]);
            return forms;
        }
        if (IsVowel(w[^1]))
        {
            // "auto" → "auto's", "mooi" → "mooie", "mooier".
            forms.AddRange([w + "'s", w + "s", w + "e", w + "en", w + "er", w + "st", w + "ste", w + "tje", w + "tjes"]);
            return forms;
        }
        var b = InflectionBase(w);
        forms.AddRange([b + "en", b + "e", w + "s", b + "er", w + "st", w + "ste"]);
        // Words in -el, -em, -en, -er take -s ("tafels", "bezems"); comparatives after -r take -der ("duurder").
        if (w[^1] == 'r') forms.Add(w + "der");
        forms.AddRange(Diminutives(w));
        return forms;
    }

    // The base before -en and -e: a long vowel written double loses a letter ("schaap" → "schap-en"), a short vowel
    // doubles the consonant ("kat" → "katt-en"), and s, f after a long vowel or l, r are voiced ("huiz-en", "wolv-en").
    private static string InflectionBase(string w)
    {
        char last = w[^1];
        if (IsVowel(last) || w.Length < 3) return w;
        bool doubleVowel = w[^2] == w[^3] && w[^2] is 'a' or 'e' or 'o' or 'u' && (w.Length < 4 || !IsVowel(w[^4]));
        bool longVowel = doubleVowel || IsVowel(w[^2]) && IsVowel(w[^3]) || w[^2] == 'j' && w[^3] == 'i';
        bool shortVowel = IsVowel(w[^2]) && !IsVowel(w[^3]) && last is not ('w' or 'j' or 'x' or 'y') && w[^2] != 'i' || w[^2] == 'i' && !IsVowel(w[^3]) && last is not ('w' or 'j');
        string b = doubleVowel ? w[..^2] + last : shortVowel && OneSyllable(w) ? w + last : w;
        if ((longVowel || w[^2] is 'l' or 'r') && b[^1] == 'f') b = b[..^1] + "v";
        else if (longVowel && b[^1] == 's') b = b[..^1] + "z";
        return b;
    }

    // "huisje", "boompje", "stoeltje", "balletje", "ringetje" and their plurals in -s.
    private static IEnumerable<string> Diminutives(string w)
    {
        if (w.Length < 2) return [];
        char last = w[^1];
        bool shortVowel = w.Length >= 3 && IsVowel(w[^2]) && !IsVowel(w[^3]) && OneSyllable(w);
        string diminutive = w.EndsWith("ng", StringComparison.Ordinal) ? w + "etje"
            : shortVowel && last is 'l' or 'm' or 'n' or 'r' ? w + last + "etje"
            : last == 'm' ? w + "pje"
            : last is 'l' or 'n' or 'r' or 'w' || IsVowel(last) ? w + "tje"
            : w + "je";
        return [diminutive, diminutive + "s"];
    }

    private static IEnumerable<string> WithPrefix(List<string> forms, string prefix) =>
        prefix.Length == 0 ? forms : forms.Select(f => prefix + f);
}
