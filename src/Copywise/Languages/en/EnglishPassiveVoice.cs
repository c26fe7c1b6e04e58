using System.Collections.Frozen;
using Copywise.Research;
using Copywise.Text;

namespace Copywise.Languages;

/// <summary>
/// English passive voice: a form of "be" or "get", then up to three adverbs or "not", then a past participle
/// (a word ending in -ed, or a listed irregular participle), excluding adjective-like participles ("is tired") and
/// participles right after an adverb of degree ("pretty heated", "very excited"), which only adjectives take.
/// </summary>
public sealed class EnglishPassiveVoice
{
    // What a word can be to the rule; one lookup per word answers all of it.
    [Flags]
    private enum Role : byte
    {
        None = 0,
        Auxiliary = 1,
        DegreeAdverb = 2,
        ClauseBreak = 4,
        PhraseStart = 32,
        Participle = 8,
        NotParticiple = 16,
    }

    private static readonly string[] Auxiliaries =
    [
        "am", "is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "gotten", "getting",
        "isn't", "aren't", "wasn't", "weren't", "'s", "'re", "'m",
    ];

    // Adverbs of degree grade adjectives, not verbs: "is very tired" describes a state, "is tired by the walk" is passive.
    private static readonly string[] DegreeAdverbs =
    [
        "very", "pretty", "quite", "too", "so", "rather", "fairly", "extremely", "incredibly", "somewhat", "less", "least", "more", "most",
    ];

    // Words that start a new clause or phrase: a participle after one of them belongs to another verb, or is a noun
    // after a preposition ("the question is about cost", "the shop is in painted walls").
    private static readonly string[] ClauseBreaks =
    [
        "and", "but", "or", "nor", "because", "which", "that", "who", "whom", "whose", "when", "where", "while", "if",
        "although", "though", "since", "so", "as", "than", "until", "before", "after", "unless", "whereas", "whether",
        "about", "above", "across", "against", "along", "among", "around", "at", "behind", "below", "beneath", "beside",
        "between", "beyond", "by", "despite", "down", "during", "except", "for", "from", "in", "inside", "into", "like",
        "near", "of", "off", "on", "onto", "out", "outside", "over", "past", "per", "through", "throughout", "to",
        "toward", "towards", "under", "underneath", "up", "upon", "via", "with", "within", "without",
    ];

    // Words that start a noun phrase or a clause of their own: a participle after an article or a possessive modifies a
    // noun ("is often a paid feature", "is a dedicated market"), one after a subject pronoun has its own verb ("that's
    // what we've focused on"). A question that opens with its auxiliary puts its subject there ("Was the letter sent?"),
    // so there the first of them does not end the clause.
    private static readonly string[] PhraseStarts =
    [
        "a", "an", "the", "this", "these", "those", "my", "your", "his", "her", "its", "our", "their", "every",
        "i", "you", "he", "she", "we", "they", "i've", "you've", "we've", "they've", "i'd", "you'd", "he'd", "she'd",
        "we'd", "they'd", "i'll", "you'll", "he'll", "she'll", "we'll", "they'll",
    ];

    // Words arrive lower-cased (MatchTokens.Normalize), so ordinal comparison is enough.
    private readonly FrozenDictionary<string, Role>.AlternateLookup<ReadOnlySpan<char>> _roles;

    /// <summary>Creates the rule with the language's irregular participles and the -ed words that are not participles.</summary>
    public EnglishPassiveVoice(FrozenSet<string> irregularParticiples, FrozenSet<string> exceptions)
    {
        var roles = new Dictionary<string, Role>(StringComparer.Ordinal);
        void Add(IEnumerable<string> words, Role role)
        {
            foreach (var w in words) roles[w] = roles.GetValueOrDefault(w) | role;
        }
        Add(Auxiliaries, Role.Auxiliary);
        Add(DegreeAdverbs, Role.DegreeAdverb);
        Add(ClauseBreaks, Role.ClauseBreak);
        Add(PhraseStarts, Role.PhraseStart);
        Add(irregularParticiples, Role.Participle);
        Add(exceptions, Role.NotParticiple);
        _roles = roles.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>True when the sentence has a passive construction: an auxiliary and, later in the same clause, a participle.</summary>
    public bool IsPassive(TextAnalysis text, in Sentence sentence)
    {
        var words = text.WordsOf(sentence);
        var source = text.Document.Text;
        Span<char> buffer = stackalloc char[64];
        bool inPassiveClause = false, afterDegree = false;
        // A question that opens with its auxiliary ("Was the letter sent?") has its subject between it and the participle.
        bool question = sentence.Length > 0 && source[sentence.Start + sentence.Length - 1] == '?';
        bool invertedQuestion = false;
        for (int i = 0; i < words.Length; i++)
        {
            var raw = text.Text(words[i]);
            if (raw.Length > buffer.Length) continue;
            // Outside a passive clause only an auxiliary matters, and most words cannot be one: they skip the lookup.
            if (!inPassiveClause && !MayBeAuxiliary(raw)) continue;
            int n = MatchTokens.Normalize(raw, buffer);
            var w = buffer[..n];
            var role = _roles.TryGetValue(w, out var r) ? r : Role.None;
            bool graded = afterDegree;
            afterDegree = (role & Role.DegreeAdverb) != 0;
            if ((role & Role.Auxiliary) != 0 || IsContractedAuxiliary(w))
            {
                inPassiveClause = true;
                invertedQuestion = question && OnlyQuestionWordsBefore(text, words, i);
                continue;
            }
            if (inPassiveClause && (role & Role.ClauseBreak) != 0) { inPassiveClause = false; continue; }
            if (inPassiveClause && (role & Role.PhraseStart) != 0)
            {
                // The inverted question's subject may open with one ("Was the letter sent?"); a second starts the
                // predicate ("Is this a finished product?").
                if (invertedQuestion) { invertedQuestion = false; continue; }
                inPassiveClause = false;
                continue;
            }
            if (inPassiveClause && !graded && IsParticiple(w, role)) return true;
            // Punctuation after a word ends its clause.
            int after = words[i].End;
            if (inPassiveClause && after < source.Length && source[after] is ',' or ';' or ':' or '(' or ')' or '—' or '–') inPassiveClause = false;
        }
        return false;
    }

    // True when every word before the auxiliary asks the question ("Why was the decision made?") or there is none.
    private static bool OnlyQuestionWordsBefore(TextAnalysis text, ReadOnlySpan<Word> words, int auxiliary)
    {
        for (int k = 0; k < auxiliary; k++)
        {
            var word = text.Text(words[k]);
            if (!(word.Equals("why", StringComparison.OrdinalIgnoreCase) || word.Equals("when", StringComparison.OrdinalIgnoreCase)
                || word.Equals("where", StringComparison.OrdinalIgnoreCase) || word.Equals("how", StringComparison.OrdinalIgnoreCase)
                || word.Equals("what", StringComparison.OrdinalIgnoreCase) || word.Equals("which", StringComparison.OrdinalIgnoreCase)
                || word.Equals("who", StringComparison.OrdinalIgnoreCase))) return false;
        }
        return true;
    }

    // True unless the word surely is no auxiliary: it begins with a letter no auxiliary begins with and has no apostrophe
    // (which every contraction has). Cheaper than normalizing the word and looking it up; anything unusual takes the lookup.
    private static bool MayBeAuxiliary(ReadOnlySpan<char> raw)
    {
        char first = raw[0];
        if (first >= 0x80) return true;
        if (AuxiliaryFirstLetters[first | 0x20]) return true;
        // Words are short: a plain loop costs less than a vectorized search.
        foreach (char c in raw) if (MatchTokens.IsApostrophe(c)) return true;
        return false;
    }

    private static readonly bool[] AuxiliaryFirstLetters = FirstLetters(Auxiliaries);

    private static bool[] FirstLetters(string[] words)
    {
        var letters = new bool[128];
        foreach (var w in words) letters[w[0]] = true;
        return letters;
    }

    // Contractions: "it's", "they're" — "'s" is also possessive, so only pronoun contractions count.
    private static bool IsContractedAuxiliary(ReadOnlySpan<char> w)
    {
        int apostrophe = w.IndexOf('\'');
        if (apostrophe <= 0) return false;
        var head = w[..apostrophe];
        var tail = w[(apostrophe + 1)..];
        return tail is "re" or "m" || (tail is "s" && head is "it" or "he" or "she" or "that" or "there" or "what" or "who");
    }

    private static bool IsParticiple(ReadOnlySpan<char> w, Role role)
    {
        if ((role & Role.NotParticiple) != 0) return false;
        if ((role & Role.Participle) != 0) return true;
        // Four letters are enough for a participle ("used", "owed"); shorter -ed words are listed exceptions or not verbs.
        return w.Length > 3 && w.EndsWith("ed");
    }
}
