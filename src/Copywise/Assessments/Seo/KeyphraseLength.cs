using Copywise.Analysis;
using Copywise.Research;

namespace Copywise.Assessments.Seo;

/// <summary>
/// Is the keyphrase short enough to be something people search for? Counts content words where the language
/// has a function-word list (good up to 4, acceptable up to 8), else all words (6 and 9); languages that count
/// characters count the keyphrase's characters (12 and 18).
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
        if (context.Language.CountsCharacters) return AssessCharacters(forms);
        bool contentWords = context.Language.HasFunctionWords && !forms.Exact;
        int length = contentWords ? forms.ContentWords.Length : forms.Words.Length;
        // The limits depend on whether the language has a function-word list, not on exact matching.
        int good = context.Language.HasFunctionWords ? 4 : 6;
        int acceptable = context.Language.HasFunctionWords ? 8 : 9;
        string unit = contentWords ? "content word" : "word";
        string has = Say($"The keyphrase has {Plural(length, unit, unit + "s")}.");
        string fix = Say($"Shorten the keyphrase to at most {good} {unit}s: keep the words people would search for.");
        if (length <= good) return Result(9, "Good job!");
        if (length <= acceptable) return Result(6, $"{has} That is more than the recommended maximum of {good}.", fix);
        return Result(3, $"{has} That is far more than the recommended maximum of {good}.", fix);
    }

    // Languages that count characters: every character of the keyphrase but spaces and punctuation, function words
    // included; good up to 12, acceptable up to 18.
    private AssessmentResult AssessCharacters(PhraseForms forms)
    {
        const int good = 12, acceptable = 18;
        int length = Text.CharacterCount.Count(forms.Phrase);
        string has = Say($"The keyphrase has {Plural(length, "character", "characters")}.");
        string fix = Say($"Shorten the keyphrase to at most {good} characters: keep the words people would search for.");
        if (length <= good) return Result(9, "Good job!");
        if (length <= acceptable) return Result(6, $"{has} That is more than the recommended maximum of {good}.", fix);
        return Result(3, $"{has} That is far more than the recommended maximum of {good}.", fix);
    }
}
