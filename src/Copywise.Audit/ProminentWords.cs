using Copywise.Research;

namespace Copywise.Audit;

/// <summary>A word or phrase that stands out in a page, with its weight.</summary>
/// <param name="Phrase">The word or phrase, lower case, words separated by one space.</param>
/// <param name="Weight">Occurrences times the number of words (longer phrases say more about a topic).</param>
public readonly record struct ProminentWord(string Phrase, double Weight);

/// <summary>
/// The prominent words of a page: single words and phrases of two or three words that occur at least twice, counted
/// within sentences and never across punctuation, without function words at either end (the language's list), weighted
/// by occurrences times length. Pages that share prominent words are about the same things, which makes them candidates
/// for links between them.
/// </summary>
public static class ProminentWords
{
    /// <summary>The most prominent words kept per page.</summary>
    public const int MaxPerPage = 20;

    /// <summary>The longest phrase, in words.</summary>
    public const int MaxPhraseWords = 3;

    /// <summary>The prominent words of an analysed page, heaviest first.</summary>
    public static IReadOnlyList<ProminentWord> Of(AnalysisContext context)
    {
        var text = context.Text;
        var source = context.Document.Text;
        var functionWords = context.Language.FunctionWords;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        var fw = functionWords.Count > 0 ? functionWords.GetAlternateLookup<ReadOnlySpan<char>>() : default;
        Span<char> phrase = stackalloc char[512];
        var tokens = new List<(int Start, int Length, bool Content)>();
        var buffer = new char[256];
        foreach (var sentence in text.Sentences)
        {
            tokens.Clear();
            int phraseStart = 0;
            var words = text.WordsOf(sentence);
            var normalized = new List<string>();
            for (int i = 0; i < words.Length; i++)
            {
                var w = source.AsSpan(words[i].Start, words[i].Length);
                if (w.Length > buffer.Length) buffer = new char[w.Length];
                int n = MatchTokens.Normalize(w, buffer);
                var token = buffer.AsSpan(0, n);
                bool content = n >= 2 && !IsNumber(token) && (functionWords.Count == 0 || !fw.Contains(token));
                normalized.Add(new string(token));
                // A phrase does not run across punctuation between two words.
                bool joined = i > 0 && IsSpace(source.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End));
                if (!joined) phraseStart = i;
                tokens.Add((phraseStart, n, content));
            }
            for (int i = 0; i < tokens.Count; i++)
            {
                if (!tokens[i].Content) continue;
                // Phrases ending at word i: start at j ≥ the start of i's run, at most MaxPhraseWords long, starting with a content word.
                for (int j = i; j >= Math.Max(tokens[i].Start, i - MaxPhraseWords + 1); j--)
                {
                    if (!tokens[j].Content) continue;
                    int len = 0;
                    bool fits = true;
                    for (int k = j; k <= i; k++)
                    {
                        var t = normalized[k];
                        if (len + t.Length + 1 > phrase.Length) { fits = false; break; }
                        if (k > j) phrase[len++] = ' ';
                        t.AsSpan().CopyTo(phrase[len..]);
                        len += t.Length;
                    }
                    if (!fits) continue;
                    var key = phrase[..len];
                    if (lookup.TryGetValue(key, out int c)) lookup[key] = c + 1;
                    else lookup[key] = 1;
                }
            }
        }
        var list = new List<ProminentWord>();
        foreach (var (p, c) in counts)
        {
            if (c < 2) continue;
            int wordsInPhrase = 1;
            foreach (char ch in p) if (ch == ' ') wordsInPhrase++;
            list.Add(new ProminentWord(p, c * wordsInPhrase));
        }
        list.Sort((a, b) => b.Weight != a.Weight ? b.Weight.CompareTo(a.Weight) : string.CompareOrdinal(a.Phrase, b.Phrase));
        if (list.Count > MaxPerPage) list.RemoveRange(MaxPerPage, list.Count - MaxPerPage);
        return list;
    }

    private static bool IsNumber(ReadOnlySpan<char> token)
    {
        foreach (char c in token) if (!char.IsDigit(c) && c is not ('.' or ',' or '%')) return false;
        return true;
    }

    private static bool IsSpace(ReadOnlySpan<char> between)
    {
        foreach (char c in between) if (!char.IsWhiteSpace(c)) return false;
        return true;
    }

    /// <summary>Writes prominent words as text, one <c>phrase TAB weight</c> a line (the stored form).</summary>
    public static string Serialize(IReadOnlyList<ProminentWord> words) =>
        string.Join('\n', words.Select(w => w.Phrase + "\t" + w.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>Reads the stored form back.</summary>
    public static IReadOnlyList<ProminentWord> Deserialize(string text)
    {
        var list = new List<ProminentWord>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            int tab = line.LastIndexOf('\t');
            if (tab <= 0) continue;
            if (double.TryParse(line.AsSpan(tab + 1), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var weight))
                list.Add(new ProminentWord(line[..tab], weight));
        }
        return list;
    }
}
