namespace Copywise.Documents;

/// <summary>Attributes an input carries itself: an HTML head, Markdown front matter, a plain-text title line.</summary>
public sealed class DocumentMetadata
{
    /// <summary>The title (HTML &lt;title&gt;, front matter <c>title</c>, first line of plain text).</summary>
    public string? Title { get; set; }
    /// <summary>The meta description.</summary>
    public string? Description { get; set; }
    /// <summary>The focus keyphrase (front matter, or a configured meta tag).</summary>
    public string? Keyphrase { get; set; }
    /// <summary>Synonyms of the keyphrase, comma separated.</summary>
    public string? Synonyms { get; set; }
    /// <summary>Related keyphrases.</summary>
    public List<string> Related => _related ??= [];
    /// <summary>The slug.</summary>
    public string? Slug { get; set; }
    /// <summary>The permalink or canonical URL.</summary>
    public string? Permalink { get; set; }
    /// <summary>The language (<c>lang</c>, <c>locale</c>).</summary>
    public string? Locale { get; set; }
    /// <summary>Whether the page is cornerstone content.</summary>
    public bool? Cornerstone { get; set; }
    /// <summary>
    /// Every field the input carried, by name as written (case-insensitive): front-matter scalars (lists joined with
    /// ", ") and HTML <c>&lt;meta name content&gt;</c> pairs. Lets a caller map fields of its own.
    /// </summary>
    public Dictionary<string, string> Fields => _fields ??= new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The number of related keyphrases, without making the list when there are none.</summary>
    internal int RelatedCount => _related?.Count ?? 0;

    // Made when first used: most bodies carry no related keyphrases, and many no fields at all.
    private List<string>? _related;
    private Dictionary<string, string>? _fields;
}

/// <summary>A parsed input: its prose and the attributes it carried.</summary>
/// <param name="Document">The prose.</param>
/// <param name="Metadata">What the input said about itself.</param>
/// <param name="Format">The format it was read as.</param>
public sealed record ParsedInput(Copywise.Text.TextDocument Document, DocumentMetadata Metadata, DocumentFormat Format);
