using Copywise.Languages;

namespace Copywise.Text;

/// <summary>
/// The sentences and words of a document, found in one pass over its text. Everything downstream reads these
/// ranges; nothing else splits text.
/// </summary>
/// <remarks>
/// The word, sentence and block arrays are rented from the shared pools; <see cref="Dispose"/> returns them (the analysis's
/// context does), and an analysis nobody disposes is simply collected.
/// </remarks>
public sealed class TextAnalysis : IDisposable
{
    private Word[] _words;
    private Sentence[] _sentences;
    private BlockSpan[] _blocks;
    private int _wordCount, _sentenceCount, _blockCount;

    private TextAnalysis(TextDocument document, Language language, Word[] words, int wordCount, Sentence[] sentences, int sentenceCount, BlockSpan[] blocks, int blockCount)
    {
        Document = document;
        Language = language;
        _words = words;
        _wordCount = wordCount;
        _sentences = sentences;
        _sentenceCount = sentenceCount;
        _blocks = blocks;
        _blockCount = blockCount;
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
    public ReadOnlySpan<BlockSpan> Blocks => _blocks.AsSpan(0, _blockCount);

    /// <summary>The text of a word.</summary>
    public ReadOnlySpan<char> Text(in Word word) => Document.Text.Slice(word.Start, word.Length);
    /// <summary>The text of a sentence.</summary>
    public ReadOnlySpan<char> Text(in Sentence sentence) => Document.Text.Slice(sentence.Start, sentence.Length);
    /// <summary>The words of a sentence.</summary>
    public ReadOnlySpan<Word> WordsOf(in Sentence sentence) => Words.Slice(sentence.FirstWord, sentence.WordCount);
    /// <summary>The sentences of a block.</summary>
    public ReadOnlySpan<Sentence> SentencesOf(int block) => Sentences.Slice(Blocks[block].FirstSentence, Blocks[block].SentenceCount);

    /// <summary>Returns the word, sentence and block arrays to the shared pools; the analysis must not be used afterwards.</summary>
    public void Dispose()
    {
        if (_words.Length > 0) System.Buffers.ArrayPool<Word>.Shared.Return(_words);
        if (_sentences.Length > 0) System.Buffers.ArrayPool<Sentence>.Shared.Return(_sentences);
        if (_blocks.Length > 0) System.Buffers.ArrayPool<BlockSpan>.Shared.Return(_blocks);
        _words = [];
        _sentences = [];
        _blocks = [];
        _wordCount = _sentenceCount = _blockCount = 0;
    }

    /// <summary>Splits the document into sentences and words.</summary>
    public static TextAnalysis Analyze(TextDocument document, Language language)
    {
        var text = document.Text;
        // Written straight into the pooled arrays the analysis keeps: no scratch lists to copy from.
        var words = new PooledBuffer<Word>(text.Length / 6 + 1);
        var sentences = new PooledBuffer<Sentence>(text.Length / 80 + 1);
        int blockCount = document.Blocks.Count;
        var blocks = blockCount > 0 ? System.Buffers.ArrayPool<BlockSpan>.Shared.Rent(blockCount) : [];
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
                    WordTokenizer.Tokenize(text, s, e, sentenceIndex, ref words, language.Segmenter);
                    // A stretch without words (a stray quote or dash) is not a sentence.
                    if (words.Count > wordStart) sentences.Add(new Sentence(s, e - s, b, wordStart, words.Count - wordStart));
                }
                pos = end;
            }
            blocks[b] = new BlockSpan(firstSentence, sentences.Count - firstSentence, firstWord, words.Count - firstWord);
        }
        if (words.Count == 0) words.Release();
        if (sentences.Count == 0) sentences.Release();
        return new TextAnalysis(document, language, words.Items, words.Count, sentences.Items, sentences.Count, blocks, blockCount);
    }
}
