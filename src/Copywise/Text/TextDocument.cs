namespace Copywise.Text;

/// <summary>The kind of a block of text in a <see cref="TextDocument"/>.</summary>
public enum BlockKind
{
    /// <summary>A paragraph, explicit (&lt;p&gt;) or implicit (loose text in a container).</summary>
    Paragraph,
    /// <summary>A heading; <see cref="Block.Level"/> holds 1 to 6.</summary>
    Heading,
    /// <summary>An item of a bulleted or numbered list.</summary>
    ListItem,
    /// <summary>A cell of a table.</summary>
    TableCell,
}

/// <summary>Horizontal alignment of a block, as the author set it.</summary>
public enum TextAlignment
{
    /// <summary>Not set: the writing direction's default.</summary>
    Default,
    /// <summary>Centered.</summary>
    Center,
    /// <summary>Left aligned.</summary>
    Left,
    /// <summary>Right aligned.</summary>
    Right,
    /// <summary>Justified.</summary>
    Justify,
}

/// <summary>One block of prose: its text is <c>Text[Start..(Start+Length)]</c> of the document.</summary>
/// <param name="Kind">What the block is.</param>
/// <param name="Level">Heading level (1-6), 0 for other blocks.</param>
/// <param name="Start">Start of the block's text in <see cref="TextDocument.Text"/>.</param>
/// <param name="Length">Length of the block's text.</param>
/// <param name="SourceStart">Start of the block's element in the source.</param>
/// <param name="SourceEnd">End (exclusive) of the block's element in the source.</param>
/// <param name="Alignment">Alignment set on the block.</param>
public readonly record struct Block(BlockKind Kind, int Level, int Start, int Length, int SourceStart, int SourceEnd, TextAlignment Alignment)
{
    /// <summary>End (exclusive) of the block's text in <see cref="TextDocument.Text"/>.</summary>
    public int End => Start + Length;

    /// <summary>True for H2 and H3 headings, the subheadings the SEO checks read.</summary>
    public bool IsSubheading => Kind == BlockKind.Heading && Level is 2 or 3;
}

/// <summary>A hyperlink in the document.</summary>
/// <param name="Href">The link target as written.</param>
/// <param name="Rel">The rel attribute, empty when absent.</param>
/// <param name="TextStart">Start of the anchor text in <see cref="TextDocument.Text"/>.</param>
/// <param name="TextLength">Length of the anchor text.</param>
/// <param name="SourceStart">Start of the link element in the source.</param>
/// <param name="SourceEnd">End (exclusive) of the link element in the source.</param>
public readonly record struct Link(string Href, string Rel, int TextStart, int TextLength, int SourceStart, int SourceEnd);

/// <summary>An image in the document.</summary>
/// <param name="Src">The image source.</param>
/// <param name="Alt">The alternative text; null when the attribute is absent.</param>
/// <param name="SourceStart">Start of the image element in the source.</param>
/// <param name="SourceEnd">End (exclusive) of the image element in the source.</param>
public readonly record struct Image(string Src, string? Alt, int SourceStart, int SourceEnd);

/// <summary>
/// The prose of an article, whatever its input format: the text of every block joined in one run of characters,
/// the blocks as ranges of it, the links and images, and a map from text positions back to the source.
/// </summary>
/// <remarks>
/// The characters live in a buffer rented from the shared array pool, so that an analysis does not allocate a copy of
/// its text. <see cref="Dispose"/> gives the buffer back; a document that is never disposed leaves it to the garbage
/// collector, which is correct but allocates. After disposal the text can no longer be read.
/// </remarks>
public sealed class TextDocument : IDisposable
{
    // The text, the blocks and the map of source runs (where each run of copied characters starts in the text and in
    // the source) live in arrays rented from the shared pools when the document is built by a parser.
    private char[]? _text;
    private readonly int _textLength;
    private Block[] _blocks;
    private readonly int _blockCount;
    private int[] _runText;
    private int[] _runSource;
    private readonly int _runCount;
    private readonly bool _pooled;

    internal TextDocument(string source, char[] text, int textLength, Block[] blocks, int blockCount, int[] runText, int[] runSource, int runCount,
        Link[] links, Image[] images, bool pooled)
    {
        Source = source;
        _text = text;
        _textLength = textLength;
        _blocks = blocks;
        _blockCount = blockCount;
        _runText = runText;
        _runSource = runSource;
        _runCount = runCount;
        _pooled = pooled;
        Blocks = new BlockList(this);
        Links = links;
        Images = images;
    }

    /// <summary>The input as given.</summary>
    public string Source { get; }

    /// <summary>The prose: each block's text, blocks separated by a line feed.</summary>
    /// <exception cref="ObjectDisposedException">The document was disposed.</exception>
    public ReadOnlySpan<char> Text
    {
        get
        {
            var text = _text;
            ObjectDisposedException.ThrowIf(text is null, this);
            return new ReadOnlySpan<char>(text, 0, _textLength);
        }
    }

    /// <summary>The length of <see cref="Text"/>, readable after disposal too.</summary>
    public int TextLength => _textLength;

    /// <summary>The blocks in document order.</summary>
    /// <remarks>Reading a block after <see cref="Dispose"/> throws <see cref="ObjectDisposedException"/>.</remarks>
    public IReadOnlyList<Block> Blocks { get; }

    /// <summary>The links in document order.</summary>
    public IReadOnlyList<Link> Links { get; }

    /// <summary>The images in document order.</summary>
    public IReadOnlyList<Image> Images { get; }

    /// <summary>The text of one block.</summary>
    public ReadOnlySpan<char> BlockText(in Block block) => Text.Slice(block.Start, block.Length);

    /// <summary>A range of the text as a string, clamped to the text: for what outlives the document, such as an anchor.</summary>
    public string Substring(int start, int length)
    {
        start = Math.Clamp(start, 0, _textLength);
        return Text.Slice(start, Math.Clamp(length, 0, _textLength - start)).ToString();
    }

    /// <summary>Maps a position in <see cref="Text"/> to the position of the same character in <see cref="Source"/>.</summary>
    /// <exception cref="ObjectDisposedException">The document was disposed.</exception>
    public int ToSource(int textPosition)
    {
        ObjectDisposedException.ThrowIf(_text is null, this);
        if (_runCount == 0) return 0;
        var runText = _runText.AsSpan(0, _runCount);
        int i = runText.BinarySearch(textPosition);
        if (i < 0) i = ~i - 1;
        if (i < 0) i = 0;
        int offset = textPosition - runText[i];
        // Within a run text and source advance together; past a run's end (a separator) we stay at its last character.
        int runEnd = i + 1 < runText.Length ? runText[i + 1] : int.MaxValue;
        if (textPosition >= runEnd) offset = runEnd - runText[i];
        return Math.Min(_runSource[i] + offset, Source.Length);
    }

    /// <summary>Maps a range of <see cref="Text"/> to the source range it was read from.</summary>
    public (int Start, int End) ToSource(int textStart, int textEnd)
    {
        if (textEnd <= textStart) { int p = ToSource(textStart); return (p, p); }
        int start = ToSource(textStart);
        int end = ToSource(textEnd - 1) + 1;
        return (start, Math.Max(start, end));
    }

    /// <summary>An empty document.</summary>
    public static TextDocument Empty(string source) => new(source, [], 0, [], 0, [], [], 0, [], [], pooled: false);

    /// <summary>
    /// Gives the text's, the blocks' and the source map's buffers back to the pools. The document's text, blocks and
    /// source positions cannot be read afterwards.
    /// </summary>
    public void Dispose()
    {
        // Exchanged so that a second disposal, even on another thread, never returns the buffers twice.
        var text = Interlocked.Exchange(ref _text, null);
        if (text is null || !_pooled) return;
        Return(text);
        Return(_blocks);
        Return(_runText);
        Return(_runSource);
        _blocks = [];
        _runText = _runSource = [];
    }

    private static void Return<T>(T[] array)
    {
        if (array.Length > 0) System.Buffers.ArrayPool<T>.Shared.Return(array);
    }

    // The blocks as a list that refuses to be read once the document has given its array back.
    private sealed class BlockList(TextDocument document) : IReadOnlyList<Block>
    {
        public int Count => document._blockCount;

        public Block this[int index]
        {
            get
            {
                ObjectDisposedException.ThrowIf(document._text is null, document);
                if ((uint)index >= (uint)document._blockCount) throw new ArgumentOutOfRangeException(nameof(index));
                return document._blocks[index];
            }
        }

        public IEnumerator<Block> GetEnumerator()
        {
            for (int i = 0; i < Count; i++) yield return this[i];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
