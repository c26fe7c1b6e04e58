using Copywise.Text;

namespace Copywise.Documents;

/// <summary>Parses a paper's body in its format and fills the paper's empty attributes from what the body carries.</summary>
public static class DocumentParser
{
    /// <summary>The longest keyphrase, synonym list or title we analyse, in characters; longer ones are cut (and said so).</summary>
    public const int MaxAttributeLength = 2000;

    /// <summary>Parses the body of <paramref name="paper"/>.</summary>
    /// <param name="paper">The paper.</param>
    /// <param name="fileName">A file name whose extension hints at the format, if any.</param>
    /// <returns>The parsed document and the paper with attributes completed.</returns>
    public static (TextDocument Document, Paper Paper) Parse(Paper paper, string? fileName = null)
    {
        var (document, completed, _) = Read(paper, fileName);
        return (document, completed);
    }

    /// <summary>Parses the body of <paramref name="paper"/> and also returns what the body said about itself.</summary>
    /// <param name="paper">The paper.</param>
    /// <param name="fileName">A file name whose extension hints at the format, if any.</param>
    /// <returns>The parsed document, the paper with attributes completed, and the body's metadata with all its fields.</returns>
    public static ParsedPaper ParseWithMetadata(Paper paper, string? fileName = null)
    {
        var (document, completed, metadata) = Read(paper, fileName);
        return new ParsedPaper(document, completed, metadata ?? new DocumentMetadata());
    }

    // The document, the completed paper and the body's metadata (null when the body carries none).
    private static (TextDocument Document, Paper Paper, DocumentMetadata? Metadata) Read(Paper paper, string? fileName)
    {
        var format = paper.Format;
        if (format == DocumentFormat.Auto) format = DocumentFormats.FromFileName(fileName);
        if (format == DocumentFormat.Auto) format = DocumentFormats.Sniff(paper.Text);
        var (document, metadata) = format switch
        {
            DocumentFormat.Html => HtmlDocumentParser.Read(paper.Text),
            DocumentFormat.Markdown => MarkdownDocumentParser.Read(paper.Text),
            _ => PlainTextDocumentParser.Read(paper.Text),
        };
        // Read only: the empty metadata is never handed out.
        var m = metadata ?? NoMetadata;
        string title = Pick(paper.Title, m.Title), description = Pick(paper.Description, m.Description);
        string keyphrase = Pick(paper.Keyphrase, m.Keyphrase), synonyms = Pick(paper.Synonyms, m.Synonyms);
        string slug = Pick(paper.Slug, m.Slug), permalink = Pick(paper.Permalink, m.Permalink), locale = Pick(paper.Locale, m.Locale);
        bool cornerstone = paper.Cornerstone || m.Cornerstone == true;
        bool relatedFromBody = paper.Related.Count == 0 && m.RelatedCount > 0;
        // A paper the body adds nothing to serves as it is.
        bool unchanged = paper.Format == format && cornerstone == paper.Cornerstone && !relatedFromBody
            && ReferenceEquals(title, paper.Title) && ReferenceEquals(description, paper.Description)
            && ReferenceEquals(keyphrase, paper.Keyphrase) && ReferenceEquals(synonyms, paper.Synonyms)
            && ReferenceEquals(slug, paper.Slug) && ReferenceEquals(permalink, paper.Permalink) && ReferenceEquals(locale, paper.Locale);
        var completed = unchanged ? paper : paper with
        {
            Format = format,
            Title = title,
            Description = description,
            Keyphrase = keyphrase,
            Synonyms = synonyms,
            Slug = slug,
            Permalink = permalink,
            Locale = locale,
            Cornerstone = cornerstone,
            Related = relatedFromBody ? m.Related.Select(r => new RelatedKeyphrase(r)).ToArray() : paper.Related,
        };
        if (string.IsNullOrEmpty(completed.Slug) && !string.IsNullOrEmpty(completed.Permalink))
        {
            completed = completed with { Slug = SlugFromUrl(completed.Permalink) };
        }
        return (document, completed, metadata);
    }

    private static readonly DocumentMetadata NoMetadata = new();

    private static string Pick(string given, string? found) => string.IsNullOrWhiteSpace(given) ? (found ?? "") : given;

    /// <summary>The last path segment of a URL, as a CMS would show it as slug.</summary>
    public static string SlugFromUrl(string url)
    {
        var path = url;
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri)) path = uri.AbsolutePath;
        path = path.Trim('/');
        int slash = path.LastIndexOf('/');
        return slash >= 0 ? path[(slash + 1)..] : path;
    }
}

/// <summary>A parsed paper: its prose, the paper with attributes completed from the body, and the body's own metadata.</summary>
/// <param name="Document">The prose.</param>
/// <param name="Paper">The paper with empty attributes filled from the body.</param>
/// <param name="Metadata">What the body said about itself, including every field (<see cref="DocumentMetadata.Fields"/>).</param>
public sealed record ParsedPaper(TextDocument Document, Paper Paper, DocumentMetadata Metadata);
