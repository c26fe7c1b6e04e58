using System.Collections.Frozen;

namespace Copywise.Languages;

/// <summary>
/// German passive voice: a clause with a form of "werden" (or of "bekommen", "kriegen", "erhalten" for the recipient
/// passive) and a past participle anywhere in it, since German puts the participle at the end ("… das vom Architekten
/// entworfen wurde"). Participles are told by their shape: ge…t ("gebaut"), an inseparable prefix and -t ("verkauft",
/// "erlaubt"), a separable prefix before either ("aufgebaut", "anerkannt"), -iert ("renoviert"), or a listed strong
/// participle, also after a separable prefix ("geschrieben", "aufgenommen"). Not participles: listed look-alikes
/// ("Gebiet", "gesamt"), nouns ending in -heit, -keit, -schaft, -arbeit and the like, and a participle followed by
/// "haben" or "sein" (a perfect infinitive: "wird gemacht haben" is the active future perfect).
/// </summary>
public sealed class GermanPassiveVoice : ClausePassive
{
    private readonly FrozenSet<string> _auxiliaries = German.LoadData("passive-auxiliaries.txt");
    private readonly FrozenSet<string> _strong = German.LoadData("strong-participles.txt");
    private readonly FrozenSet<string> _notParticiples = German.LoadData("participle-exceptions.txt");
    private readonly FrozenSet<string> _breaks = German.LoadData("clause-breaks.txt");

    // Forms of the recipient-passive auxiliaries that look like participles ("bekommt", "erhält").
    private static readonly FrozenSet<string> AuxiliaryLookAlikes = new[]
    {
        "bekommt", "bekommst", "bekamt", "bekamst", "gekriegt", "erhält", "erhältst", "erhielt", "erhieltst", "erhaltet", "bekommet", "gehört",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Prefixes that never separate from the verb; their participles have no ge- ("verkauft", "besucht").
    private static readonly string[] Inseparable = ["be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "über", "ueber", "unter", "hinter", "wider"];

    // Prefixes that separate; the participle puts ge- after them ("aufgebaut", "eingeführt").
    private static readonly string[] Separable =
    [
        "ab", "an", "auf", "aus", "bei", "dar", "durch", "ein", "empor", "entgegen", "fest", "fort", "frei", "heim", "her",
        "heran", "herauf", "heraus", "herbei", "herein", "herum", "hervor", "herunter", "hin", "hinauf", "hinaus", "hinein",
        "hinzu", "los", "mit", "nach", "nieder", "statt", "teil", "um", "vor", "voran", "voraus", "vorbei", "vorweg",
        "weg", "weiter", "wieder", "zu", "zurecht", "zurück", "zusammen", "zwischen", "kennen", "hoch", "bereit", "offen",
    ];

    // Endings of nouns that would otherwise pass for participles ("Gesundheit", "Gesellschaft", "Verwaltungsrat").
    private static readonly string[] NounEndings =
    [
        "heit", "keit", "schaft", "arbeit", "zeit", "kraft", "nacht", "sicht", "schrift", "pflicht", "wert",
        "dienst", "gewalt", "welt", "stadt", "haft", "halt", "tät", "not", "fahrt", "kunft", "punkt",
        "markt", "wort", "ort", "rat", "gebiet", "gericht", "geschäft", "gewicht", "recht", "schicht", "bericht",
        "produkt", "projekt", "objekt", "konflikt", "kontakt", "effekt", "aspekt", "format", "paket", "bett", "blatt",
        "boot", "brot", "feld", "gut", "haupt", "last", "lust", "mut", "stift", "takt", "tat", "saat", "flut", "glut",
        "blut", "hut", "laut", "haut", "kraut", "zelt", "geld", "sport", "tourist", "artist",
    ];

    /// <inheritdoc/>
    protected override bool BreaksAtComma => true;

    /// <inheritdoc/>
    protected override bool IsAuxiliary(string word) => _auxiliaries.Contains(word);

    /// <inheritdoc/>
    protected override bool IsClauseBreak(string word) => _breaks.Contains(word);

    /// <inheritdoc/>
    protected override bool IsPassiveParticiple(ReadOnlySpan<string> words, int index, int from, int to)
    {
        var w = words[index];
        if (!IsParticiple(w)) return false;
        // "gemacht haben", "gekommen sein": a perfect infinitive, not a passive.
        if (index + 1 < words.Length && words[index + 1] is "haben" or "sein") return false;
        return true;
    }

    /// <summary>True when the word (lower case) has the shape of a past participle and is not a listed look-alike.</summary>
    public bool IsParticiple(string w)
    {
        if (w.Length < 4 || _notParticiples.Contains(w) || AuxiliaryLookAlikes.Contains(w)) return false;
        foreach (var ending in NounEndings)
        {
            if (w.Length > ending.Length + 1 && w.EndsWith(ending, StringComparison.Ordinal)) return false;
        }
        if (_strong.Contains(w)) return true;
        if (w.Length > 5 && w.EndsWith("iert", StringComparison.Ordinal)) return true;
        if (IsWeakParticiple(w)) return true;
        foreach (var prefix in Separable)
        {
            if (w.Length <= prefix.Length + 3 || !w.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var rest = w[prefix.Length..];
            if (_strong.Contains(rest) || IsWeakParticiple(rest)) return true;
        }
        return false;
    }

    // ge…t ("gebaut", "gearbeitet"), or an inseparable prefix and -t ("verkauft", "erlaubt"), where -st is a
    // present-tense ending ("besteht" passes, "bist" does not) unless it is -sst ("verpasst").
    private static bool IsWeakParticiple(string w)
    {
        if (w.Length >= 5 && w.StartsWith("ge", StringComparison.Ordinal) && w[^1] == 't') return true;
        foreach (var prefix in Inseparable)
        {
            if (prefix == "ge" || w.Length < prefix.Length + 3 || !w.StartsWith(prefix, StringComparison.Ordinal) || w[^1] != 't') continue;
            if (w[^2] != 's' || w.EndsWith("sst", StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
