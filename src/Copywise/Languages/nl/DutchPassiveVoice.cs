using System.Collections.Frozen;

namespace Copywise.Languages;

/// <summary>
/// Dutch passive voice: a clause with a form of "worden" and a past participle anywhere in it ("… dat in 1900 werd
/// gebouwd", "… dat gebouwd werd"). Participles are told by their shape: ge…d/t ("gebouwd", "gewerkt"), an
/// inseparable prefix (be-, er-, her-, ont-, ver-, onder-, over-, door-, mis-, vol-) and -d/-t ("betaald",
/// "ondersteund"), a separable prefix before ge… ("opgericht", "uitgevoerd", "opgenomen"), or a listed strong participle
/// ("geschreven", "verkozen"). After an inseparable prefix an ending -t must follow a voiceless consonant (the
/// "'t kofschip" rule), which keeps present tenses such as "betaalt", "verandert" apart from "betaald", "veranderd".
/// Not participles: listed look-alikes ("gebied", "bekend"), nouns in -heid, -teit, -tijd, and a participle right after
/// a determiner or a preposition, which makes it a noun or an attribute ("het gebied", "zonder erkend gezag").
/// </summary>
public sealed class DutchPassiveVoice : ClausePassive
{
    private readonly FrozenSet<string> _auxiliaries = Dutch.LoadData("passive-auxiliaries.txt");
    private readonly FrozenSet<string> _strong = Dutch.LoadData("strong-participles.txt");
    private readonly FrozenSet<string> _notParticiples = Dutch.LoadData("participle-exceptions.txt");
    private readonly FrozenSet<string> _breaks = Dutch.LoadData("clause-breaks.txt");

    private static readonly string[] Inseparable = ["be", "er", "her", "ont", "ver", "onder", "over", "door", "mis", "vol"];

    private static readonly string[] Separable =
    [
        "aan", "achter", "af", "bij", "binnen", "dicht", "door", "in", "los", "mee", "na", "neer", "om", "onder", "op",
        "open", "over", "samen", "tegen", "terug", "thuis", "toe", "uit", "vast", "voor", "vooruit", "vrij", "weg",
        "goed", "kapot", "schoon", "stil", "voort", "bekend", "vol", "tentoon", "plaats", "deel", "gelijk", "klaar", "kwijt",
    ];

    // Words right before which a word of participle shape is a noun or an attribute: determiners ("het gebied",
    // "een bericht") and prepositions ("zonder erkend gezag", "met verbeterd ontwerp").
    private static readonly FrozenSet<string> Determiners = new[]
    {
        "de", "het", "een", "'t", "dit", "dat", "deze", "die", "mijn", "jouw", "uw", "zijn", "onze",
        "elk", "elke", "ieder", "iedere", "geen", "welk", "welke", "zo'n",
        "aan", "bij", "in", "met", "naar", "om", "op", "over", "tot", "uit", "van", "voor", "zonder", "tegen", "tussen",
        "onder", "na", "sinds", "tijdens", "volgens", "via",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] NounEndings = ["heid", "teit", "tijd", "schap", "stad", "land", "veld", "wereld", "kind", "hond", "kunst", "dienst"];

    /// <inheritdoc/>
    protected override bool IsAuxiliary(string word) => _auxiliaries.Contains(word);

    /// <inheritdoc/>
    protected override bool IsClauseBreak(string word) => _breaks.Contains(word);

    /// <inheritdoc/>
    protected override bool IsPassiveParticiple(ReadOnlySpan<string> words, int index, int from, int to) =>
        IsParticiple(words[index]) && !(index > from && Determiners.Contains(words[index - 1]));

    /// <summary>True when the word (lower case) has the shape of a past participle and is not a listed look-alike.</summary>
    public bool IsParticiple(string w)
    {
        if (w.Length < 5 || _notParticiples.Contains(w)) return false;
        foreach (var ending in NounEndings)
        {
            if (w.Length > ending.Length + 1 && w.EndsWith(ending, StringComparison.Ordinal)) return false;
        }
        if (_strong.Contains(w) || IsRegular(w)) return true;
        foreach (var prefix in Separable)
        {
            if (w.Length <= prefix.Length + 4 || !w.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var rest = w[prefix.Length..];
            if (!rest.StartsWith("ge", StringComparison.Ordinal)) continue;
            if (_strong.Contains(rest) || rest[^1] is 'd' or 't' or 'n') return true;
        }
        return false;
    }

    private static bool IsRegular(string w)
    {
        char last = w[^1];
        if (last is not ('d' or 't')) return false;
        if (w.StartsWith("ge", StringComparison.Ordinal)) return true;
        foreach (var prefix in Inseparable)
        {
            if (w.Length < prefix.Length + 3 || !w.StartsWith(prefix, StringComparison.Ordinal)) continue;
            // -t only after a voiceless consonant ("verkocht", "ontdekt"); "betaalt" is a present tense.
            return last == 'd' || w[^2] is 't' or 'k' or 'f' or 's' or 'h' or 'p' or 'x';
        }
        return false;
    }
}
