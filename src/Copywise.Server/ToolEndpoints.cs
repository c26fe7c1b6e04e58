using System.Net;
using System.Text;
using System.Text.Json;
using Copywise.Documents;
using Copywise.Text;
using Markdig;

namespace Copywise.Server;

/// <summary>Pasted text as HTML for the editor, with the attributes it carries.</summary>
/// <param name="Format">The format the text was read as.</param>
/// <param name="Html">The body as HTML (the editor cleans it before inserting it).</param>
/// <param name="Title">The title the text carries (HTML head, front matter, a headline line), or empty.</param>
/// <param name="Description">The description it carries, or empty.</param>
/// <param name="Keyphrase">The keyphrase (front matter), or empty.</param>
/// <param name="Synonyms">The synonyms (front matter), or empty.</param>
/// <param name="Slug">The slug, or empty.</param>
/// <param name="Permalink">The permalink (canonical URL), or empty.</param>
/// <param name="Locale">The locale (<c>lang</c>), or empty.</param>
public sealed record ConvertResult(string Format, string Html, string Title, string Description, string Keyphrase, string Synonyms, string Slug, string Permalink, string Locale);

/// <summary>The editor's helpers: the search-result preview and the conversion of pasted text.</summary>
internal static class ToolEndpoints
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UseYamlFrontMatter().UseAdvancedExtensions().Build();

    public static async Task<IResult> PreviewAsync(HttpContext context, ServerOptions options)
    {
        var (document, problem) = await RequestBody.ReadJsonAsync(context, options.MaxBodyBytes);
        if (problem != null) return problem;
        using (document)
        {
            try
            {
                var root = Object(document!.RootElement);
                return TypedResults.Ok(SnippetPreview.Build(Str(root, "title"), Str(root, "description"), Str(root, "slug"), Str(root, "permalink"), Str(root, "excerpt")));
            }
            catch (CopywiseInputException e)
            {
                return Problems.Invalid(AnalyzeEndpoints.Sentence(e.Message), e.Field, "The request is not valid");
            }
        }
    }

    public static async Task<IResult> ConvertAsync(HttpContext context, ServerOptions options)
    {
        var (document, problem) = await RequestBody.ReadJsonAsync(context, options.MaxBodyBytes);
        if (problem != null) return problem;
        using (document)
        {
            try
            {
                var root = Object(document!.RootElement);
                var text = Str(root, "text");
                var formatName = Str(root, "format");
                if (!DocumentFormats.TryParse(formatName, out var format))
                    throw new CopywiseInputException($"field 'format' must be auto, html, markdown or text, not '{formatName}'", "format");
                if (format == DocumentFormat.Auto) format = DocumentFormats.Sniff(text);
                var (parsed, paper) = DocumentParser.Parse(new Paper { Text = text, Format = format });
                parsed.Dispose();
                string html = format switch
                {
                    DocumentFormat.Markdown => Markdig.Markdown.ToHtml(text, Markdown),
                    DocumentFormat.Html => HtmlBody(text),
                    _ => PlainTextHtml(text),
                };
                return TypedResults.Ok(new ConvertResult(format.ToString().ToLowerInvariant(), html, paper.Title, paper.Description,
                    paper.Keyphrase, paper.Synonyms, paper.Slug, paper.Permalink, paper.Locale));
            }
            catch (CopywiseInputException e)
            {
                return Problems.Invalid(AnalyzeEndpoints.Sentence(e.Message), e.Field ?? "text", "The text cannot be converted");
            }
        }
    }

    // A whole document contributes its body; a fragment is the body.
    private static string HtmlBody(string html)
    {
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var doc = parser.ParseDocument(html);
        return doc.Body?.InnerHtml ?? "";
    }

    // Plain text as the analysis reads it: subheadings, paragraphs and list items (the headline line is the title).
    private static string PlainTextHtml(string text)
    {
        using var document = PlainTextDocumentParser.Parse(text).Document;
        var html = new StringBuilder();
        bool inList = false;
        foreach (var block in document.Blocks)
        {
            var content = WebUtility.HtmlEncode(document.BlockText(block).ToString()).Replace("\n", "<br>");
            if (block.Kind == BlockKind.ListItem)
            {
                if (!inList) html.Append("<ul>");
                inList = true;
                html.Append("<li>").Append(content).Append("</li>");
                continue;
            }
            if (inList) html.Append("</ul>");
            inList = false;
            if (block.Kind == BlockKind.Heading) html.Append($"<h{block.Level}>").Append(content).Append($"</h{block.Level}>");
            else html.Append("<p>").Append(content).Append("</p>");
        }
        if (inList) html.Append("</ul>");
        return html.ToString();
    }

    internal static JsonElement Object(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object ? root : throw new CopywiseInputException("the body must be a JSON object", null);

    internal static string Str(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return "";
        return v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : throw new CopywiseInputException($"field '{name}' must be a string", name);
    }
}
