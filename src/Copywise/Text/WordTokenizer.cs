using System.Globalization;

namespace Copywise.Text;

/// <summary>
/// Splits text into words: runs between white space, with punctuation trimmed from both ends, so that
/// "U.S.", "don't", "e-mail" and "3.5" stay whole and a lone dash is no word.
/// </summary>
public static class WordTokenizer
{
    /// <summary>
    /// True for characters trimmed from the ends of a word: Unicode punctuation, a few symbols used as punctuation, and
    /// the invisible marks that set the direction of right-to-left text (a word copied with them is the same word).
    /// </summary>
    public static bool IsPunctuation(char c)
    {
        if (c < 128)
        {
            return c switch
            {
                '.' or ',' or ';' or ':' or '!' or '?' or '"' or '\'' or '(' or ')' or '[' or ']' or '{' or '}' or '-' or '_' or '&' or '+' or '<' or '>' or '*' or '/' or '\\' or '|' or '~' or '`' or '=' or '#' or '^' => true,
                _ => false,
            };
        }
        if (IsDirectionMark(c)) return true;
        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
            or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation
            or UnicodeCategory.ConnectorPunctuation || c is '×' or '·' or '«' or '»';
    }

    /// <summary>Left-to-right and right-to-left marks, the Arabic letter mark, and the embedding, override and isolate controls.</summary>
    public static bool IsDirectionMark(char c) => c is '\u200E' or '\u200F' or '\u061C' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>
    /// Adds the words of <c>text[start..end]</c> to <paramref name="words"/>; a <paramref name="segmenter"/> splits the
    /// runs of a language written without spaces.
    /// </summary>
    internal static void Tokenize(ReadOnlySpan<char> text, int start, int end, int sentence, ref PooledBuffer<Word> words, WordSegmenter? segmenter = null)
    {
        // Offsets into a span of the range: the loops then read it without a bounds check per character.
        var span = text.Slice(start, end - start);
        int i = 0;
        while (i < span.Length)
        {
            while (i < span.Length && char.IsWhiteSpace(span[i])) i++;
            int s = i;
            while (i < span.Length && !char.IsWhiteSpace(span[i])) i++;
            int e = i;
            TrimPunctuation(span, ref s, ref e);
            if (e <= s) continue;
            s += start;
            e += start;
            if (segmenter is not null && segmenter.Needs(text, s, e))
            {
                var state = new SegmentState { Words = words, Sentence = sentence };
                segmenter.ForEachWord(text, s, e, IsPunctuation, ref state,
                    static (ref SegmentState st, int a, int b) => st.Words.Add(new Word(a, b - a, st.Sentence)));
                // The buffer may have grown (a new array) while the segmenter filled the copy in the state.
                words = state.Words;
                continue;
            }
            words.Add(new Word(s, e - s, sentence));
        }
    }

    private struct SegmentState
    {
        public PooledBuffer<Word> Words;
        public int Sentence;
    }

    /// <summary>Narrows <c>text[start..end]</c> to leave out the punctuation at both ends.</summary>
    public static void TrimPunctuation(ReadOnlySpan<char> text, ref int start, ref int end)
    {
        while (start < end && IsPunctuation(text[start])) start++;
        while (end > start && IsPunctuation(text[end - 1])) end--;
    }

    /// <summary>Counts the words in a string (attributes such as a title or a description).</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        int count = 0;
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            int s = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            int e = i;
            TrimPunctuation(text, ref s, ref e);
            if (e > s) count++;
        }
        return count;
    }
}
