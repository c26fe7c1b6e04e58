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
        // Clause by clause, word by word: no clause is collected.
        var state = new ClauseState(this);
        bool stopped = WordScan.EachClauseWord(text, sentence, clauseBoundaries, SplitAtCommas, ref state, static (ref ClauseState st, string word, bool starts) =>
        {
            if (starts)
            {
                if (st.Auxiliary && st.Participle) return true;
                st.Auxiliary = st.Participle = false;
            }
            st.Rule.Read(word, ref st.Auxiliary, ref st.Participle);
            return false;
        });
        return stopped || state.Auxiliary && state.Participle;
    }

    private struct ClauseState(PeriphrasticPassive rule)
    {
        public readonly PeriphrasticPassive Rule = rule;
        public bool Auxiliary, Participle;
    }

    // Notes whether a word is an auxiliary or a participle that is not an exception.
    private void Read(string word, ref bool auxiliary, ref bool participle)
    {
        if (auxiliaries.Contains(word)) auxiliary = true;
        else if (!exceptions.Contains(word) && isParticiple(word)) participle = true;
    }
}
