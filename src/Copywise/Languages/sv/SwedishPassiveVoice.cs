using System.Collections.Frozen;
using Copywise.Research;
using Copywise.Text;

namespace Copywise.Languages;

/// <summary>
/// Swedish passive voice, built into the verb with -s: a sentence is passive when one of its words is an s-passive.
/// First-conjugation verbs, the largest and the open class, are told by their endings: -as ("kastas", also the passive
/// infinitive "byggas"), -ades ("kastades"), -ats ("kastats"). The other conjugations by their endings where these
/// are unambiguous — past -des, -tes ("byggdes", "köptes") and supine -ts after a consonant ("byggts", "köpts") — and
/// otherwise by forms made from the verbs in <c>verbs.txt</c> ("byggs", "läses", "skrevs", "skrivits"). Not passives:
/// deponent verbs, whose s-forms are active ("finns", "hoppas", "lyckades"), the nouns and names of
/// <c>passive-exceptions.txt</c>, words ending in -plats, definite plural genitives (-arnas, -ornas, -ernas), and
/// capitalised words inside a sentence (names: "Kinas").
/// </summary>
public sealed class SwedishPassiveVoice
{
    private readonly FrozenSet<string> _exceptions;
    private readonly FrozenSet<string> _forms;

    /// <summary>Builds the detector from the verb lines (infinitive, or infinitive, past, supine) and the exceptions.</summary>
    public SwedishPassiveVoice(IEnumerable<string> verbs, FrozenSet<string> exceptions)
    {
        _exceptions = exceptions;
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in verbs)
        {
            var parts = line.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 1) forms.UnionWith(WeakPassives(parts[0]));
            else if (parts.Length == 3) forms.UnionWith(StrongPassives(parts[0], parts[1], parts[2]));
        }
        forms.ExceptWith(exceptions);
        _forms = forms.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The s-passive forms this detector knows from its verb list (for tests and documentation).</summary>
    public IReadOnlySet<string> ListedForms => _forms;

    /// <summary>True when a word of the sentence is an s-passive.</summary>
    public bool IsPassive(TextAnalysis text, in Sentence sentence)
    {
        var words = text.WordsOf(sentence);
        for (int i = 0; i < words.Length; i++)
        {
            var raw = text.Text(words[i]);
            // A capital inside a sentence marks a name ("Kinas", "Atlas"), not a verb.
            if (i > 0 && char.IsUpper(raw[0])) continue;
            if (IsPassiveForm(WordStrings.Normalized(raw))) return true;
        }
        return false;
    }

    /// <summary>True when a lower-case word is an s-passive verb form.</summary>
    public bool IsPassiveForm(string w)
    {
        if (w.Length < 4 || w[^1] != 's' || _exceptions.Contains(w)) return false;
        if (_forms.Contains(w)) return true;
        // -plats nouns ("webbplats"), and the definite plural genitive -arnas, -ornas, -ernas ("strimmornas").
        if (w.EndsWith("plats", StringComparison.Ordinal) || w.EndsWith("rnas", StringComparison.Ordinal)) return false;
        if (w.Length >= 6 && (w.EndsWith("ades", StringComparison.Ordinal) || w.EndsWith("ats", StringComparison.Ordinal))) return true;
        if (w.Length >= 5 && w.EndsWith("as", StringComparison.Ordinal)) return true;
        if (w.Length >= 6 && (w.EndsWith("des", StringComparison.Ordinal) || w.EndsWith("tes", StringComparison.Ordinal))) return true;
        // Supine -ts after a consonant ("byggts", "köpts", "använts"), or -its ("skrivits"); not the genitive -ets
        // ("landets") nor -tts, which is also the genitive of nouns in -tt ("slotts").
        if (w.Length >= 6 && w.EndsWith("ts", StringComparison.Ordinal))
        {
            char before = w[^3];
            return before == 'i' || !IsVowel(before) && before is not ('t' or 's');
        }
        return false;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'å' or 'ä' or 'ö';

    // Second conjugation: "bygga" → "byggs", "byggas", "byggdes", "byggts"; "köpa" → "köptes", "köpts";
    // "läsa" → "läses". Third: "tro" → "tros", "troddes", "trotts".
    private static IEnumerable<string> WeakPassives(string infinitive)
    {
        if (!infinitive.EndsWith('a'))
        {
            return [infinitive + "s", infinitive + "ddes", infinitive + "tts"];
        }
        var stem = infinitive[..^1];
        if (stem.Length < 2) return [];
        var present = stem.EndsWith('s') ? stem + "es" : stem + "s";
        // A double consonant is single before -de and -t ("känna" → "kände", "känt"); d before -t goes ("använt").
        var shortStem = stem.Length > 2 && stem[^1] == stem[^2] && !IsVowel(stem[^1]) ? stem[..^1] : stem;
        bool voiceless = shortStem[^1] is 'k' or 'p' or 's' or 't' or 'x';
        string past = shortStem + (voiceless ? "te" : "de");
        if (shortStem.EndsWith('d') && !IsVowel(shortStem[^2])) past = shortStem + "e";
        string supine = shortStem.EndsWith('d') ? shortStem[..^1] + "t" : shortStem.EndsWith('t') ? shortStem + "t" : shortStem + "t";
        return [present, infinitive + "s", past + "s", supine + "s"];
    }

    // Strong and irregular: "skriva, skrev, skrivit" → "skrivs", "skrivas", "skrevs", "skrivits"; a short infinitive
    // ("ta", "ge", "se") takes -s whole ("tas", "ges", "ses").
    private static IEnumerable<string> StrongPassives(string infinitive, string past, string supine)
    {
        string present = infinitive.EndsWith('a') && infinitive.Length > 2 ? infinitive[..^1] : infinitive;
        present = present.EndsWith('s') ? present + "es" : present + "s";
        return [present, infinitive + "s", past + "s", supine + "s"];
    }
}
