using System.Text.RegularExpressions;
using Copywise.Text;

namespace Copywise.Documents;

/// <summary>
/// Reads plain text as news copy is filed: a headline on the first line, paragraphs as lines or blank-line blocks,
/// short unpunctuated lines between paragraphs as subheadings, list lines as list items, bare URLs and domains as links.
/// </summary>
public static partial class PlainTextDocumentParser
{
    /// <summary>The longest line taken as a subheading, in characters.</summary>
    public const int MaxSubheadingLength = 100;

    /// <summary>The most words a subheading line may have.</summary>
    public const int MaxSubheadingWords = 14;

    /// <summary>Parses plain text.</summary>
    public static ParsedInput Parse(string text)
    {
        var (document, metadata) = Read(text);
        return new ParsedInput(document, metadata ?? new DocumentMetadata(), DocumentFormat.Text);
    }

    /// <summary>Parses plain text; the metadata is null when the text has no title line.</summary>
    internal static (TextDocument Document, DocumentMetadata? Metadata) Read(string text)
    {
        // The line list is the thread's, taken for the parse and kept for the next one unless a huge text grew it.
        var lines = t_lines ?? [];
        t_lines = null;
        try
        {
            ReadLines(text, lines);
            return Read(text, lines);
        }
        finally
        {
            lines.Clear();
            if (lines.Capacity <= 1 << 14) t_lines = lines;
        }
    }

    [ThreadStatic] private static List<Line>? t_lines;

    private static (TextDocument Document, DocumentMetadata? Metadata) Read(string text, List<Line> lines)
    {
        DocumentMetadata? meta = null;
        var builder = TextDocumentBuilder.Rent(text);
        bool blankLineParagraphs = HasMultiLineBlocks(lines);

        int first = lines.FindIndex(l => !l.IsBlank);
        if (first < 0) return (builder.Build(), meta);
        int next = lines.FindIndex(first + 1, l => !l.IsBlank);
        // A headline is short and unpunctuated and is followed by more text.
        bool standalone = !blankLineParagraphs || lines[first + 1].IsBlank;
        if (next >= 0 && standalone && LooksLikeHeading(text, lines[first], maxLength: 150, maxWords: 24))
        {
            meta = new DocumentMetadata { Title = text.Substring(lines[first].Start, lines[first].Length).Trim() };
            first = next;
        }

        int i = first;
        while (i < lines.Count)
        {
            var line = lines[i];
            if (line.IsBlank) { i++; continue; }
            if (IsListLine(text, line))
            {
                int marker = ListMarkerLength(text, line);
                builder.StartBlock(BlockKind.ListItem, 0, line.Start);
                AppendLine(builder, text, new Line(line.Start + marker, line.Length - marker, false));
                builder.EndBlock(line.Start + line.Length);
                i++;
                continue;
            }
            // In hard-wrapped copy a block runs to the next blank line or list line; otherwise each line is a block.
            int blockEnd = i + 1;
            if (blankLineParagraphs)
            {
                while (blockEnd < lines.Count && !lines[blockEnd].IsBlank && !IsListLine(text, lines[blockEnd])) blockEnd++;
            }
            bool isLast = lines.FindIndex(blockEnd, l => !l.IsBlank) < 0;
            if (blockEnd == i + 1 && !isLast && LooksLikeHeading(text, line, MaxSubheadingLength, MaxSubheadingWords))
            {
                builder.StartBlock(BlockKind.Heading, 2, line.Start);
                AppendLine(builder, text, line);
                builder.EndBlock(line.Start + line.Length);
                i++;
                continue;
            }
            builder.StartBlock(BlockKind.Paragraph, 0, line.Start);
            for (int k = i; k < blockEnd; k++)
            {
                if (k > i) builder.Break();
                AppendLine(builder, text, lines[k]);
            }
            builder.EndBlock(lines[blockEnd - 1].Start + lines[blockEnd - 1].Length);
            i = blockEnd;
        }
        return (builder.Build(), meta);
    }

    private readonly record struct Line(int Start, int Length, bool IsBlank);

    private static void ReadLines(string text, List<Line> lines)
    {
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                int end = i;
                if (end > start && text[end - 1] == '\r') end--;
                var span = text.AsSpan(start, end - start);
                lines.Add(new Line(start, end - start, span.IsWhiteSpace()));
                start = i + 1;
            }
        }
    }

    private static bool HasMultiLineBlocks(List<Line> lines)
    {
        int first = lines.FindIndex(l => !l.IsBlank);
        int last = lines.FindLastIndex(l => !l.IsBlank);
        if (first < 0) return false;
        int blanks = 0, multi = 0, blocks = 0;
        for (int i = first; i <= last; i++)
        {
            if (lines[i].IsBlank) { blanks++; continue; }
            if (i == first || lines[i - 1].IsBlank) blocks++;
            else multi++;
        }
        // Copy with blank lines between blocks whose lines continue one another is hard-wrapped.
        return blanks > 0 && multi > 0 && multi >= blocks / 2;
    }

    private static bool LooksLikeHeading(string text, Line line, int maxLength, int maxWords)
    {
        var span = text.AsSpan(line.Start, line.Length).Trim();
        if (span.Length == 0 || span.Length > maxLength) return false;
        char last = span[^1];
        if (last is '.' or '!' or '?' or '…' or ':' or ';' or ',' or '"' or '”' or '»' or ')' or '。') return false;
        int words = 1;
        foreach (char c in span) if (c == ' ') words++;
        return words <= maxWords && !char.IsLower(span[0]);
    }

    private static bool IsListLine(string text, Line line) => ListMarkerLength(text, line) > 0;

    private static int ListMarkerLength(string text, Line line)
    {
        var span = text.AsSpan(line.Start, line.Length);
        int lead = span.Length - span.TrimStart().Length;
        span = span[lead..];
        if (span.Length > 2 && span[0] is '-' or '*' or '•' or '–' && span[1] == ' ') return lead + 2;
        int d = 0;
        while (d < span.Length && d < 3 && char.IsAsciiDigit(span[d])) d++;
        if (d > 0 && d + 1 < span.Length && span[d] is '.' or ')' && span[d + 1] == ' ') return lead + d + 2;
        return 0;
    }

    private static void AppendLine(TextDocumentBuilder builder, string text, Line line)
    {
        int start = builder.TextLength;
        builder.AppendSource(line.Start, line.Length);
        // Links are found in the source line and mapped onto the text just appended (white space collapses, so align by search).
        // The search is bounded by the line: an unbounded one would scan to the end of the text for every line.
        for (var m = LinkPattern().Match(text, line.Start, line.Length); m.Success; m = m.NextMatch())
        {
            var value = m.Value.TrimEnd('.', ',', ';', ':', ')', '!', '?');
            var built = builder.CurrentText(start);
            int at = built.IndexOf(value, StringComparison.Ordinal);
            if (at < 0) continue;
            string href = value.Contains("://", StringComparison.Ordinal) ? value : "https://" + value;
            builder.AddLink(href, "", start + at, m.Index, m.Index + value.Length, start + at + value.Length);
        }
    }

    // URLs with a scheme, www. hosts, and bare domains ending in a well-known top-level domain.
    [GeneratedRegex(@"(?<![\w@/.-])(?:https?://[^\s<>""“”]+|www\.[\w-]+(?:\.[\w-]+)+[^\s<>""“”]*|(?:[\p{L}\p{N}][\p{L}\p{N}-]*\.)+(?:com|org|net|edu|gov|io|co|info|biz|news|blog|ph|uk|us|ca|au|de|fr|nl|es|it|eu|in|jp|ru|br|ch|se|no|dk|fi|pl|be|at|nz|ie|sg|my|id|app|dev|tv|me|ai)(?![\p{L}\p{N}-])(?:/[^\s<>""“”]*)?)", RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();
}
