using System.Collections.Frozen;

namespace Copywise.Languages;

/// <summary>
/// Norwegian (Bokmål) periphrastic passive, as the reference counts it: a form of "bli" or "være" and, later in the
/// same clause, a past participle of a verb in <c>verbs.txt</c> ("Huset ble bygget i 1900", "Boken er oversatt");
/// clauses end at conjunctions, relative pronouns, commas and colons. After "være" the participles of verbs of motion
/// and change are the active perfect ("er kommet") and do not count. The s-passive ("Boken selges") is not counted,
/// as in the reference.
/// </summary>
public sealed class NorwegianPassiveVoice : ClausePassive
{
    private readonly FrozenSet<string> _auxiliaries;
    private readonly FrozenSet<string> _breaks;
    private readonly FrozenSet<string> _participles;
    private readonly FrozenSet<string> _vaerePerfect;

    private static readonly FrozenSet<string> Vaere = new[] { "er", "var", "vært" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Builds the detector from the verb lines (infinitive, past, participles) and the word lists.</summary>
    public NorwegianPassiveVoice(IEnumerable<string> verbs, FrozenSet<string> auxiliaries, FrozenSet<string> breaks, FrozenSet<string> vaerePerfect)
    {
        _auxiliaries = auxiliaries;
        _breaks = breaks;
        _vaerePerfect = vaerePerfect;
        var participles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in verbs)
        {
            var parts = line.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 3) continue;
            foreach (var participle in parts.Skip(2))
            {
                participles.Add(participle);
                participles.Add(DeclinedParticiple(participle));
            }
        }
        participles.Remove("blitt");
        _participles = participles.ToFrozenSet(StringComparer.Ordinal);
    }

    // The participle as an attribute or after a plural subject: "-et" → "-ede", "-t" → "-te", "-d" → "-de"; strong
    // "-et" also "-ne" ("skrevne"), which the caller lists through the verb's own line when it matters.
    private static string DeclinedParticiple(string participle) =>
        participle.EndsWith("et") ? participle[..^2] + "ede" : participle + "e";

    /// <inheritdoc/>
    protected override bool AuxiliaryFirst => true;

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
        if (!_participles.Contains(w)) return false;
        // The auxiliary closest before the participle decides: "være" with a verb of motion is the active perfect.
        for (int i = index - 1; i >= from; i--)
        {
            if (!_auxiliaries.Contains(words[i])) continue;
            return !(Vaere.Contains(words[i]) && _vaerePerfect.Contains(w));
        }
        return false;
    }
}
