namespace Copywise.Research;

/// <summary>How much of a phrase a piece of text contains.</summary>
/// <param name="WordsFound">How many of the phrase's matched words occur at least once.</param>
/// <param name="WordCount">How many words the phrase has to match.</param>
/// <param name="FullMatches">How many times every word occurs (the smallest count among them); for exact phrases, occurrences.</param>
/// <param name="Position">Start of the first matched token, -1 when none.</param>
/// <param name="IsSynonym">True when a synonym matched better than the keyphrase.</param>
public readonly record struct PhraseMatch(int WordsFound, int WordCount, int FullMatches, int Position, bool IsSynonym = false)
{
    /// <summary>Found words as a rounded percentage of the phrase's words.</summary>
    public int Percent => WordCount == 0 ? 0 : (int)Math.Round(WordsFound * 100.0 / WordCount, MidpointRounding.AwayFromZero);

    /// <summary>True when every word was found.</summary>
    public bool All => WordCount > 0 && WordsFound == WordCount;
}

/// <summary>Matches topic phrases against short texts: titles, descriptions, slugs, alt texts, anchors, subheadings, paragraphs.</summary>
public static class TopicMatcher
{
    /// <summary>Matches one phrase in <c>text[start..end]</c>; matched token ranges go to <paramref name="marks"/> when given.</summary>
    public static PhraseMatch Match(PhraseForms phrase, ReadOnlySpan<char> text, int start, int end, List<(int Start, int End)>? marks = null)
    {
        int n = phrase.Forms.Length;
        if (n == 0 || end <= start) return new PhraseMatch(0, n, 0, -1);
        if (phrase.Exact)
        {
            var found = new List<(int, int)>();
            int count = PhraseMatcher.Count(phrase, text, start, end, found);
            marks?.AddRange(found);
            return new PhraseMatch(count > 0 ? n : 0, n, count, found.Count > 0 ? found[0].Item1 : -1);
        }
        Span<int> counts = n <= 32 ? stackalloc int[n] : new int[n];
        counts.Clear();
        int position = -1;
        int i = start;
        Span<char> buffer = stackalloc char[128];
        // A language written without spaces has its tokens found by its segmenter first.
        List<(int, int)>? segmented = null;
        if (phrase.Segmenter is not null)
        {
            segmented = new List<(int, int)>();
            MatchTokens.ForEach(text, start, end, ref segmented, static (ref List<(int, int)> list, int a, int b) => list.Add((a, b)), phrase.Segmenter);
        }
        int next = 0;
        while (segmented is null ? i < end : next < segmented.Count)
        {
            int s, e;
            if (segmented is not null)
            {
                (s, e) = segmented[next++];
            }
            else
            {
                while (i < end && MatchTokens.IsSeparator(text[i])) i++;
                s = i;
                while (i < end && !MatchTokens.IsSeparator(text[i])) i++;
                e = i;
                Text.WordTokenizer.TrimPunctuation(text, ref s, ref e);
            }
            if (e <= s || e - s > buffer.Length) continue;
            int m = MatchTokens.Normalize(text.Slice(s, e - s), buffer, phrase.TurkicCasing);
            var token = buffer[..m];
            bool hit = false;
            for (int k = 0; k < n; k++)
            {
                if (phrase.Matches(k, token))
                {
                    counts[k]++;
                    hit = true;
                }
            }
            if (hit)
            {
                if (position < 0) position = s;
                marks?.Add((s, e));
            }
        }
        // As in MatchTokenIndex: a word of a language without spaces that no token is may start at a token inside a compound.
        if (segmented is not null)
        {
            Span<char> window = stackalloc char[64];
            for (int k = 0; k < n; k++)
            {
                if (counts[k] > 0) continue;
                foreach (var (s, _) in segmented)
                {
                    int length = Math.Min(window.Length, end - s);
                    int m = MatchTokens.Normalize(text.Slice(s, length), window, phrase.TurkicCasing);
                    if (!MatchTokenIndex.StartsWithForm(window[..m], phrase.Forms[k])) continue;
                    counts[k]++;
                    if (position < 0 || s < position) position = s;
                }
            }
        }
        int wordsFound = 0, min = int.MaxValue;
        foreach (int c in counts)
        {
            if (c > 0) wordsFound++;
            min = Math.Min(min, c);
        }
        return new PhraseMatch(wordsFound, n, min, position);
    }

    /// <summary>Matches a whole string.</summary>
    public static PhraseMatch Match(PhraseForms phrase, ReadOnlySpan<char> text) => Match(phrase, text, 0, text.Length);

    /// <summary>
    /// The keyphrase's match, or, when it is not complete and synonyms are used, the best synonym's when that is better.
    /// </summary>
    public static PhraseMatch MatchTopic(TopicForms topic, ReadOnlySpan<char> text, int start, int end, bool useSynonyms)
    {
        var best = Match(topic.Keyphrase, text, start, end);
        if (best.All || !useSynonyms) return best;
        foreach (var synonym in topic.Synonyms)
        {
            var m = Match(synonym, text, start, end);
            if (m.Percent > best.Percent) best = m with { IsSynonym = true };
        }
        return best;
    }

    /// <summary>Matches a whole string against the topic.</summary>
    public static PhraseMatch MatchTopic(TopicForms topic, ReadOnlySpan<char> text, bool useSynonyms) => MatchTopic(topic, text, 0, text.Length, useSynonyms);
}
