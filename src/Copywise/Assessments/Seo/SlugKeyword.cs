using Copywise.Analysis;
using Copywise.Research;

namespace Copywise.Assessments.Seo;

/// <summary>
/// Does the slug contain the keyphrase? Short keyphrases must be complete; longer ones need more than half their words.
/// A slug without the keyphrase is orange, red for cornerstone content.
/// </summary>
public sealed class SlugKeyword(bool cornerstone = false) : Assessment
{
    /// <inheritdoc/>
    public override string Id => "slugKeyword";
    /// <inheritdoc/>
    public override string Name => "Keyphrase in slug";
    /// <inheritdoc/>
    public override string Summary => "Checks that the slug contains the keyphrase's words (more than half of them for a keyphrase of three or more words).";

    /// <inheritdoc/>
    public override bool IsApplicable(AnalysisContext context, Topic topic) => context.Language.MatchesKeyphraseInSlug;

    /// <inheritdoc/>
    public override AssessmentResult Assess(AnalysisContext context, Topic topic)
    {
        var forms = context.Get<TopicForms>(topic).Keyphrase;
        var slug = Uri.UnescapeDataString(context.Paper.Slug ?? "");
        // The words of a slug are joined by hyphens or underscores: read as spaces, in a buffer rather than a new string.
        var rented = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(1, slug.Length));
        try
        {
            var spaced = rented.AsSpan(0, slug.Length);
            slug.AsSpan().Replace(spaced, '_', ' ');
            spaced.Replace('-', ' ');
            if (forms.IsEmpty || spaced.IsWhiteSpace())
                return Result(3, new MessageArgs(Missing));
            var m = TopicMatcher.Match(forms, spaced, 0, spaced.Length);
            bool good = forms.Forms.Length < 3 ? m.Percent == 100 : m.Percent > 50;
            if (!good)
            {
                // Slugs are mostly written without accents or in Latin letters: "kváskový chléb" is in "kvaskovy-chleb".
                var language = context.Language;
                var plain = TopicMatcher.Match(forms.Transliterated(language.Transliterate), language.Transliterate(new string(spaced)));
                if (plain.Percent > m.Percent) m = plain;
                good = forms.Forms.Length < 3 ? m.Percent == 100 : m.Percent > 50;
            }
            return good ? Result(9, new MessageArgs(Contains)) : Result(cornerstone ? 3 : 6, new MessageArgs(Lacks));
        }
        finally { System.Buffers.ArrayPool<char>.Shared.Return(rented); }
    }

    private const int Missing = 0, Contains = 1, Lacks = 2;

    /// <inheritdoc/>
    protected override void Describe(MessageText text, in MessageArgs says) => text.Write(says.Kind switch
    {
        Missing => "Set a keyphrase and a slug that contains it.",
        Contains => "The slug contains the keyphrase. Great work!",
        _ => "The slug does not contain all words of the keyphrase.",
    });

    /// <inheritdoc/>
    protected override void DescribeFix(MessageText text, in MessageArgs says) => text.Write(says.Kind switch
    {
        Missing => "Use the keyphrase in the slug.",
        Contains => "",
        _ => "Edit the slug so that it contains the keyphrase.",
    });
}
