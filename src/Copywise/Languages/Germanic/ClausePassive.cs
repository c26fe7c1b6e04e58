using Copywise.Research;
using Copywise.Text;

namespace Copywise.Languages;

/// <summary>
/// Passive voice built with an auxiliary and a participle (German "wird gebaut", Dutch "werd gebouwd", Norwegian
/// "ble bygget"): the sentence is cut into clauses at clause-opening words (conjunctions, relative pronouns), and it
/// is passive when one clause holds both a passive auxiliary and a participle that the language accepts.
/// </summary>
public abstract class ClausePassive
{
    /// <summary>True when the clause also ends at a comma (or a colon) after a word, not only at clause-opening words.</summary>
    protected virtual bool BreaksAtComma => false;

    /// <summary>True when the participle must follow the auxiliary (a clause then starts at each auxiliary too).</summary>
    protected virtual bool AuxiliaryFirst => false;

    /// <summary>True for a passive auxiliary (lower case).</summary>
    protected abstract bool IsAuxiliary(string word);

    /// <summary>True for a word that opens a new clause (lower case).</summary>
    protected abstract bool IsClauseBreak(string word);

    /// <summary>True when <c>words[index]</c> (lower case) is a participle that makes the clause <c>words[from..to]</c> passive.</summary>
    protected abstract bool IsPassiveParticiple(ReadOnlySpan<string> words, int index, int from, int to);

    /// <summary>True when the sentence has a clause with a passive auxiliary and a participle.</summary>
    public bool IsPassive(TextAnalysis text, in Sentence sentence)
    {
        var spans = text.WordsOf(sentence);
        if (spans.Length < 2) return false;
        // The words' strings are shared (WordStrings); only the array holding them is rented for the sentence.
        var rented = System.Buffers.ArrayPool<string>.Shared.Rent(spans.Length);
        try
        {
            var words = rented.AsSpan(0, spans.Length);
            bool hasAuxiliary = false;
            for (int i = 0; i < spans.Length; i++)
            {
                words[i] = WordStrings.Normalized(text.Text(spans[i]));
                hasAuxiliary |= IsAuxiliary(words[i]);
            }
            return hasAuxiliary && HasPassiveClause(words, spans, text.Document.Text);
        }
        finally { System.Buffers.ArrayPool<string>.Shared.Return(rented, clearArray: true); }
    }

    private bool HasPassiveClause(ReadOnlySpan<string> words, ReadOnlySpan<Word> spans, ReadOnlySpan<char> source)
    {
        int from = 0;
        for (int i = 0; i <= words.Length; i++)
        {
            bool end = i == words.Length;
            // A clause-opening word starts a clause; punctuation after a word ends one.
            bool startsHere = !end && i > from && (IsClauseBreak(words[i]) || AuxiliaryFirst && IsAuxiliary(words[i]));
            bool endsAfterPrevious = !end && i > from && PunctuationAfter(source, spans[i - 1].End);
            if (!end && !startsHere && !endsAfterPrevious) continue;
            if (ClauseIsPassive(words, from, i)) return true;
            from = i;
        }
        return false;
    }

    private bool PunctuationAfter(ReadOnlySpan<char> source, int end)
    {
        if (end >= source.Length) return false;
        char c = source[end];
        return c == ':' || BreaksAtComma && c is ',' or ';';
    }

    private bool ClauseIsPassive(ReadOnlySpan<string> words, int from, int to)
    {
        int auxiliary = -1;
        for (int i = from; i < to; i++)
        {
            if (IsAuxiliary(words[i])) { auxiliary = i; break; }
        }
        if (auxiliary < 0) return false;
        for (int i = from; i < to; i++)
        {
            if (i == auxiliary || AuxiliaryFirst && i < auxiliary) continue;
            if (IsPassiveParticiple(words, i, from, to)) return true;
        }
        return false;
    }
}
