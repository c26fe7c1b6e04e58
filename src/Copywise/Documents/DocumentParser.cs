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
        var completed = IsComplete(paper, format, m) ? paper : paper with
        {
            Format = format,
            Title = Pick(paper.Title, m.Title),
            Description = Pick(paper.Description, m.Description),
            Keyphrase = Pick(paper.Keyphrase, m.Keyphrase),
            Synonyms = Pick(paper.Synonyms, m.Synonyms),
            Slug = Pick(paper.Slug, m.Slug),
            Permalink = Pick(paper.Permalink, m.Permalink),
            Locale = Pick(paper.Locale, m.Locale),
            Cornerstone = paper.Cornerstone || m.Cornerstone == true,
            Related = paper.Related.Count > 0 || m.RelatedCount == 0 ? paper.Related : m.Related.Select(r => new RelatedKeyphrase(r)).ToArray(),
        };
        if (string.IsNullOrEmpty(completed.Slug) && !string.IsNullOrEmpty(completed.Permalink))
        {
            completed = completed with { Slug = SlugFromUrl(completed.Permalink) };
        }
        return (document, completed, metadata);
    }

    private static readonly DocumentMetadata NoMetadata = new();

    private static string Pick(string given, string? found) => string.IsNullOrWhiteSpace(given) ? (found ?? "") : given;

    // True when the body adds nothing to the paper's attributes, so that the paper serves as it is.
    private static bool IsComplete(Paper paper, DocumentFormat format, DocumentMetadata m) =>
        paper.Format == format
        && ReferenceEquals(Pick(paper.Title, m.Title), paper.Title)
        && ReferenceEquals(Pick(paper.Description, m.Description), paper.Description)
        && ReferenceEquals(Pick(paper.Keyphrase, m.Keyphrase), paper.Keyphrase)
        && ReferenceEquals(Pick(paper.Synonyms, m.Synonyms), paper.Synonyms)
        && ReferenceEquals(Pick(paper.Slug, m.Slug), paper.Slug)
        && ReferenceEquals(Pick(paper.Permalink, m.Permalink), paper.Permalink)
        && ReferenceEquals(Pick(paper.Locale, m.Locale), paper.Locale)
        && (paper.Cornerstone || m.Cornerstone != true)
        && (paper.Related.Count > 0 || m.RelatedCount == 0);

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
