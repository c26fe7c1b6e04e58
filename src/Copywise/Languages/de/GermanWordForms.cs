using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Copywise.Languages;

/// <summary>
/// The verb forms of a German keyphrase word, which the Snowball stemmer leaves apart ("kaufen", "kauft", "gekauft"):
/// for an infinitive, its present, past, participles and zu-infinitive, by the weak conjugation or, for a listed strong
/// or irregular verb, from its principal parts ("gehen", "ging", "gegangen"). A separable prefix is kept on every form
/// that can be written as one word ("aufgegangen", "aufzugehen"). A strong participle or changed present used as the
/// keyphrase word ("geschrieben", "läuft") finds its whole verb. Nouns and adjectives are left to the stemmer.
/// </summary>
public sealed class GermanWordForms
{
    private const int CacheLimit = 10_000;
    private static readonly string[] Inseparable = ["be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "über", "unter", "hinter", "wider", "voll"];
    private static readonly string[] Separable =
    [
        "ab", "an", "auf", "aus", "bei", "dar", "durch", "ein", "fest", "fort", "frei", "her", "heraus", "herein", "hin",
        "hinaus", "hinein", "los", "mit", "nach", "nieder", "teil", "um", "vor", "voran", "vorbei", "weg", "weiter",
        "wieder", "zu", "zurück", "zusammen",
    ];
    private static readonly string[] Declension = ["", "e", "en", "er", "es", "em"];

    private readonly Dictionary<string, string[]> _strong = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _infinitiveOfForm = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FrozenSet<string>> _cache = new(StringComparer.Ordinal);

    /// <summary>Builds the forms from the strong-verb table (infinitive, present third person or -, past, participle).</summary>
    public GermanWordForms(IEnumerable<string> strongVerbs)
    {
        foreach (var line in strongVerbs)
        {
            var parts = line.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 4) continue;
            _strong[parts[0]] = parts;
        }
        // Only the participle and the changed present lead back to the verb: past forms are often nouns too
        // ("Schloss", "Stand", "Griff" are forms of "schließen", "stehen", "greifen").
        foreach (var (infinitive, parts) in _strong)
        {
            _infinitiveOfForm.TryAdd(parts[3], infinitive);
            if (parts[1] != "-") _infinitiveOfForm.TryAdd(parts[1], infinitive);
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
        foreach (var prefix in Separable)
        {
            if (word.Length > prefix.Length + 3 && word.StartsWith(prefix, StringComparison.Ordinal)
                && _strong.TryGetValue(word[prefix.Length..], out var baseVerb)) return StrongForms(baseVerb, prefix);
        }
        // A strong participle as the keyphrase word ("geschrieben") stands for its verb; a weak form cannot be told from a noun.
        if (_infinitiveOfForm.TryGetValue(word, out var infinitive)) return StrongForms(_strong[infinitive], "");
        if (!IsInfinitive(word)) return [];
        foreach (var prefix in Separable)
        {
            if (word.Length > prefix.Length + 4 && word.StartsWith(prefix, StringComparison.Ordinal) && IsInfinitive(word[prefix.Length..])
                && !Inseparable.Any(p => word.StartsWith(p, StringComparison.Ordinal)))
            {
                return WeakForms(word[prefix.Length..], prefix);
            }
        }
        return WeakForms(word, "");
    }

    private static bool IsInfinitive(string w) => w.Length >= 5 && w.EndsWith('n') && (w.EndsWith("en") || w.EndsWith("ern") || w.EndsWith("eln"));

    /// <summary>The stem: the infinitive without -en, or without -n after -el and -er ("sammel-n", "wander-n").</summary>
    private static string Stem(string infinitive) =>
        infinitive.EndsWith("eln") || infinitive.EndsWith("ern") ? infinitive[..^1] : infinitive[..^2];

    // Stems ending in d or t, or in m or n after another consonant, take an e before -st and -t ("arbeitest", "öffnet").
    private static bool NeedsE(string stem)
    {
        if (stem.Length < 2) return false;
        char last = stem[^1], before = stem[^2];
        if (last is 'd' or 't') return true;
        return last is 'm' or 'n' && !IsVowel(before) && before is not ('l' or 'r' or 'h' or 'm' or 'n');
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'ä' or 'ö' or 'ü' or 'y';

    private static IEnumerable<string> WeakForms(string infinitive, string prefix)
    {
        var stem = Stem(infinitive);
        string e = NeedsE(stem) ? "e" : "";
        bool noGe = infinitive.EndsWith("ieren") || Inseparable.Any(p => infinitive.StartsWith(p, StringComparison.Ordinal) && infinitive.Length > p.Length + 3);
        string participle = (noGe ? "" : "ge") + stem + e + "t";
        var forms = new List<string>
        {
            infinitive, infinitive + "s", stem + "e", stem + e + "st", stem + e + "t",
            stem + e + "te", stem + e + "test", stem + e + "ten", stem + e + "tet",
        };
        // -eln verbs drop the e in the first person ("ich sammle").
        if (infinitive.EndsWith("eln")) forms.Add(stem[..^2] + "le");
        forms.AddRange(Declension.Select(d => participle + d));
        forms.AddRange(Declension.Select(d => infinitive + "d" + d));
        return WithPrefix(forms, prefix, infinitive, participle);
    }

    private static IEnumerable<string> StrongForms(string[] parts, string prefix)
    {
        string infinitive = parts[0], present = parts[1], past = parts[2], participle = parts[3];
        var stem = Stem(infinitive);
        string e = NeedsE(stem) ? "e" : "";
        var forms = new List<string> { infinitive, infinitive + "s", stem + "e", stem + e + "st", stem + e + "t" };
        if (present != "-")
        {
            forms.Add(present);
            // The second person from the third: "hält" → "hältst", "gibt" → "gibst", "kann" → "kannst", "weiß" → "weißt".
            if (present.EndsWith('t') && !present.EndsWith("st")) forms.Add(present[..^1] + "st");
            else if (present[^1] is 's' or 'ß' or 'z' or 'x') forms.Add(present + "t");
            else if (!present.EndsWith('t')) forms.Add(present + "st");
        }
        forms.Add(past);
        if (past.EndsWith('e')) forms.AddRange([past + "st", past + "n", past + "t"]);
        else forms.AddRange([past + "st", past + "en", past + "t", past + "e"]);
        forms.AddRange(Declension.Select(d => participle + d));
        forms.AddRange(Declension.Select(d => infinitive + "d" + d));
        return WithPrefix(forms, prefix, infinitive, participle);
    }

    private static IEnumerable<string> WithPrefix(List<string> forms, string prefix, string infinitive, string participle)
    {
        if (prefix.Length == 0) return forms;
        // One-word forms of separable verbs: with the prefix in front, and the zu-infinitive between prefix and stem.
        var withPrefix = forms.Select(f => prefix + f).ToList();
        withPrefix.Add(prefix + "zu" + infinitive);
        withPrefix.AddRange(Declension.Select(d => prefix + participle + d));
        return withPrefix;
    }
}
