using System.Collections.Frozen;

namespace Copywise.Languages;

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
