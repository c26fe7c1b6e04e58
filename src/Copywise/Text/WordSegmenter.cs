namespace Copywise.Text;

/// <summary>
/// Splits text written without spaces between words (Japanese) into words. Tokenizers first split at white space as
/// usual, then hand every run that contains a character of the segmenter's script to <see cref="Segment"/>.
/// </summary>
public abstract class WordSegmenter
{
    /// <summary>True for characters of the script the segmenter splits; a run without any is left whole.</summary>
    public abstract bool Handles(char c);

    /// <summary>
    /// Adds to <paramref name="ends"/> the end of every word of <c>text[start..end]</c>, in order, the last one being
    /// <paramref name="end"/>. Punctuation may come out as words of its own: callers trim it.
    /// </summary>
    public abstract void Segment(ReadOnlySpan<char> text, int start, int end, List<int> ends);

    /// <summary>True when <c>text[start..end]</c> has a character the segmenter splits.</summary>
    public bool Needs(ReadOnlySpan<char> text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (Handles(text[i])) return true;
        }
        return false;
    }

    /// <summary>
    /// Calls <paramref name="visit"/> with each word of <c>text[start..end]</c>, punctuation trimmed from its ends by
    /// <paramref name="isPunctuation"/>; pieces that are only punctuation are skipped.
    /// </summary>
    public void ForEachWord<TState>(ReadOnlySpan<char> text, int start, int end, Func<char, bool> isPunctuation, ref TState state, Research.MatchTokens.TokenVisitor<TState> visit)
        where TState : allows ref struct
    {
        var ends = t_ends ??= new List<int>();
        ends.Clear();
        Segment(text, start, end, ends);
        // A visitor may segment again (nested calls): work on a copy of the boundaries.
        Span<int> copy = ends.Count <= 256 ? stackalloc int[ends.Count] : new int[ends.Count];
        for (int k = 0; k < ends.Count; k++) copy[k] = ends[k];
        int s = start;
        foreach (int e0 in copy)
        {
            int a = s, e = e0;
            s = e0;
            while (a < e && isPunctuation(text[a])) a++;
            while (e > a && isPunctuation(text[e - 1])) e--;
            if (e > a) visit(ref state, a, e);
        }
    }

    [ThreadStatic] private static List<int>? t_ends;
}
