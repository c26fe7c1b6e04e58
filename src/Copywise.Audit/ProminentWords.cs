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

    // Bits per word id in a packed phrase: three ids and the phrase's length fit in a long.
    private const int IdBits = 20;

    /// <summary>The prominent words of an analysed page, heaviest first.</summary>
    public static IReadOnlyList<ProminentWord> Of(AnalysisContext context)
    {
        // The library's match-token index (computed once per paper, shared with the keyphrase checks) numbers equal
        // words alike, so phrases are counted as packed ids rather than strings.
        var index = context.Get<MatchTokenIndex>();
        var source = context.Document.Text;
        var functionWords = context.Language.FunctionWords;
        var fw = functionWords.GetAlternateLookup<ReadOnlySpan<char>>();
        int vocabulary = 0;
        foreach (int id in index.Id) vocabulary = Math.Max(vocabulary, id + 1);
        // Per id: 0 unknown, 1 content word, 2 not a content word; and where it first occurs.
        var kind = new byte[vocabulary];
        var firstAt = new int[vocabulary];
        Span<char> buffer = stackalloc char[64];
        for (int t = 0; t < index.Count; t++)
        {
            int id = index.Id[t];
            if (kind[id] != 0) continue;
            firstAt[id] = t;
            var word = source.Slice(index.Start[t], index.EndOf(t) - index.Start[t]);
            bool content = false;
            if (word.Length >= 2 && word.Length <= buffer.Length && !IsNumber(word))
            {
                int n = MatchTokens.Normalize(word, buffer);
                content = functionWords.Count == 0 || !fw.Contains(buffer[..n]);
            }
            // Ids past what a packed phrase holds (a page of a million distinct words) are left out.
            kind[id] = content && id + 1 < (1 << IdBits) ? (byte)1 : (byte)2;
        }
        var counts = new Dictionary<long, int>();
        for (int s = 0; s + 1 < index.SentenceFirst.Length; s++)
        {
            int from = index.SentenceFirst[s], to = index.SentenceFirst[s + 1];
            int runStart = from;
            for (int t = from; t < to; t++)
            {
                // A phrase does not run across punctuation between two words.
                if (t > from && !Joined(source, index.EndOf(t - 1), index.Start[t])) runStart = t;
                if (kind[index.Id[t]] != 1) continue;
                // Phrases ending at t, starting with a content word in the same run, at most MaxPhraseWords long.
                long key = 0;
                for (int j = t; j >= Math.Max(runStart, t - MaxPhraseWords + 1); j--)
                {
                    key = key * (1L << IdBits) + index.Id[j] + 1;
                    if (kind[index.Id[j]] != 1) continue;
                    long packed = key | ((long)(t - j) << (IdBits * MaxPhraseWords));
                    counts[packed] = counts.GetValueOrDefault(packed) + 1;
                }
            }
        }
        var list = new List<(long Key, int Words, double Weight)>();
        foreach (var (key, c) in counts)
        {
            if (c < 2) continue;
            int words = (int)((ulong)key >> (IdBits * MaxPhraseWords)) + 1;
            list.Add((key, words, c * words));
        }
        list.Sort((a, b) => b.Weight.CompareTo(a.Weight));
        var result = new List<ProminentWord>(Math.Min(list.Count, MaxPerPage * 2));
        // Ties are broken by the phrase, so the choice is the same on every run.
        double cutoff = list.Count > MaxPerPage ? list[MaxPerPage - 1].Weight : double.MinValue;
        foreach (var (key, words, weight) in list)
        {
            if (weight < cutoff) break;
            result.Add(new ProminentWord(Phrase(key, words, index, firstAt, source), weight));
        }
        result.Sort((a, b) => b.Weight != a.Weight ? b.Weight.CompareTo(a.Weight) : string.CompareOrdinal(a.Phrase, b.Phrase));
        if (result.Count > MaxPerPage) result.RemoveRange(MaxPerPage, result.Count - MaxPerPage);
        return result;
    }

    // The ids were packed last word first: unpack them in reading order and spell each as it first occurs, normalized.
    private static string Phrase(long key, int words, MatchTokenIndex index, int[] firstAt, ReadOnlySpan<char> source)
    {
        long ids = key & ((1L << (IdBits * MaxPhraseWords)) - 1);
        var parts = new string[words];
        for (int k = 0; k < words; k++)
        {
            int id = (int)(ids % (1L << IdBits)) - 1;
            ids /= 1L << IdBits;
            int t = firstAt[id];
            parts[k] = MatchTokens.Normalize(source[index.Start[t]..index.EndOf(t)].ToString());
        }
        return string.Join(' ', parts);
    }

    // Words of one phrase are separated by white space or a hyphen only.
    private static bool Joined(ReadOnlySpan<char> source, int end, int start)
    {
        for (int i = end; i < start; i++)
        {
            char c = source[i];
            if (!char.IsWhiteSpace(c) && c is not ('-' or '–')) return false;
        }
        return true;
    }

    private static bool IsNumber(ReadOnlySpan<char> token)
    {
        foreach (char c in token) if (!char.IsDigit(c) && c is not ('.' or ',' or '%')) return false;
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
