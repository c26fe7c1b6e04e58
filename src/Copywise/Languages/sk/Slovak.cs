namespace Copywise.Languages;

/// <summary>
/// Slovak: data files under <c>Languages/sk</c>, the passive of byť with a passive participle, and word forms by our
/// own suffix rules (<see cref="SlovakStemmer"/>).
/// </summary>
public sealed class Slovak : DataLanguage
{
    /// <summary>The one instance.</summary>
    public static readonly Slovak Instance = new();

    private readonly Lazy<PeriphrasticPassive> _passive = new(() => new PeriphrasticPassive(
        OptionalSet("sk", "passive-auxiliaries.txt"), OptionalSet("sk", "clause-boundaries.txt"),
        OptionalSet("sk", "participle-exceptions.txt"), SlovakParticiples.IsParticiple) { SplitAtCommas = true });

    private Slovak() : base("sk") { }

    /// <inheritdoc/>
    public override string Code => "sk";
    /// <inheritdoc/>
    public override string Name => "Slovak";

    /// <inheritdoc/>
    public override bool HasPassiveVoice => true;
    /// <inheritdoc/>
    public override bool IsPassive(Text.TextAnalysis text, in Text.Sentence sentence) => _passive.Value.IsPassive(text, sentence);

    /// <inheritdoc/>
    public override bool MatchesByStem => true;
    /// <inheritdoc/>
    public override bool IsWordForm(string word, ReadOnlySpan<char> token) => SlovakStemmer.IsWordForm(word, token);
}

/// <summary>
/// Slovak passive participles: a vowel of the verb stem, then -n- or -t- and a long adjective ending (napísaný,
/// postavená, zvolení, prijaté, zabitý); after a long vowel the ending may be short by the rhythmic law.
/// </summary>
public static class SlovakParticiples
{
    /// <summary>True when the word has a passive participle's ending after a vowel of the verb stem.</summary>
    public static bool IsParticiple(string word)
    {
        if (word.Length < 5) return false;
        char ending = word[^1];
        char consonant = word[^2];
        if (consonant is not ('n' or 't')) return false;
        char before = word[^3];
        bool longEnding = ending is 'ý' or 'á' or 'é' or 'í';
        bool shortEnding = ending is 'y' or 'a' or 'e';
        if (longEnding) return consonant == 'n' ? before is 'a' or 'á' or 'e' or 'é' or 'i' or 'í' : before is 'a' or 'ä' or 'e' or 'i' or 'y' or 'u';
        // Rhythmic law: a long syllable shortens the next one (napísany is written beside napísaný only after a long vowel).
        return shortEnding && before is 'á' or 'é' or 'í' or 'ú' or 'ý';
    }
}
