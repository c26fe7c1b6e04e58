using System.Collections.Frozen;
using Copywise.Text;

namespace Copywise.Languages;

/// <summary>
/// Greek passive voice, in both of its forms. Morphological: a verb with a mediopassive ending (γράφεται, γράφτηκε,
/// να γραφτεί, γραφόταν), unless its stem is that of a deponent verb (έρχεται, σκέφτεται), which is passive in form
/// only. Periphrastic: a form of είμαι and a participle in -μένος in the same clause (είναι γραμμένο). Words are
/// compared without accents. Endings from the conjugation tables of Modern Greek grammars.
/// </summary>
internal sealed class GreekPassiveVoice(FrozenSet<string> deponentStems, FrozenSet<string> auxiliaries, FrozenSet<string> clauseBoundaries, FrozenSet<string> functionWords)
{
    // Mediopassive endings without accents, longest first: present and imperfect of the -ομαι, -ιέμαι, -ούμαι and
    // -άμαι classes, the aorist in -θηκ-/-τηκ-, the aorist subjunctive in -θ-/-τ-, and the bare person endings that
    // cover the rest. The bare plural endings "-στε", "-μαστε" and "-σαστε" are left out: imperatives end so too
    // (δοκιμάστε), and the passive plurals are listed with their vowel.
    private static readonly string[] Endings = new[]
    {
        "ομαι", "εσαι", "εται", "ομαστε", "εστε", "οσαστε", "ονται",
        "ιεμαι", "ιεσαι", "ιεται", "ιομαστε", "ιεστε", "ιοσαστε", "ιουνται",
        "ουμαι", "εισαι", "ειται", "ουμαστε", "ειστε", "ουνται",
        "αμαι", "ασαι", "αται",
        "ομουν", "ομουνα", "οσουν", "οσουνα", "οταν", "οτανε", "ομασταν", "οσασταν", "ονταν", "οντουσαν",
        "ιομουν", "ιοσουν", "ιοταν", "ιομασταν", "ιοσασταν", "ιουνταν", "ιοντουσαν",
        "ουμουν", "ουσουν", "ουνταν",
        "θηκα", "θηκες", "θηκε", "θηκαμε", "θηκατε", "θηκαν", "θηκανε",
        "τηκα", "τηκες", "τηκε", "τηκαμε", "τηκατε", "τηκαν", "τηκανε",
        "θω", "θεις", "θει", "θουμε", "θειτε", "θουν", "θουνε",
        "τω", "τεις", "τει", "τουμε", "τειτε", "τουν", "τουνε",
        "μαι", "σαι", "ται", "νται", "μουν", "σουν", "ταν", "νταν",
    }.OrderByDescending(e => e.Length).ToArray();

    // Participle endings of the periphrastic passive (-μένος in every gender, number and case).
    private static readonly string[] ParticipleEndings =
        ["μενος", "μενου", "μενο", "μενον", "μενοι", "μενων", "μενους", "μενη", "μενης", "μενες", "μενα"];

    /// <summary>True when the sentence has a passive verb or a periphrastic passive.</summary>
    public bool IsPassive(TextAnalysis text, in Sentence sentence)
    {
        var words = text.WordsOf(sentence);
        bool auxiliary = false, participle = false;
        foreach (var w in words)
        {
            var lower = WordStrings.Normalized(text.Text(w));
            if (clauseBoundaries.Contains(lower))
            {
                if (auxiliary && participle) return true;
                auxiliary = participle = false;
            }
            if (auxiliaries.Contains(lower)) { auxiliary = true; continue; }
            if (functionWords.Contains(lower)) continue;
            var plain = GreekWords.Normalize(lower);
            if (IsParticiple(plain)) participle = true;
            else if (IsPassiveVerb(plain)) return true;
        }
        return auxiliary && participle;
    }

    /// <summary>True for a verb form with a mediopassive ending whose stem is not a deponent verb's (unaccented input).</summary>
    public bool IsPassiveVerb(string plain)
    {
        if (plain.Length <= 4) return false;
        foreach (var ending in Endings)
        {
            if (!plain.EndsWith(ending, StringComparison.Ordinal)) continue;
            var stem = plain[..^ending.Length];
            // The longest ending decides; a stem of one letter is no verb stem.
            if (stem.Length < 2 || deponentStems.Contains(stem)) return false;
            // The aorist marker -τ- only follows a fricative (γράφτηκε, ανοίχτηκε, ακούστηκε); after anything else
            // the word is an active verb in -τώ (ζητεί, απαιτεί).
            if (ending[0] == 'τ' && ending != "ται" && ending != "ταν" && stem[^1] is not ('φ' or 'χ' or 'σ')) return false;
            return true;
        }
        return false;
    }

    /// <summary>True for a participle in -μένος with a stem of at least two letters (not "εμένα", "me").</summary>
    public static bool IsParticiple(string plain)
    {
        foreach (var ending in ParticipleEndings)
        {
            if (plain.EndsWith(ending, StringComparison.Ordinal) && plain.Length - ending.Length >= 2) return true;
        }
        return false;
    }
}
