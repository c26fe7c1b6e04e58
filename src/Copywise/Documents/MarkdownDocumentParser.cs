using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Copywise.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Copywise.Documents;

/// <summary>
/// Reads Markdown (CommonMark with GitHub's tables, autolinks, task lists and strikethrough) with Markdig,
/// and its YAML front matter with YamlDotNet. Markdig keeps the source span of every literal, so marks point into the Markdown.
/// </summary>
public static class MarkdownDocumentParser
{
    private static readonly MarkdownPipeline Pipeline = BuildPipeline(tables: true);

    // The same without the table extensions, for text without a '|': no table of either kind can be written without
    // one, and the pipe-table extension makes an object for every paragraph it looks at.
    private static readonly MarkdownPipeline PipelineWithoutTables = BuildPipeline(tables: false);

    private static MarkdownPipeline BuildPipeline(bool tables)
    {
        var builder = new MarkdownPipelineBuilder().UseYamlFrontMatter();
        if (tables) builder.UsePipeTables().UseGridTables();
        return builder.UseAutoLinks().UseTaskLists().UseEmphasisExtras().UsePreciseSourceLocation().Build();
    }

    /// <summary>Parses Markdown with optional front matter.</summary>
    /// <exception cref="CopywiseInputException">The front matter is not valid YAML.</exception>
    public static ParsedInput Parse(string markdown)
    {
        var (document, metadata) = Read(markdown);
        return new ParsedInput(document, metadata ?? new DocumentMetadata(), DocumentFormat.Markdown);
    }

    /// <summary>Parses Markdown; the metadata is null when there is no front matter.</summary>
    /// <exception cref="CopywiseInputException">The front matter is not valid YAML.</exception>
    internal static (TextDocument Document, DocumentMetadata? Metadata) Read(string markdown) => Read(markdown, tables: markdown.Contains('|'));

    /// <summary>Parses Markdown with or without the table extensions (without them only when the text has no '|').</summary>
    internal static (TextDocument Document, DocumentMetadata? Metadata) Read(string markdown, bool tables)
    {
        var doc = Markdown.Parse(markdown, tables ? Pipeline : PipelineWithoutTables);
        DocumentMetadata? meta = null;
        var builder = TextDocumentBuilder.Rent(markdown);
        foreach (var block in doc)
        {
            if (block is YamlFrontMatterBlock yaml) ReadFrontMatter(markdown, yaml, meta ??= new DocumentMetadata());
            else Walk(block, builder, markdown, BlockKind.Paragraph);
        }
        return (builder.Build(), meta);
    }

    private static void Walk(Markdig.Syntax.Block block, TextDocumentBuilder builder, string source, BlockKind kind)
    {
        switch (block)
        {
            case HeadingBlock heading:
                builder.StartBlock(BlockKind.Heading, heading.Level, heading.Span.Start);
                Inlines(heading.Inline, builder, source);
                builder.EndBlock(heading.Span.End + 1);
                break;
            case ParagraphBlock paragraph:
                builder.StartBlock(kind, 0, paragraph.Span.Start);
                Inlines(paragraph.Inline, builder, source);
                builder.EndBlock(paragraph.Span.End + 1);
                break;
            case Table table:
                foreach (var row in table.OfType<TableRow>())
                    foreach (var cell in row.OfType<TableCell>())
                        foreach (var inner in cell) Walk(inner, builder, source, BlockKind.TableCell);
                break;
            case ListItemBlock item:
                foreach (var inner in item) Walk(inner, builder, source, BlockKind.ListItem);
                break;
            case QuoteBlock:
            case CodeBlock:
            case ThematicBreakBlock:
                // Quotes of others and code are not the author's prose (as for HTML).
                break;
            case HtmlBlock html:
                HtmlBlock(html, builder, source);
                break;
            case ContainerBlock container:
                foreach (var inner in container) Walk(inner, builder, source, kind);
                break;
        }
    }

    // Raw HTML blocks still carry images and links the reader sees.
    private static void HtmlBlock(HtmlBlock html, TextDocumentBuilder builder, string source)
    {
        int start = html.Span.Start;
        int length = Math.Min(html.Span.Length, source.Length - start);
        if (length <= 0) return;
        using var inner = HtmlDocumentParser.Parse(source.Substring(start, length)).Document;
        var innerText = inner.Text;
        foreach (var image in inner.Images) builder.AddImage(image.Src, image.Alt, image.SourceStart + start, image.SourceEnd + start);
        foreach (var b in inner.Blocks)
        {
            builder.StartBlock(b.Kind, b.Level, b.SourceStart + start, b.Alignment);
            int blockStart = builder.TextLength;
            for (int i = b.Start; i < b.End; i++)
            {
                builder.Append(innerText[i], inner.ToSource(i) + start, collapseWhiteSpace: false);
            }
            foreach (var l in inner.Links)
            {
                if (l.TextStart < b.Start || l.TextStart > b.End) continue;
                int textStart = blockStart + (l.TextStart - b.Start);
                int textEnd = blockStart + (Math.Min(l.TextStart + l.TextLength, b.End) - b.Start);
                builder.AddLink(l.Href, l.Rel, textStart, l.SourceStart + start, l.SourceEnd + start, textEnd);
            }
            builder.EndBlock(b.SourceEnd + start);
        }
    }

    private static void Inlines(ContainerInline? container, TextDocumentBuilder builder, string source)
    {
        if (container is null) return;
        for (var inline = container.FirstChild; inline != null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    var slice = literal.Content;
                    if (slice.Text == (object)source && slice.Start >= 0 && slice.End < source.Length)
                        builder.AppendSource(slice.Start, slice.Length);
                    else if (literal.Span.Start >= 0 && literal.Span.Start + slice.Length <= source.Length
                             && source.AsSpan(literal.Span.Start, slice.Length).SequenceEqual(slice.AsSpan()))
                        // A paragraph of several lines is parsed from a copy of its lines; the literal's span still locates it in the source.
                        builder.AppendSource(literal.Span.Start, slice.Length);
                    else
                        builder.AppendDecoded(slice.AsSpan(), Math.Max(0, literal.Span.Start));
                    break;
                case HtmlEntityInline entity:
                    builder.AppendDecoded(entity.Transcoded.AsSpan(), entity.Span.Start);
                    break;
                case LineBreakInline:
                    builder.Break();
                    break;
                case CodeInline:
                    // Inline code is not prose.
                    break;
                case AutolinkInline auto:
                    {
                        int textStart = builder.TextLength;
                        builder.AppendDecoded(auto.Url.AsSpan(), auto.Span.Start + 1);
                        builder.AddLink(auto.IsEmail ? "mailto:" + auto.Url : auto.Url, "", textStart, auto.Span.Start, auto.Span.End + 1);
                    }
                    break;
                case LinkInline link when link.IsImage:
                    builder.AddImage(link.Url ?? "", PlainText(link), link.Span.Start, link.Span.End + 1);
                    break;
                case LinkInline link:
                    {
                        int textStart = builder.TextLength;
                        Inlines(link, builder, source);
                        builder.AddLink(link.Url ?? "", "", textStart, link.Span.Start, link.Span.End + 1);
                    }
                    break;
                case HtmlInline html:
                    HtmlInline(html, builder);
                    break;
                case ContainerInline inner:
                    Inlines(inner, builder, source);
                    break;
            }
        }
    }

    private static void HtmlInline(HtmlInline html, TextDocumentBuilder builder)
    {
        var tag = html.Tag.AsSpan();
        if (tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase)) builder.Break();
        else if (tag.StartsWith("<img", StringComparison.OrdinalIgnoreCase))
        {
            using var parsed = HtmlDocumentParser.Parse(html.Tag).Document;
            foreach (var i in parsed.Images) builder.AddImage(i.Src, i.Alt, html.Span.Start, html.Span.End + 1);
        }
    }

    private static string PlainText(ContainerInline container)
    {
        var sb = new System.Text.StringBuilder();
        for (var inline = container.FirstChild; inline != null; inline = inline.NextSibling)
        {
            if (inline is LiteralInline l) sb.Append(l.Content.AsSpan());
            else if (inline is CodeInline c) sb.Append(c.Content);
            else if (inline is ContainerInline inner) sb.Append(PlainText(inner));
        }
        return sb.ToString();
    }

    private static void ReadFrontMatter(string source, YamlFrontMatterBlock block, DocumentMetadata meta)
    {
        var yamlText = string.Join('\n', block.Lines.Lines.Take(block.Lines.Count).Select(l => l.Slice.ToString()));
        YamlMappingNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yamlText));
            root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
        }
        catch (YamlException e)
        {
            int line = source.AsSpan(0, Math.Min(block.Span.Start, source.Length)).Count('\n') + 2 + (int)Math.Max(0, e.Start.Line - 1);
            throw new CopywiseInputException($"invalid YAML front matter at line {line}: {FirstLine(e.Message)}");
        }
        if (root is null) return;
        foreach (var (keyNode, value) in root.Children)
        {
            string rawKey = ((keyNode as YamlScalarNode)?.Value ?? "").Trim();
            if (rawKey.Length > 0 && ListOrScalar(value) is { } field) meta.Fields.TryAdd(rawKey, field);
            string key = rawKey.ToLowerInvariant().Replace('-', '_');
            switch (key)
            {
                case "title": case "seo_title": meta.Title ??= Scalar(value); break;
                case "description": case "meta_description": case "metadesc": meta.Description ??= Scalar(value); break;
                case "keyphrase": case "focus_keyphrase": case "focuskw": case "keyword": meta.Keyphrase ??= Scalar(value); break;
                case "synonyms": meta.Synonyms ??= ListOrScalar(value); break;
                case "related": case "related_keyphrases":
                    if (value is YamlSequenceNode seq) meta.Related.AddRange(seq.Children.Select(Scalar).Where(s => !string.IsNullOrWhiteSpace(s))!);
                    else if (Scalar(value) is { Length: > 0 } one) meta.Related.Add(one);
                    break;
                case "slug": meta.Slug ??= Scalar(value); break;
                case "permalink": case "url": case "canonical": meta.Permalink ??= Scalar(value); break;
                case "lang": case "locale": case "language": meta.Locale ??= Scalar(value); break;
                case "cornerstone":
                    var c = Scalar(value)?.Trim().ToLowerInvariant();
                    meta.Cornerstone = c is "true" or "yes" or "1" or "on";
                    break;
            }
        }
    }

    private static string FirstLine(string message)
    {
        int i = message.IndexOf('\n');
        return (i < 0 ? message : message[..i]).Trim();
    }

    private static string? Scalar(YamlNode node) => (node as YamlScalarNode)?.Value?.Trim();

    private static string? ListOrScalar(YamlNode node) => node is YamlSequenceNode seq
        ? string.Join(", ", seq.Children.Select(Scalar).Where(s => !string.IsNullOrWhiteSpace(s)))
        : Scalar(node);
}
