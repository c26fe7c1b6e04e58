using Copywise.Text;

namespace Copywise.Research;

/// <summary>
/// Every match token of the body (words split also at hyphens, lower case, apostrophes unified), found once and
/// numbered: equal tokens share an id. Keyphrase matching, density and transition words then compare integers.
/// </summary>
public sealed class MatchTokenIndex : IResearch<MatchTokenIndex>, IDisposable
{
    // The arrays, the lower-cased text and the table's arrays are rented from the shared pools: an analysis makes them
    // and its context's disposal returns them (an index no context disposes is simply collected).
    private int[] _start, _id, _sentenceFirst, _wordId;
    private int _sentenceCount, _wordCount;
    private char[] _lower;
    private bool _disposed;
    private readonly TokenTable _ids;
    // Per phrase met (the keyphrase, its synonyms, related keyphrases: a handful, found by instance, since a phrase's
    // forms are prepared once per analysis), the ids of its
    // words' forms and, for phrases of up to 32 content words, per token id a bit for each content word it is a form
    // of: matching a range then reads one integer per token instead of searching every word's forms.
    private PhraseIds[] _phrases = [];
    private int _phraseCount;

    private sealed class PhraseIds(PhraseForms phrase, int[][] ids)
    {
        public readonly PhraseForms Phrase = phrase;
        public readonly int[][] Ids = ids;
        public uint[]? Masks;
    }

    private MatchTokenIndex(int[] start, int[] id, int count, int[] sentenceFirst, int sentenceCount, int[] wordId, int wordCount, char[] lower, TokenTable ids)
    {
        Count = count;
        _start = start;
        _id = id;
        _sentenceFirst = sentenceFirst;
        _sentenceCount = sentenceCount;
        _wordId = wordId;
        _wordCount = wordCount;
        _lower = lower;
        _ids = ids;
    }

    /// <summary>Start of each token in the document's text.</summary>
    public ReadOnlySpan<int> Start => _start.AsSpan(0, Count);
    /// <summary>End (exclusive) of token <paramref name="token"/>: normalization keeps lengths, so it is its form's length past its start.</summary>
    public int EndOf(int token) => _start[token] + _ids.Key(_id[token]).Length;
    /// <summary>Id of each token's normalized form.</summary>
    public ReadOnlySpan<int> Id => _id.AsSpan(0, Count);
    /// <summary>For sentence <c>s</c>, its tokens are <c>SentenceFirst[s]..SentenceFirst[s+1]</c> (one more than the sentences).</summary>
    public ReadOnlySpan<int> SentenceFirst => _sentenceFirst.AsSpan(0, _sentenceCount + 1);
    /// <summary>Number of tokens.</summary>
    public int Count { get; private set; }
    /// <summary>
    /// For each word of <see cref="TextAnalysis.Words"/>, the id of its normalized form, so that what depends only on a
    /// word's form is worked out once per distinct word. A word that match tokens split (at a hyphen or a slash) has an
    /// id of its own, which no token has.
    /// </summary>
    public ReadOnlySpan<int> WordId => _wordId.AsSpan(0, _wordCount);
    /// <summary>The normalized form with the given id (lower case, apostrophes unified).</summary>
    public ReadOnlySpan<char> Form(int id) => _ids.Key(id);
    /// <summary>Number of distinct normalized forms: every id is below it.</summary>
    public int DistinctCount => _ids.Count;

    /// <summary>The id of a normalized form, or -1 when the body never has it.</summary>
    public int IdOf(ReadOnlySpan<char> normalized) => _ids.Find(normalized);

    /// <summary>For each content word of a phrase, the ids of its forms that occur in the body (computed once per phrase).</summary>
    public int[][] IdsOf(PhraseForms phrase) => EntryOf(phrase).Ids;

    private PhraseIds EntryOf(PhraseForms phrase)
    {
        for (int i = 0; i < _phraseCount; i++) if (ReferenceEquals(_phrases[i].Phrase, phrase)) return _phrases[i];
        var ids = new int[phrase.Forms.Length][];
        var found = new Text.PooledBuffer<int>(8);
        for (int k = 0; k < ids.Length; k++)
        {
            foreach (var form in phrase.Forms[k])
            {
                int id = IdOf(form);
                if (id >= 0) found.Add(id);
            }
            // Stem-matched languages: every distinct token of the text is tested once per content word.
            if (phrase.StemLanguage is not null)
            {
                for (int id = 0; id < _ids.Count; id++)
                {
                    if (phrase.Matches(k, _ids.Key(id)) && Array.IndexOf(found.Items, id, 0, found.Count) < 0) found.Add(id);
                }
            }
            ids[k] = found.Items.AsSpan(0, found.Count).ToArray();
            found.Count = 0;
        }
        found.Release();
        if (_phraseCount == _phrases.Length) Array.Resize(ref _phrases, Math.Max(4, _phraseCount * 2));
        var entry = new PhraseIds(phrase, ids);
        _phrases[_phraseCount++] = entry;
        return entry;
    }

    private uint[] MasksOf(PhraseForms phrase, int[][] ids)
    {
        var entry = EntryOf(phrase);
        if (entry.Masks is { } masks) return masks;
        // Rented, since it is as long as the text has distinct words; the index gives it back when disposed.
        masks = System.Buffers.ArrayPool<uint>.Shared.Rent(Math.Max(1, _ids.Count));
        Array.Clear(masks, 0, _ids.Count);
        for (int k = 0; k < ids.Length; k++)
        {
            foreach (int id in ids[k]) masks[id] |= 1u << k;
        }
        entry.Masks = masks;
        return masks;
    }

    /// <summary>Ids of a sequence of normalized words (-1 for words the body lacks).</summary>
    public int[] IdsOf(string[] words)
    {
        var ids = new int[words.Length];
        for (int i = 0; i < words.Length; i++) ids[i] = IdOf(words[i]);
        return ids;
    }

    /// <inheritdoc/>
    public static MatchTokenIndex Compute(AnalysisContext context)
    {
        var text = context.Document.Text;
        var sentences = context.Text.Sentences;
        int capacity = context.Text.Words.Length + 16;
        // One lower-cased copy of the text: a single case-mapping call instead of one per token, and the keys of the table.
        var lower = LowerCase(text, context.Language.TurkicCasing);
        var state = new BuildState
        {
            // Match tokens split words at hyphens and slashes too: a little headroom saves a regrowth.
            Start = Pool.Rent(capacity + capacity / 8),
            // A text's distinct words grow more slowly than its words.
            Ids = new TokenTable(lower, Math.Min(capacity / 2, 4096)),
        };
        state.Id = Pool.Rent(state.Start.Length);
        var first = Pool.Rent(sentences.Length + 1);
        var words = context.Text.Words;
        var wordId = Pool.Rent(words.Length);
        var segmenter = context.Language.Segmenter;
        for (int s = 0; s < sentences.Length; s++)
        {
            first[s] = state.Count;
            if (segmenter is null)
            {
                // The words are already split at white space and trimmed of punctuation: match tokens only split them
                // further at hyphens, dashes, brackets and slashes (MatchTokens.ForEach over the sentence gives the same).
                int w = sentences[s].FirstWord, last = w + sentences[s].WordCount;
                for (; w < last; w++) wordId[w] = AddParts(ref state, text, words[w].Start, words[w].End);
            }
            else MatchTokens.ForEach(text, sentences[s].Start, sentences[s].End, ref state, static (ref BuildState st, int a, int b) => Add(ref st, a, b), segmenter);
        }
        first[sentences.Length] = state.Count;
        if (segmenter is not null)
        {
            for (int w = 0; w < words.Length; w++) wordId[w] = state.Ids.GetOrAdd(words[w].Start, words[w].Length);
        }
        return new MatchTokenIndex(state.Start, state.Id, state.Count, first, sentences.Length, wordId, words.Length, lower, state.Ids);
    }

    private static System.Buffers.ArrayPool<int> Pool => System.Buffers.ArrayPool<int>.Shared;

    /// <summary>Returns the index's buffers to the shared pools; the index must not be used afterwards.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _ids.Release();
        Pool.Return(_start);
        Pool.Return(_id);
        Pool.Return(_sentenceFirst);
        Pool.Return(_wordId);
        System.Buffers.ArrayPool<char>.Shared.Return(_lower);
        for (int i = 0; i < _phraseCount; i++)
        {
            if (_phrases[i].Masks is { } masks) System.Buffers.ArrayPool<uint>.Shared.Return(masks);
            _phrases[i].Masks = null;
        }
        _start = _id = _sentenceFirst = _wordId = [];
        _lower = [];
        Count = _wordCount = 0;
        _sentenceCount = -1; // SentenceFirst is then empty
    }

    // Adds the match tokens of the word text[start..end] and returns the id of the whole word's form: most words are one
    // token, whose id it is.
    private static int AddParts(ref BuildState st, ReadOnlySpan<char> text, int start, int end)
    {
        int wordStart = start;
        while (true)
        {
            int cut = text.Slice(start, end - start).IndexOfAny(MatchTokens.InnerSeparators);
            // A word without separators is one token: the analysis's words are trimmed of punctuation already.
            if (cut < 0 && start == wordStart) return Add(ref st, start, end);
            int partEnd = cut < 0 ? end : start + cut;
            int a = start, b = partEnd;
            WordTokenizer.TrimPunctuation(text, ref a, ref b);
            if (b > a) Add(ref st, a, b);
            if (cut < 0) return st.Ids.GetOrAdd(wordStart, end - wordStart);
            start = partEnd + 1;
        }
    }

    private static int Add(ref BuildState st, int a, int b)
    {
        int id = st.Ids.GetOrAdd(a, b - a);
        // Rented arrays may be longer than asked for: each grows when it is full.
        if (st.Count == st.Start.Length) PooledArrays.Grow(ref st.Start, st.Count);
        if (st.Count == st.Id.Length) PooledArrays.Grow(ref st.Id, st.Count);
        st.Start[st.Count] = a;
        st.Id[st.Count++] = id;
        return id;
    }

    // The text as MatchTokens.Normalize writes each token: lower case, typographic apostrophes as ASCII. Case mapping
    // keeps the length, so offsets into the copy are offsets into the text.
    private static char[] LowerCase(ReadOnlySpan<char> text, bool turkic)
    {
        var lower = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        int n = MatchTokens.Normalize(text, lower, turkic);
        System.Diagnostics.Debug.Assert(n == text.Length);
        return lower;
    }

    private struct BuildState
    {
        public int[] Start, Id;
        public int Count;
        public TokenTable Ids;
    }

    /// <summary>
    /// Matches a phrase in tokens <c>[from, to)</c>: how many of its words occur, the smallest count (for exact phrases,
    /// the occurrences of the sequence), and optionally the matched token indexes.
    /// </summary>
    public PhraseMatch Match(PhraseForms phrase, int from, int to, List<int>? matched = null)
    {
        int n = phrase.Forms.Length;
        if (n == 0 || to <= from) return new PhraseMatch(0, n, 0, -1);
        var ids = IdsOf(phrase);
        if (phrase.Exact)
        {
            int count = 0, position = -1;
            for (int t = from; t + n <= to; t++)
            {
                bool all = true;
                for (int k = 0; k < n && all; k++) all = Array.IndexOf(ids[k], _id[t + k]) >= 0;
                if (!all) continue;
                count++;
                if (position < 0) position = _start[t];
                if (matched != null) for (int k = 0; k < n; k++) matched.Add(t + k);
                t += n - 1;
            }
            return new PhraseMatch(count > 0 ? n : 0, n, count, position);
        }
        Span<int> counts = n <= 32 ? stackalloc int[n] : new int[n];
        counts.Clear();
        int firstPosition = -1;
        int before = matched?.Count ?? 0;
        if (n <= 32)
        {
            var masks = MasksOf(phrase, ids);
            for (int t = from; t < to; t++)
            {
                uint mask = masks[_id[t]];
                if (mask == 0) continue;
                for (uint m = mask; m != 0; m &= m - 1) counts[System.Numerics.BitOperations.TrailingZeroCount(m)]++;
                if (firstPosition < 0) firstPosition = _start[t];
                matched?.Add(t);
            }
        }
        else
        {
            for (int t = from; t < to; t++)
            {
                int id = _id[t];
                bool hit = false;
                for (int k = 0; k < n; k++)
                {
                    if (Array.IndexOf(ids[k], id) >= 0) { counts[k]++; hit = true; }
                }
                if (!hit) continue;
                if (firstPosition < 0) firstPosition = _start[t];
                matched?.Add(t);
            }
        }
        // A language written without spaces may segment a keyphrase word differently inside a compound ("初心者" alone,
        // "初心" + "者" in "ソロキャンプ初心者"): a word found as no token is looked for in the text from each token's start.
        if (phrase.Segmenter is not null)
        {
            for (int k = 0; k < n; k++)
            {
                if (counts[k] > 0) continue;
                for (int t = from; t < to; t++)
                {
                    if (!StartsWithForm(_lower.AsSpan(_start[t]), phrase.Forms[k])) continue;
                    counts[k]++;
                    if (firstPosition < 0 || _start[t] < firstPosition) firstPosition = _start[t];
                    matched?.Add(t);
                }
            }
        }
        int found = 0, min = int.MaxValue;
        foreach (int c in counts) { if (c > 0) found++; min = Math.Min(min, c); }
        if (min == 0 && matched != null) matched.RemoveRange(before, matched.Count - before);
        return new PhraseMatch(found, n, min, firstPosition);
    }

    /// <summary>True when the normalized text starts with one of the forms (of two characters or more).</summary>
    internal static bool StartsWithForm(ReadOnlySpan<char> normalized, System.Collections.Frozen.FrozenSet<string> forms)
    {
        foreach (var form in forms)
        {
            if (form.Length > 1 && normalized.StartsWith(form, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>The best of the keyphrase and, when it is not complete and synonyms are used, its synonyms.</summary>
    public PhraseMatch MatchTopic(TopicForms topic, int from, int to, bool useSynonyms)
    {
        var best = Match(topic.Keyphrase, from, to);
        if (best.All || !useSynonyms) return best;
        foreach (var synonym in topic.Synonyms)
        {
            var m = Match(synonym, from, to);
            if (m.Percent > best.Percent) best = m with { IsSynonym = true };
        }
        return best;
    }

    /// <summary>The token range of a block of the document.</summary>
    public (int From, int To) TokensOfBlock(Copywise.Text.TextAnalysis text, int block)
    {
        var span = text.Blocks[block];
        int firstSentence = span.FirstSentence;
        int lastSentence = span.FirstSentence + span.SentenceCount;
        return (_sentenceFirst[firstSentence], _sentenceFirst[lastSentence]);
    }

    /// <summary>The token range of a sentence.</summary>
    public (int From, int To) TokensOfSentence(int sentence) => (_sentenceFirst[sentence], _sentenceFirst[sentence + 1]);
}
