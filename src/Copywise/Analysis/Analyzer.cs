using Copywise.Assessments;
using Copywise.Documents;
using Copywise.Languages;
using Copywise.Research;
using Copywise.Text;

namespace Copywise.Analysis;

/// <summary>
/// The entry point: paper → document → research → assessments → result.
/// Thread-safe and stateless; every call analyses one paper from scratch.
/// </summary>
public static class Analyzer
{
    /// <summary>The most related keyphrases analysed; more are ignored with a note.</summary>
    public const int MaxRelatedKeyphrases = 4;

    /// <summary>Analyses a paper.</summary>
    /// <param name="paper">The paper.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <param name="fileName">The file the body came from, whose extension hints at its format.</param>
    /// <exception cref="CopywiseInputException">The body cannot be read (invalid front matter, for one).</exception>
    public static AnalysisResult Analyze(Paper paper, AnalysisOptions? options = null, string? fileName = null)
    {
        options ??= AnalysisOptions.Default;
        var (parsed, completed) = DocumentParser.Parse(paper, fileName);
        // Disposed last: its pooled text serves the next analysis once the context below is done with it.
        using var document = parsed;
        var language = LanguageRegistry.ForLocale(completed.Locale);
        bool detected = false;
        if (string.IsNullOrWhiteSpace(completed.Locale) && LanguageDetector.Detect(document.Text) is { } found)
        {
            language = found;
            detected = true;
        }
        // Disposed when the result is made: the research's pooled buffers serve the next analysis.
        using var context = new AnalysisContext(completed, document, language, options);
        var result = Analyze(context);
        return detected
            ? result with { Notes = [.. result.Notes, $"No language was given; the text reads as {language.Name} ({language.Code})."] }
            : result;
    }

    /// <summary>Runs the assessments on a prepared context.</summary>
    public static AnalysisResult Analyze(AnalysisContext context)
    {
        List<string>? notes = null;
        var paper = context.Paper;
        if (context.Text.Words.Length == 0) (notes ??= []).Add("The text is empty: there is no prose to analyse.");
        if (context.Language is UnsupportedLanguage) (notes ??= []).Add($"The language '{context.Language.Code}' is not supported: only the checks that do not depend on language were run.");
        if (paper.Keyphrase.Length > DocumentParser.MaxAttributeLength) (notes ??= []).Add($"The keyphrase is longer than {DocumentParser.MaxAttributeLength} characters; only its start was used.");

        var seoResults = Run(Assessors.Seo(context.Cornerstone), context, context.Focus);
        var readability = Assessors.Readability(context.Cornerstone);
        var readabilityResults = Run(readability, context, context.Focus);
        List<RelatedResult>? related = null;
        int relatedCount = 0;
        foreach (var r in paper.Related)
        {
            if (string.IsNullOrWhiteSpace(r.Keyphrase)) continue;
            if (++relatedCount > MaxRelatedKeyphrases)
            {
                (notes ??= []).Add($"Only the first {MaxRelatedKeyphrases} related keyphrases were analysed.");
                break;
            }
            var topic = new Topic(r.Keyphrase, r.Synonyms, IsRelated: true);
            var results = Run(Assessors.Related(context.Cornerstone), context, topic);
            (related ??= []).Add(new RelatedResult(r.Keyphrase, new ResultGroup("related", OverallScore.Seo(results), results)));
        }

        var stats = context.Get<TextStatistics>();
        var facts = new Facts
        {
            WordCount = stats.Words,
            SentenceCount = stats.Sentences,
            ParagraphCount = stats.Paragraphs,
            KeyphraseCount = context.Get<KeyphraseOccurrences>(context.Focus).Count,
            FleschReadingEase = FactsBuilder.FleschReadingEase(context),
            Extra = FactsBuilder.Extra(context),
        };
        return new AnalysisResult
        {
            Seo = new ResultGroup("seo", OverallScore.Seo(seoResults), seoResults),
            Readability = new ResultGroup("readability", ReadabilityScore(readability, readabilityResults, context), readabilityResults),
            Related = related ?? (IReadOnlyList<RelatedResult>)[],
            Facts = facts,
            Language = context.Language.Code,
            Notes = notes ?? (IReadOnlyList<string>)[],
            Paper = paper,
        };
    }

    // The results that count (not the Flesch score, for one), scored more strictly when an assessment the language cannot
    // do is missing. Too little text to judge is a red light, whatever the other checks say about nothing.
    private static int ReadabilityScore(IReadOnlyList<Assessment> assessments, AssessmentResult[] results, AnalysisContext context)
    {
        bool allSupported = true;
        for (int i = 0; i < assessments.Count; i++)
        {
            var a = assessments[i];
            if (!a.IsSupported(context) && !context.Options.DisabledAssessments.Contains(a.Id)) allSupported = false;
        }
        // Results come in the order of their assessments, less the ones that did not apply: matched by id.
        var scored = new PooledBuffer<AssessmentResult>(results.Length);
        try
        {
            foreach (var r in results)
            {
                if (r.Id == "textPresence" && r.Rating == Rating.Bad) return 30;
                for (int i = 0; i < assessments.Count; i++)
                {
                    if (assessments[i].Id != r.Id) continue;
                    if (assessments[i].CountsInScore) scored.Add(r);
                    break;
                }
            }
            return OverallScore.Readability(scored.Items.AsSpan(0, scored.Count), allSupported);
        }
        finally { scored.Release(); }
    }

    private static AssessmentResult[] Run(IReadOnlyList<Assessment> assessments, AnalysisContext context, Topic topic)
    {
        var results = new PooledBuffer<AssessmentResult>(assessments.Count);
        for (int i = 0; i < assessments.Count; i++)
        {
            var a = assessments[i];
            if (context.Options.DisabledAssessments.Contains(a.Id) || !a.IsApplicable(context, topic)) continue;
            results.Add(a.Assess(context, topic));
        }
        return results.ToArrayAndRelease();
    }
}

/// <summary>Unscored measurements for <see cref="Facts"/>.</summary>
internal static class FactsBuilder
{
    public static double? FleschReadingEase(AnalysisContext context) => context.Get<ReadabilityStatistics>().FleschReadingEase;

    /// <summary>The classic formulas beyond Flesch reading ease, for languages that count syllables.</summary>
    public static IReadOnlyDictionary<string, double> Extra(AnalysisContext context)
    {
        var s = context.Get<ReadabilityStatistics>();
        Span<double> values = stackalloc double[8];
        values[0] = s.Syllables;
        values[1] = ReadabilityFormulas.ReadingTimeMinutes(context.Text.Words.Length);
        int n = 2;
        // Where text is measured in characters, its length in them (the reference reports it as the word count).
        bool characters = context.Language.CountsCharacters;
        if (characters) values[n++] = context.Get<CharacterLengths>().Total;
        bool formulas = s.Words != 0 && s.Sentences != 0 && s.Syllables != 0;
        if (formulas)
        {
            values[n++] = ReadabilityFormulas.FleschKincaidGrade(s.Words, s.Sentences, s.Syllables);
            values[n++] = ReadabilityFormulas.GunningFog(s.Words, s.Sentences, s.PolysyllabicWords);
            values[n++] = ReadabilityFormulas.Smog(s.Sentences, s.PolysyllabicWords);
            values[n++] = ReadabilityFormulas.ColemanLiau(s.Words, s.Sentences, s.Characters);
            values[n++] = ReadabilityFormulas.AutomatedReadabilityIndex(s.Words, s.Sentences, s.Characters);
        }
        return new NamedNumbers(Names[(characters ? 1 : 0) + (formulas ? 2 : 0)], values[..n]);
    }

    // The names of the numbers above, for each combination of a character count and the formulas.
    private static readonly string[][] Names =
    [
        ["syllableCount", "readingTimeMinutes"],
        ["syllableCount", "readingTimeMinutes", "characterCount"],
        ["syllableCount", "readingTimeMinutes", "fleschKincaidGrade", "gunningFog", "smog", "colemanLiau", "automatedReadabilityIndex"],
        ["syllableCount", "readingTimeMinutes", "characterCount", "fleschKincaidGrade", "gunningFog", "smog", "colemanLiau", "automatedReadabilityIndex"],
    ];
}
