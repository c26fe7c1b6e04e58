using Copywise.Analysis;
using Copywise.Research;

namespace Copywise.Assessments.Seo;

/// <summary>
/// Is the keyphrase short enough to be something people search for? Counts content words where the language
/// has a function-word list (good up to 4, acceptable up to 8), else all words (6 and 9).
/// </summary>
public sealed class KeyphraseLength : Assessment
{
    /// <inheritdoc/>
    public override string Id => "keyphraseLength";
    /// <inheritdoc/>
    public override string Name => "Keyphrase length";
    /// <inheritdoc/>
    public override string Summary => "Checks that the keyphrase has few enough words to be something people actually search for.";

    /// <inheritdoc/>
    public override AssessmentResult Assess(AnalysisContext context, Topic topic)
    {
        var forms = context.Get<TopicForms>(topic).Keyphrase;
        if (forms.Words.Length == 0)
        {
            return topic.IsRelated
                ? Result(0, "No related keyphrase was set.", "Set a related keyphrase or remove the empty one.")
                : Result(-999, "No focus keyphrase was set, so the SEO checks that need one cannot run.", "Set a focus keyphrase.");
        }
        bool contentWords = context.Language.HasFunctionWords && !forms.Exact;
        int length = contentWords ? forms.ContentWords.Length : forms.Words.Length;
        // The limits depend on whether the language has a function-word list, not on exact matching.
        int good = context.Language.HasFunctionWords ? 4 : 6;
        int acceptable = context.Language.HasFunctionWords ? 8 : 9;
        string unit = contentWords ? "content word" : "word";
        string has = $"The keyphrase has {Plural(length, unit, unit + "s")}.";
        string fix = $"Shorten the keyphrase to at most {good} {unit}s: keep the words people would search for.";
        if (length <= good) return Result(9, "Good job!");
        if (length <= acceptable) return Result(6, $"{has} That is more than the recommended maximum of {good}.", fix);
        return Result(3, $"{has} That is far more than the recommended maximum of {good}.", fix);
    }
}
