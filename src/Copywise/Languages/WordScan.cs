using Copywise.Research;
using Copywise.Text;

namespace Copywise.Languages;

/// <summary>Reads the words of a sentence as normalized match text (lower case), for the rule-based passive detectors.</summary>
internal static class WordScan
{
    /// <summary>Longest word the detectors look at; longer tokens (URLs, chemical names) are skipped.</summary>
    public const int MaxWord = 64;

    /// <summary>The normalized words of a sentence, in order (strings shared through <see cref="WordStrings"/>).</summary>
    public static string[] Words(TextAnalysis text, in Sentence sentence)
    {
        var words = text.WordsOf(sentence);
        var list = new string[words.Length];
        int n = 0;
        Span<char> buffer = stackalloc char[MaxWord];
        foreach (var w in words)
        {
            var raw = text.Text(w);
            if (raw.Length > MaxWord) continue;
            int len = MatchTokens.Normalize(raw, buffer, text.Language.TurkicCasing);
            list[n++] = WordStrings.Get(buffer[..len]);
        }
        return n == list.Length ? list : list[..n];
    }

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

    /// <summary>
    /// The sentence's clauses: its words split before every stop word (conjunctions, relative pronouns) and after
    /// clause-ending punctuation (with <paramref name="commas"/>, commas too). Empty clauses are dropped. A word
    /// written with a capital inside the sentence is a name: it stays in the clause as an empty string, so that it is
    /// never taken for an auxiliary or a participle.
    /// </summary>
    public static List<string[]> Clauses(TextAnalysis text, in Sentence sentence, System.Collections.Frozen.FrozenSet<string> stopWords, bool commas = false)
    {
        var words = text.WordsOf(sentence);
        var clauses = new List<string[]>();
        var current = new List<string>();
        Span<char> buffer = stackalloc char[MaxWord];
        bool first = true;
        foreach (var w in words)
        {
            var raw = text.Text(w);
            if (!first && char.IsUpper(raw[0])) current.Add("");
            else if (raw.Length <= MaxWord)
            {
                var word = WordStrings.Get(buffer[..MatchTokens.Normalize(raw, buffer, text.Language.TurkicCasing)]);
                if (stopWords.Contains(word) && current.Count > 0)
                {
                    clauses.Add(current.ToArray());
                    current.Clear();
                }
                current.Add(word);
            }
            first = false;
            if ((EndsClause(text, w) || commas && FollowedByComma(text, w)) && current.Count > 0)
            {
                clauses.Add(current.ToArray());
                current.Clear();
            }
        }
        if (current.Count > 0) clauses.Add(current.ToArray());
        return clauses;
    }
}
