namespace Copywise.Documents;

/// <summary>A related keyphrase with its own synonyms.</summary>
/// <param name="Keyphrase">The keyphrase.</param>
/// <param name="Synonyms">Its synonyms, comma separated.</param>
public sealed record RelatedKeyphrase(string Keyphrase, string Synonyms = "");

/// <summary>A keyphrase another page of the site already uses.</summary>
/// <param name="Keyphrase">The keyphrase.</param>
/// <param name="Url">The page that uses it.</param>
public sealed record UsedKeyphrase(string Keyphrase, string Url);

/// <summary>
/// An article to analyse: its body and the attributes a CMS stores beside it.
/// Attributes left empty are taken from the body where it carries them (an HTML head, Markdown front matter, a headline line).
/// </summary>
public sealed record Paper
{
    /// <summary>The body: HTML, Markdown or plain text.</summary>
    public string Text { get; init; } = "";
    /// <summary>The body's format; <see cref="DocumentFormat.Auto"/> sniffs it.</summary>
    public DocumentFormat Format { get; init; } = DocumentFormat.Auto;
    /// <summary>The focus keyphrase; in double quotes it must match exactly.</summary>
    public string Keyphrase { get; init; } = "";
    /// <summary>Synonyms of the keyphrase, comma separated.</summary>
    public string Synonyms { get; init; } = "";
    /// <summary>Related keyphrases (up to four are analysed).</summary>
    public IReadOnlyList<RelatedKeyphrase> Related { get; init; } = [];
    /// <summary>The SEO title.</summary>
    public string Title { get; init; } = "";
    /// <summary>The meta description.</summary>
    public string Description { get; init; } = "";
    /// <summary>The slug.</summary>
    public string Slug { get; init; } = "";
    /// <summary>The page's URL; its host decides which links are internal.</summary>
    public string Permalink { get; init; } = "";
    /// <summary>The locale (<c>en_US</c>, <c>de</c>, ...); empty means English unless the body says otherwise.</summary>
    public string Locale { get; init; } = "";
    /// <summary>Cornerstone content gets stricter thresholds.</summary>
    public bool Cornerstone { get; init; }
    /// <summary>The width of the SEO title in pixels when the caller measured it; computed otherwise.</summary>
    public double? TitleWidth { get; init; }
    /// <summary>Keyphrases other pages of the site use, for the previously-used-keyphrase check; null when unknown.</summary>
    public IReadOnlyList<UsedKeyphrase>? UsedKeyphrases { get; init; }
}
