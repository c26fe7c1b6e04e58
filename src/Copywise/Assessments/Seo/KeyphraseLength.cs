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
            return topic.IsRelated ? Result(0, new MessageArgs(NoRelated)) : Result(-999, new MessageArgs(NoFocus));
        }
        if (context.Language.CountsCharacters) return AssessCharacters(forms);
        bool contentWords = context.Language.HasFunctionWords && !forms.Exact;
        int length = contentWords ? forms.ContentWords.Length : forms.Words.Length;
        // The limits depend on whether the language has a function-word list, not on exact matching.
        int good = context.Language.HasFunctionWords ? 4 : 6;
        int acceptable = context.Language.HasFunctionWords ? 8 : 9;
        return Judge(length, good, acceptable, contentWords ? ContentWords : Words);
    }

    private AssessmentResult Judge(int length, int good, int acceptable, int unit)
    {
        if (length <= good) return Result(9, new MessageArgs(Good));
        return Result(length <= acceptable ? 6 : 3, new MessageArgs(length <= acceptable ? Long : FarTooLong, A: length, B: good, C: unit));
    }

    private const int NoRelated = 0, NoFocus = 1, Good = 2, Long = 3, FarTooLong = 4;
    private const int Words = 0, ContentWords = 1, Characters = 2;

    private static string Unit(int unit, bool plural) => (unit, plural) switch
    {
        (Words, false) => "word",
        (Words, true) => "words",
        (ContentWords, false) => "content word",
        (ContentWords, true) => "content words",
        (_, false) => "character",
        _ => "characters",
    };

    /// <inheritdoc/>
    protected override void Describe(MessageText text, in MessageArgs says)
    {
        switch (says.Kind)
        {
            case NoRelated: text.Write("No related keyphrase was set."); break;
            case NoFocus: text.Write("No focus keyphrase was set, so the SEO checks that need one cannot run."); break;
            case Good: text.Write("Good job!"); break;
            default:
                text.Write($"The keyphrase has {new Counted(says.A, Unit(says.C, false), Unit(says.C, true))}. That is ");
                text.Write($"{(says.Kind == Long ? "more" : "far more")} than the recommended maximum of {says.B}.");
                break;
        }
    }

    /// <inheritdoc/>
    protected override void DescribeFix(MessageText text, in MessageArgs says)
    {
        switch (says.Kind)
        {
            case NoRelated: text.Write("Set a related keyphrase or remove the empty one."); break;
            case NoFocus: text.Write("Set a focus keyphrase."); break;
            case Long or FarTooLong: text.Write($"Shorten the keyphrase to at most {says.B} {Unit(says.C, true)}: keep the words people would search for."); break;
        }
    }

    // Languages that count characters: every character of the keyphrase but spaces and punctuation, function words
    // included; good up to 12, acceptable up to 18.
    private AssessmentResult AssessCharacters(PhraseForms forms)
    {
        const int good = 12, acceptable = 18;
        int length = Text.CharacterCount.Count(forms.Phrase);
        return Judge(length, good, acceptable, Characters);
    }
}
