using AngleSharp.Html;
using AngleSharp.Html.Parser;
using System.Collections.Frozen;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;
using Copywise.Text;

namespace Copywise.Documents;

/// <summary>
/// Reads HTML (a fragment or a whole document) into a <see cref="TextDocument"/> with AngleSharp's HTML5 tokenizer.
/// Our document model is flat (blocks of prose), so the tokens are enough: block elements open and close blocks,
/// loose text becomes an implicit paragraph, and elements whose content is not the author's prose are skipped.
/// </summary>
public static class HtmlDocumentParser
{
    // Elements whose content is not prose written for the reader (code, embeds, scripts, quotes of others, forms).
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "code", "pre", "blockquote", "textarea", "head", "template", "noscript", "iframe", "svg",
        "math", "kbd", "samp", "var", "q", "cite", "form", "map", "output", "object", "canvas", "meter", "progress",
        "select", "option", "title", "portal", "slot", "base", "link", "meta", "input",
    };

    // Elements that end an implicit paragraph and may hold blocks.
    private static readonly HashSet<string> Containers = new(StringComparer.Ordinal)
    {
        "html", "body", "div", "section", "article", "main", "header", "footer", "aside", "nav", "ul", "ol", "dl",
        "table", "thead", "tbody", "tfoot", "tr", "figure", "details", "fieldset", "hr", "address", "hgroup", "center", "menu", "summary",
    };

    // Classes of widgets whose text is generated rather than written (tables of contents, reading-time badges).
    private static readonly string[] SkippedClasses = ["yoast-table-of-contents", "yoast-reading-time__wrapper", "table-of-contents", "toc-container", "reading-time"];

    // Elements that may stand in a document's head.
    private static readonly HashSet<string> HeadContent = new(StringComparer.Ordinal)
    {
        "title", "meta", "link", "script", "style", "base", "noscript", "template",
    };

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UsedAttributes =
        new[] { "alt", "class", "content", "href", "lang", "name", "rel", "src", "style", "dir" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
    };

    // Tag names we meet often, kept as one string each: a tag copied from the tokenizer takes its name from here rather
    // than making a string of its own.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownTagNames =
        Skipped.Concat(Containers).Concat(HeadContent).Concat(VoidElements).Concat(new[]
        {
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "td", "th", "caption", "figcaption", "a", "span",
            "strong", "em", "b", "i", "u", "s", "sup", "sub", "small", "mark", "abbr", "time", "del", "ins", "label",
            "button", "picture", "bdi", "bdo", "dfn", "data", "ruby", "rt", "rp", "wbr", "font", "big", "strike", "tt",
        }).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Parses HTML.</summary>
    public static ParsedInput Parse(string html)
    {
        var (document, metadata) = Read(html);
        return new ParsedInput(document, metadata ?? new DocumentMetadata(), DocumentFormat.Html);
    }

    /// <summary>Parses HTML; the metadata is null when the page carries none (most fragments).</summary>
    internal static (TextDocument Document, DocumentMetadata? Metadata) Read(string html)
    {
        var builder = TextDocumentBuilder.Rent(html);
        // A read-only source over the string: the default one copies the text into a buffer of its own.
        // Disposed so that its buffer goes back to the shared pool instead of being garbage.
        using var tokenizer = new HtmlTokenizer(new TextSource(new StringTextSource(html)), HtmlEntityProvider.Resolver)
        {
            // Only the attributes we read are materialised; comments are never needed. Both save allocations.
            ShouldEmitAttribute = static (ref StructHtmlToken _, ReadOnlyMemory<char> name) => UsedAttributes.Contains(name.Span),
            SkipComments = true,
        };
        // One parser state per thread, taken for the parse like the tag below: its lists keep their capacity.
        var state = t_state ?? new State();
        t_state = null;
        state.Start(html, builder);
        // A tag is handled when the next token starts, where it ends. Text needs no end: it is read straight from the
        // tokenizer's struct token, without an object or a string of its own. A tag is copied into one reused object
        // (the next token overwrites the struct token), without AngleSharp's token object and attribute list.
        // One tag object per thread, taken for the parse (a nested parse on the same thread makes its own).
        var pending = t_tag ?? new Tag();
        t_tag = null;
        bool hasPending = false;
        while (true)
        {
            ref var token = ref tokenizer.GetStructToken();
            var type = token.Type;
            int position = token.Position.Index;
            if (hasPending)
            {
                state.Handle(pending, position);
                hasPending = false;
            }
            if (type == HtmlTokenType.EndOfFile) break;
            if (type == HtmlTokenType.Character)
            {
                state.Text(token.Data, position);
                continue;
            }
            pending.CopyFrom(ref token);
            hasPending = true;
            if (type == HtmlTokenType.StartTag) SwitchState(pending.Name, tokenizer);
        }
        // A tag grown by a huge attribute is not kept for the thread's later parses.
        if (pending.Capacity <= 1 << 16) t_tag = pending;
        var metadata = state.Metadata;
        if (state.Finish()) t_state = state;
        return (builder.Build(), metadata);
    }

    [ThreadStatic] private static Tag? t_tag;
    [ThreadStatic] private static State? t_state;

    /// <summary>A token that is not text, as the parser needs it: a tag's type, name and the attributes it reads.</summary>
    private sealed class Tag
    {
        // The attributes' names and values, copied one after another into a reused buffer: a string is made only for
        // the few attributes the parser keeps (href, src, alt, ...), not for every class and style of the page.
        private readonly List<(int Name, int NameLength, int Value, int ValueLength)> _attributes = new();
        private char[] _chars = new char[256];
        private int _used;

        /// <summary>Characters the attribute buffer holds.</summary>
        public int Capacity => _chars.Length;

        public HtmlTokenType Type { get; private set; }
        public int Position { get; private set; }
        public string Name { get; private set; } = "";
        public bool IsSelfClosing { get; private set; }

        public void CopyFrom(ref StructHtmlToken token)
        {
            Type = token.Type;
            Position = token.Position.Index;
            _attributes.Clear();
            _used = 0;
            if (!token.IsTag)
            {
                Name = "";
                IsSelfClosing = false;
                return;
            }
            ReadOnlySpan<char> name = token.Name;
            Name = KnownTagNames.TryGetValue(name, out var known) ? known : name.ToString();
            IsSelfClosing = token.IsSelfClosing;
            var attributes = token.Attributes;
            for (int i = 0; i < attributes.Count; i++)
            {
                var attribute = attributes[i];
                int nameAt = Append(attribute.Name);
                int valueAt = Append(attribute.Value);
                _attributes.Add((nameAt, attribute.Name.Length, valueAt, attribute.Value.Length));
            }
        }

        private int Append(ReadOnlySpan<char> chars)
        {
            if (_used + chars.Length > _chars.Length) Array.Resize(ref _chars, Math.Max(_used + chars.Length, _chars.Length * 2));
            int at = _used;
            chars.CopyTo(_chars.AsSpan(at));
            _used += chars.Length;
            return at;
        }

        /// <summary>The attribute's value, empty when the tag lacks it; valid until the next tag is copied.</summary>
        public ReadOnlySpan<char> Attribute(string name)
        {
            int i = Find(name);
            return i < 0 ? default : _chars.AsSpan(_attributes[i].Value, _attributes[i].ValueLength);
        }

        /// <summary>The attribute's value as a string, or "" when the tag lacks it (as AngleSharp's tokens answer).</summary>
        public string GetAttribute(string name) => Attribute(name).ToString();

        public bool HasAttribute(string name) => Find(name) >= 0;

        // The first attribute of that name (a repeated attribute counts once, as in browsers), or -1.
        private int Find(string name)
        {
            for (int i = 0; i < _attributes.Count; i++)
                if (_chars.AsSpan(_attributes[i].Name, _attributes[i].NameLength).SequenceEqual(name)) return i;
            return -1;
        }
    }

    // Raw text elements: the tree builder would switch the tokenizer's state as soon as it sees the start tag, so we do.
    private static void SwitchState(string name, HtmlTokenizer tokenizer)
    {
        switch (name)
        {
            case "script": tokenizer.State = HtmlParseMode.Script; break;
            case "style": case "xmp": case "iframe": case "noembed": case "noframes": tokenizer.State = HtmlParseMode.Rawtext; break;
            case "textarea": case "title": tokenizer.State = HtmlParseMode.RCData; break;
            case "plaintext": tokenizer.State = HtmlParseMode.Plaintext; break;
        }
    }

    private sealed class State
    {
        private string _source = "";
        private TextDocumentBuilder _builder = null!;
        // Made when the page says something about itself.
        private DocumentMetadata? _metadata;
        private DocumentMetadata Meta => _metadata ??= new DocumentMetadata();

        /// <summary>What the page said about itself, or null.</summary>
        public DocumentMetadata? Metadata => _metadata;
        private int _skipDepth;
        private string? _skipName;
        private string? _captureTitle;
        private readonly List<BlockFrame> _blocks = new();
        private readonly List<(string Href, string Rel, int TextStart, int SourceStart)> _links = new();

        private readonly record struct BlockFrame(string Name, BlockKind Kind, int Level, TextAlignment Alignment);

        // True when the previous token was a line break: two in a row end a paragraph, as WordPress's autop and the
        // reference's parser read them.
        private bool _afterBreak;

        /// <summary>Starts a parse of <paramref name="html"/>, with nothing left of an earlier one.</summary>
        public void Start(string html, TextDocumentBuilder into)
        {
            _source = html;
            _builder = into;
            _metadata = null;
            _skipDepth = 0;
            _skipName = null;
            _captureTitle = null;
            _afterBreak = false;
            _blocks.Clear();
            _links.Clear();
        }

        /// <summary>Lets go of the parse's text and objects; true when the state is small enough to keep for the next parse.</summary>
        public bool Finish()
        {
            _source = "";
            _builder = null!;
            _metadata = null;
            _captureTitle = null;
            _links.Clear();
            _blocks.Clear();
            return _links.Capacity <= 1 << 12 && _blocks.Capacity <= 1 << 12;
        }

        // A tag (or another token that is not text), once the next token shows where it ends.
        public void Handle(Tag token, int end)
        {
            int start = Math.Max(0, token.Position);
            bool isBreak = token.Type is HtmlTokenType.StartTag or HtmlTokenType.EndTag && token.Name == "br" && _skipDepth == 0;
            if (isBreak && _afterBreak && _builder.InBlock && (_blocks.Count == 0 || _blocks[^1].Kind == BlockKind.Paragraph))
            {
                // The text after the breaks starts a new paragraph of the same frame (see EnsureBlock).
                _builder.EndBlock(start);
                _afterBreak = false;
                return;
            }
            _afterBreak = isBreak;
            // Any tag separates words, as the reference's word count has it ("word<sup>1</sup>" is two words).
            if (token.Type is HtmlTokenType.StartTag or HtmlTokenType.EndTag && _skipDepth == 0) _builder.Break();
            switch (token.Type)
            {
                case HtmlTokenType.StartTag:
                    StartTag(token, start, end);
                    break;
                case HtmlTokenType.EndTag:
                    EndTag(token.Name, start, end);
                    break;
            }
        }

        /// <summary>A run of text, read from the tokenizer's struct token at once (it ends nothing that needs its end).</summary>
        public void Text(ReadOnlySpan<char> data, int position)
        {
            _afterBreak = false;
            Characters(data, Math.Max(0, position));
        }

        private void StartTag(Tag tag, int start, int end)
        {
            string name = tag.Name;
            // Head metadata is read even though the head is skipped.
            switch (name)
            {
                case "html":
                    var lang = tag.GetAttribute("lang");
                    if (!string.IsNullOrWhiteSpace(lang)) Meta.Locale ??= lang.Trim();
                    break;
                case "title":
                    if (_skipDepth == 0 || _skipName == "head") _captureTitle = "";
                    break;
                case "meta":
                    var metaName = tag.GetAttribute("name");
                    var content = tag.GetAttribute("content");
                    if (!string.IsNullOrWhiteSpace(metaName)) Meta.Fields.TryAdd(metaName.Trim(), content.Trim());
                    if (string.Equals(metaName, "description", StringComparison.OrdinalIgnoreCase)) Meta.Description ??= content.Trim();
                    break;
                case "link":
                    if (string.Equals(tag.GetAttribute("rel"), "canonical", StringComparison.OrdinalIgnoreCase))
                        Meta.Permalink ??= tag.GetAttribute("href").Trim();
                    break;
            }

            if (_skipDepth > 0 && _skipName == "head" && !HeadContent.Contains(name))
            {
                // Browsers end the head where body content starts, even without </head>.
                _skipDepth = 0;
                _skipName = null;
            }
            if (_skipDepth > 0)
            {
                if (name == _skipName && !tag.IsSelfClosing) _skipDepth++;
                return;
            }
            if (Skipped.Contains(name) || HasSkippedClass(tag))
            {
                if (VoidElements.Contains(name) || tag.IsSelfClosing) return;
                CloseImplicit(start);
                _skipName = name;
                _skipDepth = 1;
                return;
            }

            switch (name)
            {
                case "p":
                    OpenBlock(name, BlockKind.Paragraph, 0, start, tag);
                    break;
                case "h1": case "h2": case "h3": case "h4": case "h5": case "h6":
                    OpenBlock(name, BlockKind.Heading, name[1] - '0', start, tag);
                    break;
                case "li": case "dt": case "dd":
                    OpenBlock(name, BlockKind.ListItem, 0, start, tag);
                    break;
                case "td": case "th": case "caption":
                    OpenBlock(name, BlockKind.TableCell, 0, start, tag);
                    break;
                case "figcaption":
                    OpenBlock(name, BlockKind.Paragraph, 0, start, tag);
                    break;
                case "br":
                    _builder.Break();
                    break;
                case "a":
                    // Every <a> is recorded as a link; one without href has an empty one.
                    EnsureBlock(start);
                    // A page's rel values are a few ("noopener noreferrer", "nofollow"): shared strings, not one per link.
                    _links.Add((CleanUrl(tag.Attribute("href")), Languages.WordStrings.Get(tag.Attribute("rel")), _builder.TextLength, start));
                    break;
                case "img":
                    _builder.AddImage(CleanUrl(tag.Attribute("src")), tag.HasAttribute("alt") ? tag.GetAttribute("alt") : null, start, end);
                    break;
                default:
                    if (Containers.Contains(name))
                    {
                        CloseImplicit(start);
                        if (_blocks.Count > 0 && _builder.InBlock) _builder.EndBlock(start);
                    }
                    break;
            }
        }

        // Content pasted from JSON or code often keeps escaped quotes around attribute values (href=\"...\").
        private static string CleanUrl(ReadOnlySpan<char> value) => value.Trim().Trim("\\\"'").Trim().ToString();

        private static bool HasSkippedClass(Tag tag)
        {
            var cls = tag.Attribute("class");
            if (cls.IsEmpty) return false;
            foreach (var c in SkippedClasses)
            {
                if (cls.Contains(c, StringComparison.Ordinal)) return true;
            }
            return false;
        }

        private void EndTag(string name, int start, int end)
        {
            if (_captureTitle != null && name == "title")
            {
                Meta.Title ??= _captureTitle.Trim();
                _captureTitle = null;
            }
            if (_skipDepth > 0)
            {
                if (name == _skipName && --_skipDepth == 0) _skipName = null;
                return;
            }
            switch (name)
            {
                case "p": case "h1": case "h2": case "h3": case "h4": case "h5": case "h6":
                case "li": case "dt": case "dd": case "td": case "th": case "caption": case "figcaption":
                    CloseBlock(name, end);
                    break;
                case "br":
                    // Browsers read </br> as <br>.
                    _builder.Break();
                    break;
                case "a":
                    if (_links.Count > 0)
                    {
                        var l = _links[^1];
                        _links.RemoveAt(_links.Count - 1);
                        _builder.AddLink(l.Href, l.Rel, l.TextStart, l.SourceStart, end);
                    }
                    break;
                default:
                    if (Containers.Contains(name))
                    {
                        CloseImplicit(start);
                        if (_builder.InBlock) _builder.EndBlock(start);
                    }
                    break;
            }
        }

        private void OpenBlock(string name, BlockKind kind, int level, int start, Tag tag)
        {
            // A block inside a block (a paragraph in a list item) ends the outer block's current text.
            if (name == "p" && _blocks.Count > 0 && _blocks[^1].Name == "p") _blocks.RemoveAt(_blocks.Count - 1);
            if (kind == BlockKind.Heading) { while (_blocks.Count > 0 && _blocks[^1].Kind == BlockKind.Heading) _blocks.RemoveAt(_blocks.Count - 1); }
            var alignment = AlignmentOf(tag);
            _blocks.Add(new BlockFrame(name, kind, level, alignment));
            _builder.StartBlock(kind, level, start, alignment);
        }

        private void CloseBlock(string name, int end)
        {
            // A loop, not FindLastIndex with a lambda: that allocates a closure for every closing tag.
            int i = _blocks.Count - 1;
            while (i >= 0 && _blocks[i].Name != name) i--;
            if (i < 0)
            {
                // A stray </p> creates an empty paragraph in browsers; for us it just ends the current text.
                if (_builder.InBlock && _blocks.Count == 0) _builder.EndBlock(end);
                return;
            }
            _blocks.RemoveRange(i, _blocks.Count - i);
            _builder.EndBlock(end);
        }

        private void CloseImplicit(int position)
        {
            if (_blocks.Count == 0 && _builder.InBlock) _builder.EndBlock(position);
        }

        private void EnsureBlock(int position)
        {
            if (_builder.InBlock) return;
            if (_blocks.Count > 0)
            {
                // Text after a nested block inside, say, a list item continues that item.
                var outer = _blocks[^1];
                _builder.StartBlock(outer.Kind, outer.Level, position, outer.Alignment);
            }
            else
            {
                _builder.StartBlock(BlockKind.Paragraph, 0, position);
            }
        }

        private static TextAlignment AlignmentOf(Tag tag)
        {
            var cls = tag.Attribute("class");
            if (!cls.IsEmpty)
            {
                if (cls.Contains("has-text-align-center", StringComparison.Ordinal)) return TextAlignment.Center;
                if (cls.Contains("has-text-align-left", StringComparison.Ordinal)) return TextAlignment.Left;
                if (cls.Contains("has-text-align-right", StringComparison.Ordinal)) return TextAlignment.Right;
                if (cls.Contains("has-text-align-justify", StringComparison.Ordinal)) return TextAlignment.Justify;
            }
            var style = tag.Attribute("style");
            if (!style.IsEmpty)
            {
                int i = style.IndexOf("text-align", StringComparison.OrdinalIgnoreCase);
                if (i >= 0)
                {
                    var rest = style[(i + 10)..].TrimStart().TrimStart(':').TrimStart();
                    if (rest.StartsWith("center", StringComparison.OrdinalIgnoreCase)) return TextAlignment.Center;
                    if (rest.StartsWith("left", StringComparison.OrdinalIgnoreCase)) return TextAlignment.Left;
                    if (rest.StartsWith("right", StringComparison.OrdinalIgnoreCase)) return TextAlignment.Right;
                    if (rest.StartsWith("justify", StringComparison.OrdinalIgnoreCase)) return TextAlignment.Justify;
                }
            }
            return TextAlignment.Default;
        }

        private void Characters(ReadOnlySpan<char> data, int start)
        {
            if (_captureTitle != null) { _captureTitle = string.Concat(_captureTitle, data); return; }
            if (_skipDepth > 0) return;
            if (!_builder.InBlock)
            {
                if (data.IsWhiteSpace()) return;
                EnsureBlock(start);
            }
            // WordPress shortcodes ("[caption id=...]", "[/caption]", "[gallery]") are markup: their text is left out,
            // what they enclose is kept, as the plugin does with the site's registered shortcodes.
            int search = data.IndexOf('[');
            if (search < 0) { AlignText(data, start); return; }
            int cursor = start, from = 0;
            while (search >= 0)
            {
                int length = Shortcodes.Length(data[search..]);
                if (length > 0)
                {
                    cursor = AlignText(data[from..search], cursor);
                    // The tag's end in the source: its closing bracket (a shortcode's attributes hold no bracket).
                    int close = _source.IndexOf(']', Math.Min(cursor, _source.Length));
                    cursor = close >= 0 ? close + 1 : _source.Length;
                    // A caption, gallery or builder module is a box of its own: it ends the paragraph it stands in.
                    if (Shortcodes.IsBox(data.Slice(search, length)) && _builder.InBlock) _builder.EndBlock(Math.Max(0, cursor - 1));
                    else _builder.Break();
                    from = search += length;
                }
                else search++;
                int next = search < data.Length ? data[search..].IndexOf('[') : -1;
                search = next < 0 ? -1 : search + next;
            }
            AlignText(data[from..], cursor);
        }

        // Loose text (outside any <p>, heading, list item or cell) is cut into paragraphs at blank lines, as WordPress
        // renders content saved without paragraph tags (the classic editor's, wpautop).
        private int AlignText(ReadOnlySpan<char> data, int cursor)
        {
            while (_blocks.Count == 0 && BlankLine(data) is var (at, length) && length > 0)
            {
                cursor = AlignInBlock(data[..at], cursor);
                if (_builder.InBlock) _builder.EndBlock(cursor);
                cursor = SkipWhiteSpace(cursor);
                data = data[(at + length)..];
            }
            return AlignInBlock(data, cursor);
        }

        // The first blank line of the text (a line break, white space, a line break, and the white space after): its
        // start and length, or a length of 0.
        private static (int At, int Length) BlankLine(ReadOnlySpan<char> data)
        {
            int from = 0;
            while (true)
            {
                int nl = data[from..].IndexOf('\n');
                if (nl < 0) return (0, 0);
                nl += from;
                int i = nl + 1;
                while (i < data.Length && data[i] is ' ' or '\t' or '\r') i++;
                if (i < data.Length && data[i] == '\n')
                {
                    int start = nl;
                    while (start > 0 && data[start - 1] is ' ' or '\t' or '\r') start--;
                    int end = i + 1;
                    while (end < data.Length && char.IsWhiteSpace(data[end])) end++;
                    return (start, end - start);
                }
                from = i;
            }
        }

        // The source position after the white space at the cursor: where text that was white space alone ends (a line
        // break written as CR LF is one character of the text and two of the source).
        private int SkipWhiteSpace(int cursor)
        {
            while (cursor < _source.Length && char.IsWhiteSpace(_source[cursor])) cursor++;
            return cursor;
        }

        // Aligns text that follows a shortcode, which may have ended the block: white space alone opens none.
        private int AlignInBlock(ReadOnlySpan<char> data, int cursor)
        {
            if (!_builder.InBlock)
            {
                if (data.IsWhiteSpace()) return SkipWhiteSpace(cursor);
                EnsureBlock(cursor);
            }
            return Align(data, cursor);
        }

        // Lays the decoded characters of a text token over the source, so each keeps its source offset; returns the
        // source position after them.
        private int Align(ReadOnlySpan<char> data, int cursor)
        {
            int i = 0;
            while (i < data.Length)
            {
                // Fast path: the longest stretch where data and source agree, up to the next ampersand of the source.
                if (cursor < _source.Length)
                {
                    int common = data[i..].CommonPrefixLength(_source.AsSpan(cursor));
                    int amp = _source.AsSpan(cursor, common).IndexOf('&');
                    if (amp >= 0) common = amp;
                    if (common > 0)
                    {
                        _builder.AppendSource(cursor, common);
                        i += common;
                        cursor += common;
                        continue;
                    }
                }
                char c = data[i];
                if (cursor >= _source.Length) { _builder.Append(c, Math.Max(0, _source.Length - 1)); i++; continue; }
                char s = _source[cursor];
                if (s == '&' && EntityEnd(cursor) is int entityEnd and > 0)
                {
                    // Every decoded character of an entity maps to the entity's position.
                    int consumed = Math.Min(DecodedLength(data, i, cursor, entityEnd), data.Length - i);
                    for (int k = 0; k < consumed; k++) _builder.Append(data[i + k], cursor);
                    i += Math.Max(consumed, 1);
                    cursor = entityEnd;
                    continue;
                }
                if (s == c) { _builder.Append(c, cursor); cursor++; i++; continue; }
                if (s == '\r') { cursor++; continue; }
                // The tokenizer changed the text in a way we do not follow: resynchronise a little ahead, else stay.
                int ahead = _source.IndexOf(c, cursor, Math.Min(16, _source.Length - cursor));
                if (ahead > cursor) { cursor = ahead; continue; }
                _builder.Append(c, cursor);
                i++;
            }
            return cursor;
        }

        // The end of a character reference at the cursor, or -1 when the ampersand is a literal one.
        private int EntityEnd(int cursor)
        {
            int semi = _source.IndexOf(';', cursor, Math.Min(34, _source.Length - cursor));
            if (semi < cursor + 2) return -1;
            var name = _source.AsSpan(cursor + 1, semi - cursor - 1);
            if (name[0] == '#') return semi + 1;
            foreach (char ch in name) if (!char.IsAsciiLetterOrDigit(ch)) return -1;
            return HtmlEntityProvider.Resolver.GetSymbol(name.ToString() + ";") != null || HtmlEntityProvider.Resolver.GetSymbol(name.ToString()) != null ? semi + 1 : -1;
        }

        private int DecodedLength(ReadOnlySpan<char> data, int i, int cursor, int entityEnd)
        {
            // The entity's decoded form is what lies in data up to the point where data and source agree again.
            var entity = _source.AsSpan(cursor, entityEnd - cursor);
            if (entity.Length > 2 && entity[1] == '#')
            {
                return i + 1 < data.Length && char.IsSurrogatePair(data[i], data[i + 1]) ? 2 : 1;
            }
            var symbol = entity.Length > 2 ? HtmlEntityProvider.Resolver.GetSymbol(entity[1..].ToString()) ?? HtmlEntityProvider.Resolver.GetSymbol(entity[1..^1].ToString()) : null;
            return symbol?.Length ?? 1;
        }
    }
}
