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

/// <summary>
/// A passive made of an auxiliary and a participle in the same clause, in either order ("został zbudowany",
/// "zbudowany został"): the sentence is split into clauses at conjunctions, relative words and clause punctuation.
/// </summary>
public sealed class PeriphrasticPassive(FrozenSet<string> auxiliaries, FrozenSet<string> clauseBoundaries, FrozenSet<string> exceptions, Func<string, bool> isParticiple)
{
    /// <summary>True when a comma also ends a clause (the participle after a comma is then an apposition, not a predicate).</summary>
    public bool SplitAtCommas { get; init; }

    /// <summary>True when a clause of the sentence has an auxiliary and a participle.</summary>
    public bool IsPassive(Text.TextAnalysis text, in Text.Sentence sentence)
    {
        foreach (var clause in WordScan.Clauses(text, sentence, clauseBoundaries, SplitAtCommas))
        {
            if (IsPassiveClause(clause)) return true;
        }
        return false;
    }

    /// <summary>True when the words of one clause contain an auxiliary and a participle that is not an exception.</summary>
    public bool IsPassiveClause(IReadOnlyList<string> clause)
    {
        bool auxiliary = false, participle = false;
        foreach (var w in clause)
        {
            if (auxiliaries.Contains(w)) auxiliary = true;
            else if (!exceptions.Contains(w) && isParticiple(w)) participle = true;
        }
        return auxiliary && participle;
    }
}
