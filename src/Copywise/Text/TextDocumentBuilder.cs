namespace Copywise.Text;

/// <summary>
/// Builds a <see cref="TextDocument"/> block by block while recording where each character came from in the source.
/// Parsers of every input format feed it, so the rest of the pipeline never sees the format.
/// </summary>
public sealed class TextDocumentBuilder
{
    private string _source = "";
    // The text, written straight into the pooled array the document keeps (see TextDocument).
    private PooledBuffer<char> _text;
    // The block and source-run lists, kept per thread between documents (see Lists); _blocks and the runs name its parts.
    private readonly Lists _lists;
    private readonly List<Block> _blocks;
    private readonly List<int> _runText;
    private readonly List<int> _runSource;
    private readonly List<Link> _links;
    private readonly List<Image> _images;
    private bool _built;
    private int _expectedSource = -1;
    private bool _inBlock;
    private BlockKind _kind;
    private int _level;
    private int _blockStart;
    private int _blockSourceStart;
    private TextAlignment _alignment;
    private bool _pendingSpace;
    private bool _softBreak;

    /// <summary>Creates a builder over the given source.</summary>
    public TextDocumentBuilder(string source)
    {
        // The block and run lists too are kept per thread: only the final arrays are new, not every regrowth.
        _lists = t_lists ?? new Lists();
        t_lists = null;
        _blocks = _lists.Blocks;
        _runText = _lists.RunText;
        _runSource = _lists.RunSource;
        _links = _lists.Links;
        _images = _lists.Images;
        Start(source);
    }

    /// <summary>
    /// A builder for the parsers of this library: the thread's own, kept with its lists from one document to the next
    /// (the caller must not touch it after <see cref="Build"/>).
    /// </summary>
    internal static TextDocumentBuilder Rent(string source)
    {
        var builder = t_builder;
        if (builder is null) return new TextDocumentBuilder(source) { _rented = true };
        t_builder = null;
        builder.Start(source);
        return builder;
    }

    // Everything a document starts with.
    private void Start(string source)
    {
        _source = source;
        // The text is hardly ever longer than the source (markup and collapsed white space go): one rental nearly always.
        _text = new PooledBuffer<char>(Math.Max(16, source.Length));
        _blocks.Clear();
        _runText.Clear();
        _runSource.Clear();
        _links.Clear();
        _images.Clear();
        _built = false;
        _expectedSource = -1;
        _inBlock = false;
        _kind = default;
        _level = 0;
        _blockStart = 0;
        _blockSourceStart = 0;
        _alignment = default;
        _pendingSpace = false;
        _softBreak = false;
    }

    private sealed class Lists
    {
        public readonly List<Block> Blocks = new();
        public readonly List<int> RunText = new(), RunSource = new();
        public readonly List<Link> Links = new();
        public readonly List<Image> Images = new();
    }

    private const int MaxCachedItems = 1 << 14;
    [ThreadStatic] private static Lists? t_lists;
    [ThreadStatic] private static TextDocumentBuilder? t_builder;
    private bool _rented;

    /// <summary>True while a block is open.</summary>
    public bool InBlock => _inBlock;

    /// <summary>Current length of the text.</summary>
    public int TextLength => _text.Count;

    /// <summary>Opens a block. An open block is closed first.</summary>
    public void StartBlock(BlockKind kind, int level, int sourceStart, TextAlignment alignment = TextAlignment.Default)
    {
        if (_inBlock) EndBlock(sourceStart);
        if (_blocks.Count > 0)
        {
            _text.Add('\n');
        }
        _inBlock = true;
        _kind = kind;
        _level = level;
        _blockStart = _text.Count;
        _blockSourceStart = sourceStart;
        _alignment = alignment;
        _pendingSpace = false;
    }

    /// <summary>Closes the open block; a block with nothing but white space is dropped.</summary>
    public void EndBlock(int sourceEnd)
    {
        if (!_inBlock) return;
        _inBlock = false;
        // Trim trailing white space so that block text ends on its last visible character.
        int end = _text.Count;
        while (end > _blockStart && char.IsWhiteSpace(_text.Items[end - 1])) end--;
        int start = _blockStart;
        while (start < end && char.IsWhiteSpace(_text.Items[start])) start++;
        if (end == start)
        {
            // Nothing visible: remove the block and its separator.
            int cut = _blocks.Count > 0 ? _blockStart - 1 : _blockStart;
            _text.Count = Math.Max(0, cut);
            TrimRuns(_text.Count);
            return;
        }
        _text.Count = end;
        TrimRuns(end);
        _blocks.Add(new Block(_kind, _level, start, end - start, _blockSourceStart, Math.Max(sourceEnd, _blockSourceStart), _alignment));
    }

    private void TrimRuns(int textLength)
    {
        while (_runText.Count > 0 && _runText[^1] >= textLength)
        {
            _runText.RemoveAt(_runText.Count - 1);
            _runSource.RemoveAt(_runSource.Count - 1);
        }
        _expectedSource = -1;
    }

    /// <summary>Appends text read verbatim from <c>source[sourceStart..]</c>. White space runs collapse to one space when <paramref name="collapseWhiteSpace"/>.</summary>
    public void AppendSource(int sourceStart, int length, bool collapseWhiteSpace = true)
    {
        if (!_inBlock) return;
        int i = sourceStart, end = sourceStart + length;
        while (i < end)
        {
            // The first character of a run goes through Append (pending space, run bookkeeping); the plain characters
            // after it are copied in one call.
            Append(_source[i], i, collapseWhiteSpace);
            int j = i + 1;
            while (j < end)
            {
                char c = _source[j];
                if (IsPlain(c, collapseWhiteSpace)) j++;
                // One space between two plain characters is what collapsing would write anyway: copy it with them.
                else if (c == ' ' && collapseWhiteSpace && j + 1 < end && IsPlain(_source[j - 1], true) && IsPlain(_source[j + 1], true)) j += 2;
                else break;
            }
            if (j > i + 1 && _expectedSource == i + 1)
            {
                _text.AddRange(_source.AsSpan(i + 1, j - i - 1));
                _expectedSource = j;
                i = j;
            }
            else i++;
        }
    }

    private static bool IsPlain(char c, bool collapseWhiteSpace) =>
        c > ' ' ? c < 0x7F || !(IsCollapsibleSpace(c) && collapseWhiteSpace || char.IsControl(c))
                : !collapseWhiteSpace && c is ' ' or '\n' or '\t';

    /// <summary>Appends text that came from the source at <paramref name="sourcePosition"/> but may differ from it (decoded entities, for one).</summary>
    public void AppendDecoded(ReadOnlySpan<char> text, int sourcePosition, bool collapseWhiteSpace = true)
    {
        foreach (char c in text)
        {
            Append(c, sourcePosition, collapseWhiteSpace);
        }
    }

    /// <summary>Appends one character read from the given source position.</summary>
    public void Append(char c, int sourcePosition, bool collapseWhiteSpace = true)
    {
        if (!_inBlock) return;
        if (collapseWhiteSpace && IsCollapsibleSpace(c))
        {
            _pendingSpace = true;
            _softBreak = false;
            return;
        }
        if (c == '\0' || (char.IsControl(c) && c != '\n' && c != '\t')) return;
        if (_pendingSpace)
        {
            _pendingSpace = false;
            // A break made by markup alone does not separate closing punctuation from its word ("<em>word</em>.").
            bool soft = _softBreak && c is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '”' or '’' or '»';
            _softBreak = false;
            if (!soft && _text.Count > _blockStart && _text.Items[_text.Count - 1] != ' ')
            {
                AddRunIfNeeded(Math.Max(0, sourcePosition - 1));
                _text.Add(' ');
                _expectedSource = sourcePosition;
            }
        }
        AddRunIfNeeded(sourcePosition);
        _text.Add(c);
        _expectedSource = sourcePosition + 1;
    }

    /// <summary>Marks a word break (a line break, a closing cell) without adding visible text.</summary>
    public void Break()
    {
        if (_inBlock && !_pendingSpace)
        {
            _pendingSpace = true;
            _softBreak = true;
        }
    }

    private static bool IsCollapsibleSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\u00A0' or '\u2009' or '\u202F' or '\u200B';

    private void AddRunIfNeeded(int sourcePosition)
    {
        if (sourcePosition != _expectedSource)
        {
            _runText.Add(_text.Count);
            _runSource.Add(sourcePosition);
        }
    }

    /// <summary>Records a link whose anchor text runs from <paramref name="textStart"/> to the current end of the text.</summary>
    public void AddLink(string href, string rel, int textStart, int sourceStart, int sourceEnd, int textEnd = -1)
    {
        int end = textEnd < 0 ? _text.Count : Math.Min(textEnd, _text.Count);
        if (textStart > end) textStart = end;
        while (textStart < end && char.IsWhiteSpace(_text.Items[textStart])) textStart++;
        while (end > textStart && char.IsWhiteSpace(_text.Items[end - 1])) end--;
        _links.Add(new Link(href, rel, textStart, end - textStart, sourceStart, sourceEnd));
    }

    /// <summary>The text built so far from <paramref name="start"/> on.</summary>
    public string CurrentText(int start) => new(_text.Items, start, _text.Count - start);

    /// <summary>Records an image.</summary>
    public void AddImage(string src, string? alt, int sourceStart, int sourceEnd) => _images.Add(new Image(src, alt, sourceStart, sourceEnd));

    /// <summary>Finishes the document.</summary>
    public TextDocument Build()
    {
        // Its lists go back to the thread's cache below: a second build would hand them out twice.
        if (_built) throw new InvalidOperationException("The document was built already.");
        _built = true;
        if (_inBlock) EndBlock(_source.Length);
        int length = _text.Count;
        // The document takes the rented array itself and gives it back when disposed (see TextDocument).
        if (length == 0) _text.Release();
        var text = _text.Items;
        // Links may point past the end after trailing white space was trimmed.
        for (int i = 0; i < _links.Count; i++)
        {
            var l = _links[i];
            int s = Math.Min(l.TextStart, length);
            int e = Math.Min(l.TextStart + l.TextLength, length);
            if (s != l.TextStart || e - s != l.TextLength) _links[i] = l with { TextStart = s, TextLength = e - s };
        }
        // A document with text takes rented copies of the blocks and the source map and gives them back when disposed.
        bool pooled = length > 0;
        var document = new TextDocument(_source, text, length, Copy(_blocks, pooled), _blocks.Count, Copy(_runText, pooled), Copy(_runSource, pooled), _runText.Count,
            _links.ToArray(), _images.ToArray(), pooled);
        // The text array is the document's now.
        _text = default;
        // Kept for the next document unless a very long one made them large.
        if (_blocks.Capacity <= MaxCachedItems && _runText.Capacity <= MaxCachedItems && _runSource.Capacity <= MaxCachedItems
            && _links.Capacity <= MaxCachedItems && _images.Capacity <= MaxCachedItems)
        {
            // Strings of the last document are not kept alive by the cache.
            _links.Clear();
            _images.Clear();
            _source = "";
            if (_rented) t_builder = this;
            else t_lists = _lists;
        }
        return document;
    }

    private static T[] Copy<T>(List<T> list, bool pooled)
    {
        if (!pooled || list.Count == 0) return pooled ? [] : list.ToArray();
        var array = System.Buffers.ArrayPool<T>.Shared.Rent(list.Count);
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list).CopyTo(array);
        return array;
    }
}
