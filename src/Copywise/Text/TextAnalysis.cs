using Copywise.Languages;

namespace Copywise.Text;

/// <summary>
/// The sentences and words of a document, found in one pass over its text. Everything downstream reads these
/// ranges; nothing else splits text.
/// </summary>
/// <remarks>
/// The word and sentence arrays are rented from the shared pools; <see cref="Dispose"/> returns them (the analysis's
/// context does), and an analysis nobody disposes is simply collected.
/// </remarks>
public sealed class TextAnalysis : IDisposable
{
    private Word[] _words;
    private Sentence[] _sentences;
    private int _wordCount, _sentenceCount;

    private TextAnalysis(TextDocument document, Language language, Word[] words, int wordCount, Sentence[] sentences, int sentenceCount, BlockSpan[] blocks)
    {
        Document = document;
        Language = language;
        _words = words;
        _wordCount = wordCount;
        _sentences = sentences;
        _sentenceCount = sentenceCount;
        Blocks = blocks;
    }

    /// <summary>The document.</summary>
    public TextDocument Document { get; }
    /// <summary>The language whose rules were used.</summary>
    public Language Language { get; }
    /// <summary>All words in order.</summary>
    public ReadOnlySpan<Word> Words => _words.AsSpan(0, _wordCount);
    /// <summary>All sentences in order.</summary>
    public ReadOnlySpan<Sentence> Sentences => _sentences.AsSpan(0, _sentenceCount);
    /// <summary>For each block of <see cref="TextDocument.Blocks"/>, its sentences and words.</summary>
    public BlockSpan[] Blocks { get; }

    /// <summary>The text of a word.</summary>
    public ReadOnlySpan<char> Text(in Word word) => Document.Text.AsSpan(word.Start, word.Length);
    /// <summary>The text of a sentence.</summary>
    public ReadOnlySpan<char> Text(in Sentence sentence) => Document.Text.AsSpan(sentence.Start, sentence.Length);
    /// <summary>The words of a sentence.</summary>
    public ReadOnlySpan<Word> WordsOf(in Sentence sentence) => Words.Slice(sentence.FirstWord, sentence.WordCount);
    /// <summary>The sentences of a block.</summary>
    public ReadOnlySpan<Sentence> SentencesOf(int block) => Sentences.Slice(Blocks[block].FirstSentence, Blocks[block].SentenceCount);

    /// <summary>Returns the word and sentence arrays to the shared pools; the analysis must not be used afterwards.</summary>
    public void Dispose()
    {
        if (_words.Length > 0) System.Buffers.ArrayPool<Word>.Shared.Return(_words);
        if (_sentences.Length > 0) System.Buffers.ArrayPool<Sentence>.Shared.Return(_sentences);
        _words = [];
        _sentences = [];
        _wordCount = _sentenceCount = 0;
    }

    /// <summary>Splits the document into sentences and words.</summary>
    public static TextAnalysis Analyze(TextDocument document, Language language)
    {
        var text = document.Text;
        // The lists are scratch space kept per thread: only the final arrays are new, not every regrowth on the way.
        var words = t_words ?? new List<Word>(text.Length / 6 + 1);
        var sentences = t_sentences ?? new List<Sentence>(text.Length / 80 + 1);
        t_words = null;
        t_sentences = null;
        words.Clear();
        sentences.Clear();
        var blocks = new BlockSpan[document.Blocks.Count];
        var splitter = new SentenceSplitter(language);
        for (int b = 0; b < document.Blocks.Count; b++)
        {
            var block = document.Blocks[b];
            int firstSentence = sentences.Count;
            int firstWord = words.Count;
            int pos = block.Start;
            while (pos < block.End)
            {
                int end = splitter.NextSentenceEnd(text, pos, block.End);
                int s = pos;
                while (s < end && char.IsWhiteSpace(text[s])) s++;
                int e = end;
                while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
                if (e > s)
                {
                    int sentenceIndex = sentences.Count;
                    int wordStart = words.Count;
                    WordTokenizer.Tokenize(text, s, e, sentenceIndex, words, language.Segmenter);
                    // A stretch without words (a stray quote or dash) is not a sentence.
                    if (words.Count > wordStart) sentences.Add(new Sentence(s, e - s, b, wordStart, words.Count - wordStart));
                }
                pos = end;
            }
            blocks[b] = new BlockSpan(firstSentence, sentences.Count - firstSentence, firstWord, words.Count - firstWord);
        }
        var analysis = new TextAnalysis(document, language, Rent(words), words.Count, Rent(sentences), sentences.Count, blocks);
        // Kept for the next text unless a very long one made them large.
        if (words.Capacity <= MaxScratch) t_words = words;
        if (sentences.Capacity <= MaxScratch) t_sentences = sentences;
        return analysis;
    }

    private static T[] Rent<T>(List<T> list)
    {
        if (list.Count == 0) return [];
        var array = System.Buffers.ArrayPool<T>.Shared.Rent(list.Count);
        list.CopyTo(array);
        return array;
    }

    private const int MaxScratch = 1 << 16;
    [ThreadStatic] private static List<Word>? t_words;
    [ThreadStatic] private static List<Sentence>? t_sentences;
}
