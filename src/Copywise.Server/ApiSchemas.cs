namespace Copywise.Server;

// The shapes below describe the JSON of the analysis endpoints in the OpenAPI document. The service reads papers with
// the library's PaperJson and writes results with its ResultJson (the CLI's batch format); a test checks that these
// descriptions and the real output agree.

/// <summary>A related keyphrase with its own synonyms (a plain string also works).</summary>
/// <param name="Keyphrase">The keyphrase.</param>
/// <param name="Synonyms">Its synonyms, comma separated.</param>
public sealed record RelatedKeyphraseSchema(string Keyphrase, string? Synonyms);

/// <summary>A keyphrase another page of the site already uses.</summary>
/// <param name="Keyphrase">The keyphrase.</param>
/// <param name="Url">The page that uses it.</param>
public sealed record UsedKeyphraseSchema(string Keyphrase, string Url);

/// <summary>A paper: the article and the attributes a CMS stores beside it. Only <c>text</c> is needed; empty attributes are taken from the body where it carries them.</summary>
/// <param name="Id">An id echoed in the result.</param>
/// <param name="Format"><c>html</c>, <c>markdown</c>, <c>text</c> or <c>auto</c> (sniffed; the default).</param>
/// <param name="Text">The article.</param>
/// <param name="Keyphrase">The focus keyphrase; in double quotes it must match exactly.</param>
/// <param name="Synonyms">Synonyms of the keyphrase, comma separated.</param>
/// <param name="Related">Related keyphrases (up to four are analysed), as strings or objects.</param>
/// <param name="Title">The SEO title.</param>
/// <param name="Description">The meta description.</param>
/// <param name="Slug">The slug.</param>
/// <param name="Permalink">The page's URL; its host decides which links are internal.</param>
/// <param name="Locale">The locale (<c>en_US</c>, <c>de</c>, ...).</param>
/// <param name="Cornerstone">Cornerstone content gets stricter thresholds.</param>
/// <param name="TitleWidth">The SEO title's width in pixels when measured by the caller; 0 or absent to let the service measure it.</param>
/// <param name="UsedKeyphrases">Keyphrases other pages use, for the previously-used-keyphrase check.</param>
public sealed record PaperSchema(
    string? Id, string? Format, string Text, string? Keyphrase, string? Synonyms, RelatedKeyphraseSchema[]? Related,
    string? Title, string? Description, string? Slug, string? Permalink, string? Locale, bool? Cornerstone, double? TitleWidth,
    UsedKeyphraseSchema[]? UsedKeyphrases);

/// <summary>A range of the input a result refers to, in UTF-16 code units.</summary>
/// <param name="Start">Start offset.</param>
/// <param name="End">End offset (exclusive).</param>
public sealed record MarkSchema(int Start, int End);

/// <summary>The outcome of one assessment.</summary>
/// <param name="Id">The assessment's stable id.</param>
/// <param name="Score">9 best, 0 feedback, negative for serious problems.</param>
/// <param name="Rating"><c>bad</c>, <c>ok</c>, <c>good</c> or <c>feedback</c>.</param>
/// <param name="Text">The message.</param>
/// <param name="Fix">How to fix it; absent when there is nothing to fix.</param>
/// <param name="Help">The anchor of the assessment in <c>docs/assessments.md</c>.</param>
/// <param name="Marks">The places in the input it refers to.</param>
public sealed record ResultSchema(string Id, int Score, string Rating, string Text, string? Fix, string Help, MarkSchema[] Marks);

/// <summary>A group of results with its overall score.</summary>
/// <param name="Score">The overall score, 0 to 100.</param>
/// <param name="Results">The results.</param>
public sealed record GroupSchema(int Score, ResultSchema[] Results);

/// <summary>The results for a related keyphrase.</summary>
/// <param name="Keyphrase">The related keyphrase.</param>
/// <param name="Score">Its overall score, 0 to 100.</param>
/// <param name="Results">Its results.</param>
public sealed record RelatedSchema(string Keyphrase, int Score, ResultSchema[] Results);

/// <summary>Measurements; further named readability measures (<c>fleschKincaidGrade</c>, <c>readingTimeMinutes</c>, ...) follow these.</summary>
/// <param name="WordCount">Words.</param>
/// <param name="SentenceCount">Sentences.</param>
/// <param name="ParagraphCount">Paragraphs.</param>
/// <param name="KeyphraseCount">Occurrences of the focus keyphrase.</param>
/// <param name="FleschReadingEase">Flesch reading ease, null where the language has no formula.</param>
public sealed record FactsSchema(int WordCount, int SentenceCount, int ParagraphCount, int KeyphraseCount, double? FleschReadingEase);

/// <summary>The attributes the analysis used, after filling empty ones from the body.</summary>
/// <param name="Format">The format the body was read as.</param>
/// <param name="Keyphrase">The focus keyphrase.</param>
/// <param name="Title">The SEO title.</param>
/// <param name="Description">The meta description.</param>
/// <param name="Slug">The slug.</param>
/// <param name="Permalink">The permalink.</param>
/// <param name="Locale">The locale.</param>
/// <param name="Cornerstone">Cornerstone content.</param>
public sealed record PaperEchoSchema(string Format, string Keyphrase, string Title, string Description, string Slug, string Permalink, string Locale, bool Cornerstone);

/// <summary>Everything an analysis says: the same object as a line of <c>copywise batch</c>.</summary>
/// <param name="Id">The paper's id, when it had one.</param>
/// <param name="Language">The language the text was analysed as.</param>
/// <param name="Seo">SEO results.</param>
/// <param name="Readability">Readability results.</param>
/// <param name="Related">Results per related keyphrase.</param>
/// <param name="Facts">Measurements.</param>
/// <param name="Paper">The attributes used.</param>
/// <param name="Notes">What the analysis could not do or had to assume.</param>
public sealed record AnalysisSchema(string? Id, string Language, GroupSchema Seo, GroupSchema Readability, RelatedSchema[] Related, FactsSchema Facts, PaperEchoSchema Paper, string[] Notes);

/// <summary>The answer to a batch line that could not be analysed.</summary>
/// <param name="Line">The line number, from 1.</param>
/// <param name="Id">The paper's id, when it could be read.</param>
/// <param name="Error">Why.</param>
/// <param name="Field">The offending field, when one is to blame.</param>
public sealed record BatchErrorSchema(int Line, string? Id, string Error, string? Field);

/// <summary>What the search-result preview needs.</summary>
/// <param name="Title">The SEO title.</param>
/// <param name="Description">The meta description.</param>
/// <param name="Slug">The slug.</param>
/// <param name="Permalink">The page's URL or the address it sits under.</param>
/// <param name="Excerpt">The start of the body, shown when there is no description.</param>
public sealed record PreviewRequestSchema(string? Title, string? Description, string? Slug, string? Permalink, string? Excerpt);

/// <summary>Text to convert to HTML for the editor.</summary>
/// <param name="Text">The text.</param>
/// <param name="Format"><c>auto</c> (the default), <c>html</c>, <c>markdown</c> or <c>text</c>.</param>
public sealed record ConvertRequestSchema(string Text, string? Format);
