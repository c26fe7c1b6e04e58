using Copywise.Research;
using Copywise.Text;

namespace Copywise.Languages;

/// <summary>Reads the words of a sentence as normalized match text (lower case), for the rule-based passive detectors.</summary>
internal static class WordScan
{
    /// <summary>Longest word the detectors look at; longer tokens (URLs, chemical names) are skipped.</summary>
    public const int MaxWord = 64;

    /// <summary>
    /// The normalized words of a sentence, one at a time, without an array (strings shared through
    /// <see cref="WordStrings"/>); longer tokens than <see cref="MaxWord"/> are skipped.
    /// </summary>
    public static WordReader EachWord(TextAnalysis text, in Sentence sentence) => new(text, text.WordsOf(sentence));

    /// <summary>Reads a sentence's words as normalized strings; use with <c>foreach</c>.</summary>
    public ref struct WordReader(TextAnalysis text, ReadOnlySpan<Word> words)
    {
        private readonly ReadOnlySpan<Word> _words = words;
        private int _next;

        /// <summary>The current word.</summary>
        public string Current { get; private set; } = "";

        /// <summary>The reader itself, for <c>foreach</c>.</summary>
        public readonly WordReader GetEnumerator() => this;

        /// <summary>Moves to the next word short enough to read.</summary>
        public bool MoveNext()
        {
            Span<char> buffer = stackalloc char[MaxWord];
            while (_next < _words.Length)
            {
                var raw = text.Text(_words[_next++]);
                if (raw.Length > MaxWord) continue;
                Current = WordStrings.Get(buffer[..MatchTokens.Normalize(raw, buffer, text.Language.TurkicCasing)]);
                return true;
            }
            return false;
        }
    }

    /// <summary>
    /// Walks a sentence's clauses word by word. A clause ends before every stop word (conjunctions, relative pronouns)
    /// and after clause-ending punctuation (with <paramref name="commas"/>, commas too). <paramref name="visit"/> gets
    /// each word and whether it starts a new clause, and stops the walk by returning true. A word written with a capital
    /// inside the sentence is a name: it is visited as an empty string, so that it is never taken for an auxiliary or a
    /// participle.
    /// </summary>
    /// <returns>True when <paramref name="visit"/> stopped the walk.</returns>
    public static bool EachClauseWord<TState>(TextAnalysis text, in Sentence sentence, System.Collections.Frozen.FrozenSet<string> stopWords, bool commas, ref TState state, ClauseWordVisitor<TState> visit)
        where TState : allows ref struct
    {
        var words = text.WordsOf(sentence);
        Span<char> buffer = stackalloc char[MaxWord];
        bool first = true, inClause = false, newClause = false;
        foreach (var w in words)
        {
            var raw = text.Text(w);
            if (!first && char.IsUpper(raw[0]))
            {
                if (visit(ref state, "", newClause || !inClause)) return true;
                inClause = true;
                newClause = false;
            }
            else if (raw.Length <= MaxWord)
            {
                var word = WordStrings.Get(buffer[..MatchTokens.Normalize(raw, buffer, text.Language.TurkicCasing)]);
                bool starts = newClause || !inClause || stopWords.Contains(word);
                if (visit(ref state, word, starts)) return true;
                inClause = true;
                newClause = false;
            }
            first = false;
            if ((EndsClause(text, w) || commas && FollowedByComma(text, w)) && inClause) newClause = true;
        }
        return false;
    }

    /// <summary>Receives one word of a clause walk; returns true to stop.</summary>
    public delegate bool ClauseWordVisitor<TState>(ref TState state, string word, bool startsClause) where TState : allows ref struct;

    /// <summary>True when the character after the word is punctuation that ends a clause (semicolon, colon, dash, bracket; not a comma).</summary>
    public static bool EndsClause(TextAnalysis text, in Word word)
    {
        var source = text.Document.Text;
        int after = word.Start + word.Length;
        // A dash stands between spaces: "слово — слово".
        while (after < source.Length && source[after] == ' ') after++;
        return after < source.Length && source[after] is ';' or ':' or '(' or ')' or '—' or '–';
    }

    /// <summary>True when a comma follows the word.</summary>
    public static bool FollowedByComma(TextAnalysis text, in Word word)
    {
        var source = text.Document.Text;
        int after = word.Start + word.Length;
        return after < source.Length && source[after] == ',';
    }
}
