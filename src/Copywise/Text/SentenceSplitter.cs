using Copywise.Languages;

namespace Copywise.Text;

/// <summary>
/// Finds sentence ends: a terminator (. ! ? … and their full-width forms), any closing quotes or brackets after it,
/// then white space and a word that can start a sentence. A period does not end a sentence inside a number (3.5),
/// after an ordinal in languages that write one with a period ("am 3. Mai"), after a listed abbreviation (Dr.), after an
/// initial (J. R. R. Tolkien), or before a word in lower case or punctuation that continues a sentence (a colon, a
/// comma, a closing bracket). A single capital before a function word is a label, not an initial ("Q. Why ...").
/// Blocks (paragraphs, headings, list items) always end sentences: the caller splits per block.
/// </summary>
public readonly struct SentenceSplitter(Language language)
{
    /// <summary>The position just past the end of the sentence that starts at <paramref name="start"/>.</summary>
    public int NextSentenceEnd(ReadOnlySpan<char> text, int start, int end)
    {
        int i = start;
        while (i < end)
        {
            // Most characters are no terminator: one vectorized search skips to the next.
            int next = text.Slice(i, end - i).IndexOfAny(Terminators);
            if (next < 0) return end;
            i += next;
            char c = text[i];
            int t = i;
            // Take the run of terminators ("?!", "...") and the closing quotes or brackets after it, and any direction
            // mark that right-to-left text puts after its punctuation.
            int j = i + 1;
            while (j < end && (IsTerminator(text[j]) || IsCloser(text[j]) || WordTokenizer.IsDirectionMark(text[j]))) j++;
            if (j >= end) return end;
            if (!char.IsWhiteSpace(text[j]))
            {
                // Full-width terminators need no space after them, also after another mark ("時間がない…。そんな").
                if (text[t..j].IndexOfAny('。', '！', '？') >= 0) return j;
                i = j;
                continue;
            }
            int k = j;
            while (k < end && char.IsWhiteSpace(text[k])) k++;
            if (k >= end) return end;
            if (c == '.' && j == t + 1 && !EndsSentenceAfterPeriod(text, start, t, k)) { i = k; continue; }
            // An emoji after a period closes the sentence it follows ("See you soon. 🎉 Bye now."); after an exclamation
            // or a question mark it stands on its own, as the reference reads it too.
            if (c == '.')
            {
                int symbols = k;
                while (symbols < end && IsEmojiPart(text[symbols])) symbols++;
                if (symbols > k && (symbols >= end || char.IsWhiteSpace(text[symbols]))) return symbols;
            }
            if (!CanStartSentence(text, k)) { i = k; continue; }
            return j;
        }
        return end;
    }

    private static readonly System.Buffers.SearchValues<char> Terminators = System.Buffers.SearchValues.Create(".!?…‽。！？؟۔");

    private static bool IsTerminator(char c) => Terminators.Contains(c);

    // Emoji and pictographs: surrogate pairs, other symbols (✔ ★ ☀), the joiner and variation selectors between them.
    private static bool IsEmojiPart(char c) =>
        char.IsSurrogate(c) || c is '\u200D' or '\uFE0F' or '\uFE0E' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherSymbol;

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or '»' or '›' or ')' or ']' or '}' or '」' or '』';

    private static bool CanStartSentence(ReadOnlySpan<char> text, int k)
    {
        char n = text[k];
        if (char.IsLower(n)) return false;
        // Punctuation that continues a sentence: "par ex. : dans la phrase …".
        if (n is ':' or ';' or ',' or ')' or ']' or '}' or '%') return false;
        // Opening quotes and brackets: look at what they open.
        if (n is '"' or '\'' or '“' or '‘' or '«' or '(' or '[' or '¿' or '¡' or '„')
        {
            int m = k + 1;
            while (m < text.Length && text[m] is '"' or '\'' or '“' or '‘' or '«' or '(' or '[' or '¿' or '¡' or '„') m++;
            return m >= text.Length || !char.IsLower(text[m]);
        }
        return true;
    }

    private bool StartsWithFunctionWord(ReadOnlySpan<char> text, int start)
    {
        int end = start;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] is '\'' or '’')) end++;
        if (end == start || end - start > 32) return false;
        Span<char> lower = stackalloc char[end - start];
        text.Slice(start, end - start).ToLowerInvariant(lower);
        for (int i = 0; i < lower.Length; i++) if (lower[i] == '’') lower[i] = '\'';
        var functionWords = language.FunctionWords;
        return functionWords.Count > 0 && functionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
    }

    private static bool IsDigits(ReadOnlySpan<char> token)
    {
        foreach (char c in token) if (c is < '0' or > '9') return false;
        return true;
    }

    private bool EndsSentenceAfterPeriod(ReadOnlySpan<char> text, int sentenceStart, int period, int next)
    {
        // The token before the period.
        int s = period;
        while (s > sentenceStart && !char.IsWhiteSpace(text[s - 1]) && text[s - 1] is not ('(' or '"' or '“' or '\'')) s--;
        var token = text.Slice(s, period - s);
        if (token.Length == 0) return true;
        // An initial: one capital letter ("J."), but not a sentence ending in a one-letter word like "I" or "A" before a
        // capital, nor a label or letter before a function word ("Q. Why ...", "plan B. The ..."): names are not function words.
        if (token.Length == 1 && char.IsUpper(token[0]) && token[0] is not ('I' or 'A') && next < text.Length && char.IsUpper(text[next])
            && !StartsWithFunctionWord(text, next))
        {
            return false;
        }
        // An ordinal in languages that write it with a period: "am 3. Mai", "im 21. Jahrhundert".
        if (language.HasOrdinalDots && token.Length <= 3 && IsDigits(token)) return false;
        if (token.Length <= 12)
        {
            Span<char> lower = stackalloc char[token.Length];
            token.ToLowerInvariant(lower);
            var abbreviations = language.Abbreviations;
            if (abbreviations.Count > 0 && abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower)) return false;
        }
        return true;
    }
}
