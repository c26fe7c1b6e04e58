namespace Copywise.Text;

/// <summary>A word: <c>Text[Start..(Start+Length)]</c> of the document, punctuation at its ends removed.</summary>
/// <param name="Start">Start in <see cref="TextDocument.Text"/>.</param>
/// <param name="Length">Length in characters.</param>
/// <param name="Sentence">Index of the sentence it belongs to.</param>
public readonly record struct Word(int Start, int Length, int Sentence)
{
    /// <summary>End (exclusive).</summary>
    public int End => Start + Length;
}

/// <summary>A sentence: a range of one block's text and the range of its words.</summary>
/// <param name="Start">Start in <see cref="TextDocument.Text"/>.</param>
/// <param name="Length">Length in characters.</param>
/// <param name="Block">Index of its block.</param>
/// <param name="FirstWord">Index of its first word in <see cref="TextAnalysis.Words"/>.</param>
/// <param name="WordCount">How many words it has.</param>
public readonly record struct Sentence(int Start, int Length, int Block, int FirstWord, int WordCount)
{
    /// <summary>End (exclusive).</summary>
    public int End => Start + Length;
}

/// <summary>Per-block ranges of sentences and words.</summary>
/// <param name="FirstSentence">Index of the block's first sentence.</param>
/// <param name="SentenceCount">How many sentences it has.</param>
/// <param name="FirstWord">Index of its first word.</param>
/// <param name="WordCount">How many words it has.</param>
public readonly record struct BlockSpan(int FirstSentence, int SentenceCount, int FirstWord, int WordCount);
