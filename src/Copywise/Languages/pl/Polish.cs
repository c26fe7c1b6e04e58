using System.Collections.Frozen;

namespace Copywise.Languages;

/// <summary>
/// Polish: data files under <c>Languages/pl</c>, the periphrastic passive (być or zostać with a passive participle),
/// word forms by our own suffix rules (<see cref="PolishStemmer"/>), and the reference's stricter shares of long
/// sentences (15% good, 20% acceptable, also for cornerstone content).
/// </summary>
public sealed class Polish : DataLanguage
{
    /// <summary>The one instance.</summary>
    public static readonly Polish Instance = new();

    private readonly Lazy<PeriphrasticPassive> _passive = new(() => new PeriphrasticPassive(
        OptionalSet("pl", "passive-auxiliaries.txt"), OptionalSet("pl", "clause-boundaries.txt"),
        OptionalSet("pl", "participle-exceptions.txt"), PolishParticiples.IsParticiple) { SplitAtCommas = true });

    private Polish() : base("pl") { }

    /// <inheritdoc/>
    public override string Code => "pl";
    /// <inheritdoc/>
    public override string Name => "Polish";

    /// <inheritdoc/>
    public override bool HasPassiveVoice => true;
    /// <inheritdoc/>
    public override bool IsPassive(Text.TextAnalysis text, in Text.Sentence sentence) => _passive.Value.IsPassive(text, sentence);

    /// <inheritdoc/>
    public override (double Good, double Acceptable) LongSentenceShares(bool cornerstone) => (15, 20);

    /// <inheritdoc/>
    public override bool MatchesByStem => true;
    /// <inheritdoc/>
    public override bool IsWordForm(string word, ReadOnlySpan<char> token) => PolishStemmer.IsWordForm(word, token);
}

/// <summary>Polish passive participles by ending: -any, -ony, -ęty, -yty, -ity, -arty and their gender and number forms.</summary>
public static class PolishParticiples
{
    // Nominative endings (the predicative case after być and zostać) of the participles in -n- and -t-.
    private static readonly string[] Endings =
    [
        "any", "ana", "ane", "ani", "ony", "ona", "one",
        "bieni", "wieni", "mieni", "pieni", "szeni", "czeni", "żeni", "dzeni", "szczeni", "nieni", "leni",
        "ęty", "ęta", "ęte", "ęci", "yty", "yta", "yte", "yci", "ity", "ita", "ite", "ici", "arty", "arta", "arte", "arci",
    ];

    /// <summary>True when the word has a passive participle's ending and is long enough to have a verb stem before it.</summary>
    public static bool IsParticiple(string word)
    {
        if (word.Length < 5) return false;
        foreach (var e in Endings)
        {
            if (word.EndsWith(e, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
