using Copywise.Analysis;
using Copywise.Text;

namespace Copywise.Research;

/// <summary>Counts the occurrences of a phrase in a range of text: every content word within the range, any order.</summary>
public static class PhraseMatcher
{
    /// <summary>
    /// How many times the phrase occurs in <c>text[start..end]</c>: the smallest count among its words
    /// (for an exact phrase, the number of times the word sequence occurs). Adds the matched tokens' ranges to <paramref name="marks"/> when given.
    /// </summary>
    public static int Count(PhraseForms phrase, ReadOnlySpan<char> text, int start, int end, List<(int Start, int End)>? marks = null)
    {
        if (phrase.IsEmpty || end <= start) return 0;
        return phrase.Exact ? CountExact(phrase, text, start, end, marks) : CountAnyOrder(phrase, text, start, end, marks);
    }

    private ref struct AnyOrderState
    {
        public PhraseForms Phrase;
        public int[] Counts;
        public List<(int, int)>? Found;
        public ReadOnlySpan<char> Text;
    }

    private static int CountAnyOrder(PhraseForms phrase, ReadOnlySpan<char> text, int start, int end, List<(int, int)>? marks)
    {
        int n = phrase.Forms.Length;
        var state = new AnyOrderState { Phrase = phrase, Counts = new int[n], Found = marks is null ? null : new List<(int, int)>(), Text = text };
        MatchTokens.ForEach(text, start, end, ref state, static (ref AnyOrderState st, int s, int e) =>
        {
            int len = e - s;
            Span<char> buffer = len <= 128 ? stackalloc char[len] : new char[len];
            int m = MatchTokens.Normalize(st.Text.Slice(s, len), buffer, st.Phrase.TurkicCasing);
            var token = buffer[..m];
            bool hit = false;
            for (int k = 0; k < st.Phrase.Forms.Length; k++)
            {
                if (st.Phrase.Matches(k, token))
                {
                    st.Counts[k]++;
                    hit = true;
                }
            }
            if (hit) st.Found?.Add((s, e));
        }, phrase.Segmenter);
        int min = int.MaxValue;
        foreach (var c in state.Counts) min = Math.Min(min, c);
        if (min > 0 && marks is not null && state.Found is not null) marks.AddRange(state.Found);
        return min == int.MaxValue ? 0 : min;
    }

    private static int CountExact(PhraseForms phrase, ReadOnlySpan<char> text, int start, int end, List<(int, int)>? marks)
    {
        // Collect tokens, then slide the phrase over them.
        var tokens = new List<(int Start, int End)>();
        MatchTokens.ForEach(text, start, end, ref tokens, static (ref List<(int, int)> list, int s, int e) => list.Add((s, e)), phrase.Segmenter);
        var words = phrase.ContentWords;
        int count = 0;
        Span<char> buffer = stackalloc char[128];
        for (int i = 0; i + words.Length <= tokens.Count; i++)
        {
            bool all = true;
            for (int k = 0; k < words.Length && all; k++)
            {
                var (s, e) = tokens[i + k];
                var token = text.Slice(s, e - s);
                if (token.Length > buffer.Length) { all = false; break; }
                int m = MatchTokens.Normalize(token, buffer, phrase.TurkicCasing);
                all = buffer[..m].SequenceEqual(words[k]);
            }
            if (!all) continue;
            count++;
            marks?.Add((tokens[i].Start, tokens[i + words.Length - 1].End));
            i += words.Length - 1;
        }
        return count;
    }
}

/// <summary>The occurrences of a topic's keyphrase in the body (matched sentence by sentence, as the reference does).</summary>
public sealed class KeyphraseOccurrences : ITopicResearch<KeyphraseOccurrences>
{
    /// <summary>Total occurrences.</summary>
    public int Count { get; private init; }
    /// <summary>Marks on the matched words.</summary>
    public IReadOnlyList<Mark> Marks { get; private init; } = [];

    /// <inheritdoc/>
    public static KeyphraseOccurrences Compute(AnalysisContext context, Topic topic)
    {
        var forms = context.Get<TopicForms>(topic).Keyphrase;
        var sentences = context.Text.Sentences;
        if (forms.IsEmpty) return new KeyphraseOccurrences();
        var index = context.Get<MatchTokenIndex>();
        // The matched tokens go to one list per thread, emptied here; the marks are made from it at their final size.
        var matched = t_matched ??= [];
        matched.Clear();
        int total = 0;
        for (int i = 0; i < sentences.Length; i++)
        {
            var (from, to) = index.TokensOfSentence(i);
            total += index.Match(forms, from, to, matched).FullMatches;
        }
        var marks = matched.Count == 0 ? [] : new Mark[matched.Count];
        for (int k = 0; k < marks.Length; k++) marks[k] = context.MarkOf(index.Start[matched[k]], index.EndOf(matched[k]));
        // A text with thousands of matches does not keep its list on the thread.
        if (matched.Capacity > 4096) t_matched = null;
        return new KeyphraseOccurrences { Count = total, Marks = marks };
    }

    [ThreadStatic] private static List<int>? t_matched;
}
