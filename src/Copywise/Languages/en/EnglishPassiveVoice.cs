using System.Collections.Frozen;
using Copywise.Research;
using Copywise.Text;

namespace Copywise.Languages;

/// <summary>
/// English passive voice: a form of "be" or "get", then up to three adverbs or "not", then a past participle
/// (a word ending in -ed, or a listed irregular participle), excluding adjective-like participles ("is tired") and
/// participles right after an adverb of degree ("pretty heated", "very excited"), which only adjectives take.
/// </summary>
public sealed class EnglishPassiveVoice(FrozenSet<string> irregularParticiples, FrozenSet<string> exceptions)
{
    // Span lookups made once: asking a set for one costs a type check on every word otherwise.
    // Words arrive lower-cased (MatchTokens.Normalize), so ordinal comparison is enough, and cheaper than ignoring case.
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _irregularParticiples = irregularParticiples.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _exceptions = exceptions.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries = new[]
    {
        "am", "is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "gotten", "getting",
        "isn't", "aren't", "wasn't", "weren't", "'s", "'re", "'m",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Adverbs of degree grade adjectives, not verbs: "is very tired" describes a state, "is tired by the walk" is passive.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DegreeAdverbs = new[]
    {
        "very", "pretty", "quite", "too", "so", "rather", "fairly", "extremely", "incredibly", "somewhat", "less", "least", "more", "most",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that start a new clause: a participle after one of them belongs to another verb.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseBreaks = new[]
    {
        "and", "but", "or", "nor", "because", "which", "that", "who", "whom", "whose", "when", "where", "while", "if",
        "although", "though", "since", "so", "as", "than", "until", "before", "after", "unless", "whereas", "whether",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the sentence has a passive construction: an auxiliary and, later in the same clause, a participle.</summary>
    public bool IsPassive(TextAnalysis text, in Sentence sentence)
    {
        var words = text.WordsOf(sentence);
        var source = text.Document.Text;
        Span<char> buffer = stackalloc char[64];
        bool inPassiveClause = false, afterDegree = false;
        for (int i = 0; i < words.Length; i++)
        {
            var raw = text.Text(words[i]);
            if (raw.Length > buffer.Length) continue;
            int n = MatchTokens.Normalize(raw, buffer);
            var w = buffer[..n];
            bool graded = afterDegree;
            afterDegree = DegreeAdverbs.Contains(w);
            if (IsAuxiliary(w)) { inPassiveClause = true; continue; }
            if (inPassiveClause && ClauseBreaks.Contains(w)) { inPassiveClause = false; continue; }
            if (inPassiveClause && !graded && IsParticiple(w)) return true;
            // Punctuation after a word ends its clause.
            int after = words[i].End;
            if (inPassiveClause && after < source.Length && source[after] is ',' or ';' or ':' or '(' or ')' or '—' or '–') inPassiveClause = false;
        }
        return false;
    }

    private static bool IsAuxiliary(ReadOnlySpan<char> w)
    {
        if (Auxiliaries.Contains(w)) return true;
        // Contractions: "it's", "they're" — "'s" is also possessive, so only pronoun contractions count.
        int apostrophe = w.IndexOf('\'');
        if (apostrophe > 0)
        {
            var head = w[..apostrophe];
            var tail = w[(apostrophe + 1)..];
            return tail is "re" or "m" || (tail is "s" && head is "it" or "he" or "she" or "that" or "there" or "what" or "who");
        }
        return false;
    }

    private bool IsParticiple(ReadOnlySpan<char> w)
    {
        if (_exceptions.Contains(w)) return false;
        if (_irregularParticiples.Contains(w)) return true;
        // Four letters are enough for a participle ("used", "owed"); shorter -ed words are listed exceptions or not verbs.
        return w.Length > 3 && w.EndsWith("ed");
    }
}
