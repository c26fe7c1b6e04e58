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
        var notes = new List<string>();
        var paper = context.Paper;
        if (context.Text.Words.Length == 0) notes.Add("The text is empty: there is no prose to analyse.");
        if (context.Language is UnsupportedLanguage) notes.Add($"The language '{context.Language.Code}' is not supported: only the checks that do not depend on language were run.");
        if (paper.Keyphrase.Length > DocumentParser.MaxAttributeLength) notes.Add($"The keyphrase is longer than {DocumentParser.MaxAttributeLength} characters; only its start was used.");

        var seoResults = Run(Assessors.Seo(context.Cornerstone), context, context.Focus, out _);
        var readability = Assessors.Readability(context.Cornerstone);
        var readabilityResults = Run(readability, context, context.Focus, out _);
        bool allSupported = readability.All(a => a.IsSupported(context) || context.Options.DisabledAssessments.Contains(a.Id));
        // Results come in the order of their assessments, less the ones that did not apply: matched by id, without a
        // closure per result.
        var scored = new List<AssessmentResult>(readabilityResults.Count);
        foreach (var r in readabilityResults)
        {
            for (int i = 0; i < readability.Count; i++)
            {
                var a = readability[i];
                if (a.Id != r.Id) continue;
                if (a.CountsInScore) scored.Add(r);
                break;
            }
        }
        var related = new List<RelatedResult>();
        int relatedCount = 0;
        foreach (var r in paper.Related)
        {
            if (string.IsNullOrWhiteSpace(r.Keyphrase)) continue;
            if (++relatedCount > MaxRelatedKeyphrases)
            {
                notes.Add($"Only the first {MaxRelatedKeyphrases} related keyphrases were analysed.");
                break;
            }
            var topic = new Topic(r.Keyphrase, r.Synonyms, IsRelated: true);
            var results = Run(Assessors.Related(context.Cornerstone), context, topic, out _);
            related.Add(new RelatedResult(r.Keyphrase, new ResultGroup("related", OverallScore.Seo(results), results)));
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
            Readability = new ResultGroup("readability", ReadabilityScore(scored, allSupported), readabilityResults),
            Related = related,
            Facts = facts,
            Language = context.Language.Code,
            Notes = notes,
            Paper = paper,
        };
    }

    // Too little text to judge is a red light, whatever the other checks say about nothing.
    private static int ReadabilityScore(List<AssessmentResult> scored, bool allSupported) =>
        scored.Any(r => r.Id == "textPresence" && r.Rating == Rating.Bad) ? 30 : OverallScore.Readability(scored, allSupported);

    private static List<AssessmentResult> Run(IReadOnlyList<Assessment> assessments, AnalysisContext context, Topic topic, out bool allApplicable)
    {
        var results = new List<AssessmentResult>(assessments.Count);
        allApplicable = true;
        foreach (var a in assessments)
        {
            if (context.Options.DisabledAssessments.Contains(a.Id)) continue;
            if (!a.IsApplicable(context, topic)) { allApplicable = false; continue; }
            results.Add(a.Assess(context, topic));
        }
        return results;
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
        var extra = new NamedNumbers(8)
        {
            ["syllableCount"] = s.Syllables,
            ["readingTimeMinutes"] = ReadabilityFormulas.ReadingTimeMinutes(context.Text.Words.Length),
        };
        // Where text is measured in characters, its length in them (the reference reports it as the word count).
        if (context.Language.CountsCharacters) extra["characterCount"] = context.Get<CharacterLengths>().Total;
        if (s.Words == 0 || s.Sentences == 0 || s.Syllables == 0) return extra;
        extra["fleschKincaidGrade"] = ReadabilityFormulas.FleschKincaidGrade(s.Words, s.Sentences, s.Syllables);
        extra["gunningFog"] = ReadabilityFormulas.GunningFog(s.Words, s.Sentences, s.PolysyllabicWords);
        extra["smog"] = ReadabilityFormulas.Smog(s.Sentences, s.PolysyllabicWords);
        extra["colemanLiau"] = ReadabilityFormulas.ColemanLiau(s.Words, s.Sentences, s.Characters);
        extra["automatedReadabilityIndex"] = ReadabilityFormulas.AutomatedReadabilityIndex(s.Words, s.Sentences, s.Characters);
        return extra;
    }
}
