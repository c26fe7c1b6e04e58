using System.Collections.Frozen;
using Copywise.Text;

namespace Copywise.Research;

/// <summary>One keyphrase or synonym, prepared for matching: its words, which of them carry content, and the forms each may take.</summary>
public sealed class PhraseForms
{
    internal PhraseForms(string phrase, bool exact, string[] words, string[] contentWords, FrozenSet<string>[] forms, Languages.Language? stemLanguage = null)
    {
        StemLanguage = stemLanguage;
        Phrase = phrase;
        Exact = exact;
        Words = words;
        ContentWords = contentWords;
        Forms = forms;
    }

    /// <summary>The phrase as entered.</summary>
    public string Phrase { get; }
    /// <summary>True when the phrase was in double quotes: it must occur exactly, word for word.</summary>
    public bool Exact { get; }
    /// <summary>All its words, lower case.</summary>
    public string[] Words { get; }
    /// <summary>The words that are matched: content words, or all words when it has only function words or is exact.</summary>
    public string[] ContentWords { get; }
    /// <summary>For each of <see cref="ContentWords"/>, the forms it matches (lower case).</summary>
    public FrozenSet<string>[] Forms { get; }
    /// <summary>The language whose stem rule also matches forms (<see cref="Languages.Language.IsWordForm"/>); null when only <see cref="Forms"/> match.</summary>
    public Languages.Language? StemLanguage { get; }

    /// <summary>True when a normalized token is a form of content word <paramref name="k"/>.</summary>
    public bool Matches(int k, ReadOnlySpan<char> token) =>
        Forms[k].GetAlternateLookup<ReadOnlySpan<char>>().Contains(token) || StemLanguage is { } l && l.IsWordForm(ContentWords[k], token);

    /// <summary>The phrase with every word and form passed through <paramref name="transliterate"/> (lower case again after it); matched by its forms only.</summary>
    public PhraseForms Transliterated(Func<string, string> transliterate)
    {
        string T(string w) => MatchTokens.Normalize(transliterate(w), TurkicCasing);
        return new PhraseForms(Phrase, Exact, Words.Select(T).ToArray(), ContentWords.Select(T).ToArray(),
            Forms.Select(f => f.Select(T).ToFrozenSet(StringComparer.OrdinalIgnoreCase)).ToArray()) { OnlyFunctionWords = OnlyFunctionWords, TurkicCasing = TurkicCasing };
    }

    /// <summary>True when every word is a function word.</summary>
    public bool OnlyFunctionWords { get; internal init; }
    /// <summary>The segmenter of the language when it is written without spaces; texts are split with it before matching.</summary>
    public WordSegmenter? Segmenter { get; internal init; }
    /// <summary>True when text compared with the phrase folds case the Turkic way (<see cref="Languages.Language.TurkicCasing"/>).</summary>
    public bool TurkicCasing { get; internal init; }
    /// <summary>True when there is nothing to match.</summary>
    public bool IsEmpty => ContentWords.Length == 0;
}

/// <summary>The focus or a related keyphrase and its synonyms, prepared for matching.</summary>
public sealed class TopicForms : ITopicResearch<TopicForms>
{
    private TopicForms(PhraseForms keyphrase, PhraseForms[] synonyms)
    {
        Keyphrase = keyphrase;
        Synonyms = synonyms;
        // An array behind the list: a collection expression typed as the list would wrap one in an object of its own.
        PhraseForms[] all = [keyphrase, .. synonyms];
        All = all;
    }

    /// <summary>The keyphrase.</summary>
    public PhraseForms Keyphrase { get; }
    /// <summary>The synonyms, each as a phrase.</summary>
    public PhraseForms[] Synonyms { get; }
    /// <summary>The keyphrase followed by the synonyms.</summary>
    public IReadOnlyList<PhraseForms> All { get; }

    /// <inheritdoc/>
    public static TopicForms Compute(AnalysisContext context, Topic topic)
    {
        var keyphrase = Prepare(context, topic.Keyphrase);
        var synonyms = string.IsNullOrWhiteSpace(topic.Synonyms)
            ? []
            : SplitSynonyms(topic.Synonyms).Select(s => Prepare(context, s)).Where(p => !p.IsEmpty).ToArray();
        return new TopicForms(keyphrase, synonyms);
    }

    /// <summary>Splits a comma-separated synonym list.</summary>
    public static IEnumerable<string> SplitSynonyms(string synonyms) =>
        synonyms.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(s => s.Length > 0);

    /// <summary>Prepares one phrase for matching.</summary>
    public static PhraseForms Prepare(AnalysisContext context, string phrase)
    {
        var trimmed = (phrase ?? "").Trim();
        if (trimmed.Length > Documents.DocumentParser.MaxAttributeLength) trimmed = trimmed[..Documents.DocumentParser.MaxAttributeLength];
        bool exact = IsQuoted(trimmed);
        if (exact) trimmed = trimmed[1..^1].Trim();
        var segmenter = context.Language.Segmenter;
        bool turkic = context.Language.TurkicCasing;
        var words = NormalizedWords(trimmed, segmenter, turkic);
        var functionWords = context.Language.FunctionWords;
        string[] content = words;
        if (!exact)
        {
            int contentCount = 0;
            foreach (var w in words) if (!functionWords.Contains(w)) contentCount++;
            if (contentCount < words.Length)
            {
                content = new string[contentCount];
                int k = 0;
                foreach (var w in words) if (!functionWords.Contains(w)) content[k++] = w;
            }
        }
        bool onlyFunctionWords = !exact && words.Length > 0 && content.Length == 0;
        if (content.Length == 0) content = words;
        bool wordForms = context.Options.WordForms && !exact;
        var forms = new FrozenSet<string>[content.Length];
        for (int k = 0; k < content.Length; k++) forms[k] = context.Language.FormsOf(content[k], wordForms);
        var stemLanguage = wordForms && context.Language.MatchesByStem ? context.Language : null;
        return new PhraseForms(trimmed, exact, words, content, forms, stemLanguage) { OnlyFunctionWords = onlyFunctionWords, Segmenter = segmenter, TurkicCasing = turkic };
    }

    // A phrase's match tokens, lower case, in one array of their number.
    private static string[] NormalizedWords(string phrase, WordSegmenter? segmenter, bool turkic)
    {
        var state = (Words: new PooledBuffer<string>(8), Phrase: phrase, Turkic: turkic);
        MatchTokens.ForEach(phrase, 0, phrase.Length, ref state, static (ref (PooledBuffer<string> Words, string Phrase, bool Turkic) st, int s, int e) =>
        {
            var word = Languages.WordStrings.Normalized(st.Phrase.AsSpan(s, e - s), st.Turkic);
            if (word.Length > 0) st.Words.Add(word);
        }, segmenter);
        return state.Words.ToArrayAndRelease();
    }

    /// <summary>True when a phrase is in double quotes (any of the usual typographic ones): it asks for an exact match.</summary>
    public static bool IsQuoted(ReadOnlySpan<char> phrase) => phrase.Length >= 2 && IsDoubleQuote(phrase[0]) && IsDoubleQuote(phrase[^1]);

    private static bool IsDoubleQuote(char c) => c is '"' or '“' or '”' or '„' or '«' or '»' or '〝' or '〞' or '‟';
}

/// <summary>
/// The tokens keyphrase matching compares: words split also at hyphens and dashes, punctuation trimmed, lower case,
/// typographic apostrophes unified. Works on spans: no allocation per token.
/// </summary>
public static class MatchTokens
{
    /// <summary>True for characters that separate match tokens besides white space.</summary>
    public static bool IsSeparator(char c) => char.IsWhiteSpace(c) || InnerSeparators.Contains(c);

    /// <summary>The separators that are not white space: those that split a word into match tokens.</summary>
    public static readonly System.Buffers.SearchValues<char> InnerSeparators = System.Buffers.SearchValues.Create("-–—[]/");

    /// <summary>Splits a string into match tokens (allocating; for attributes, not for the body).</summary>
    public static IEnumerable<string> Split(string text, WordSegmenter? segmenter = null)
    {
        var state = (List: new List<string>(), Text: text);
        ForEach(text, 0, text.Length, ref state, static (ref (List<string> List, string Text) st, int s, int e) => st.List.Add(st.Text[s..e]), segmenter);
        return state.List;
    }

    /// <summary>Lower case with typographic apostrophes as ASCII.</summary>
    public static string Normalize(string token) => Normalize(token, turkic: false);

    /// <summary>Lower case (with <paramref name="turkic"/>, I as ı and İ as i) with typographic apostrophes as ASCII.</summary>
    public static string Normalize(string token, bool turkic)
    {
        Span<char> buffer = token.Length <= 256 ? stackalloc char[token.Length] : new char[token.Length];
        int n = Normalize(token, buffer, turkic);
        return new string(buffer[..n]);
    }

    /// <summary>Writes the normalized token into <paramref name="destination"/> (at least as long as the token) and returns its length.</summary>
    public static int Normalize(ReadOnlySpan<char> token, Span<char> destination) => Normalize(token, destination, turkic: false);

    /// <summary>
    /// Writes the normalized token into <paramref name="destination"/> (at least as long as the token) and returns its
    /// length; with <paramref name="turkic"/>, I lower-cases to ı and İ to i.
    /// </summary>
    public static int Normalize(ReadOnlySpan<char> token, Span<char> destination, bool turkic)
    {
        if (turkic)
        {
            int len = Normalize(token, destination, turkic: false);
            for (int c = 0; c < len; c++)
            {
                if (token[c] == 'I') destination[c] = 'ı';
                else if (token[c] == 'İ') destination[c] = 'i';
            }
            return len;
        }
        // ASCII runs are lowered by a vectorized call; only the characters beyond ASCII take the general case mapping.
        // (Whole texts come here too: one curly quote must not send the rest of the text down the slow path.)
        int n = token.Length;
        if (destination.Length < n) throw new ArgumentException("The destination is shorter than the token.", nameof(destination));
        int i = 0;
        if (n <= 32)
        {
            // A word: a plain loop costs less than setting up the vectorized call.
            for (; i < n; i++)
            {
                char c = token[i];
                if (c >= 0x80) break;
                destination[i] = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c == '`' ? '\'' : c;
            }
            if (i == n) return n;
        }
        else System.Text.Ascii.ToLower(token, destination, out i);
        while (i < n)
        {
            int j = i;
            while (j < n && token[j] >= 0x80) j++;
            // Mostly one character (a curly quote, an accented letter): the span call costs more than the character.
            if (j == i + 1 && !char.IsSurrogate(token[i])) destination[i] = char.ToLowerInvariant(token[i]);
            else token[i..j].ToLowerInvariant(destination[i..]);
            i = j;
            if (i < n)
            {
                System.Text.Ascii.ToLower(token[i..], destination[i..], out int written);
                i += written;
            }
        }
        var rest = destination[..n];
        for (int k; (k = rest.IndexOfAny(Apostrophes)) >= 0; rest = rest[(k + 1)..]) rest[k] = '\'';
        return n;
    }

    private static readonly System.Buffers.SearchValues<char> Apostrophes = System.Buffers.SearchValues.Create("’‘‛`ʼ′");

    /// <summary>True for the ASCII apostrophe and the characters <see cref="Normalize(string)"/> turns into it.</summary>
    public static bool IsApostrophe(char c) => c == '\'' || Apostrophes.Contains(c);

    /// <summary>
    /// Calls <paramref name="visit"/> for every match token in <c>text[start..end]</c> with its range.
    /// </summary>
    /// <remarks>A <paramref name="segmenter"/> splits the runs of a language written without spaces into words.</remarks>
    public static void ForEach<TState>(ReadOnlySpan<char> text, int start, int end, ref TState state, TokenVisitor<TState> visit, WordSegmenter? segmenter = null)
        where TState : allows ref struct
    {
        int i = start;
        while (i < end)
        {
            while (i < end && IsSeparator(text[i])) i++;
            int s = i;
            while (i < end && !IsSeparator(text[i])) i++;
            int e = i;
            WordTokenizer.TrimPunctuation(text, ref s, ref e);
            if (e <= s) continue;
            if (segmenter is not null && segmenter.Needs(text, s, e)) segmenter.ForEachWord(text, s, e, WordTokenizer.IsPunctuation, ref state, visit);
            else visit(ref state, s, e);
        }
    }

    /// <summary>Receives one token's range.</summary>
    public delegate void TokenVisitor<TState>(ref TState state, int start, int end) where TState : allows ref struct;
}
