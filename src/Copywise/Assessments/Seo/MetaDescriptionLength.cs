using Copywise.Analysis;
using Copywise.Research;

namespace Copywise.Assessments.Seo;

/// <summary>Is the meta description long enough to use the space in a search result, and short enough to show whole (121 to 156 characters)?</summary>
public sealed class MetaDescriptionLength(bool cornerstone = false) : Assessment
{
    /// <summary>A description this long or shorter wastes space.</summary>
    public const int TooShort = 120;
    /// <summary>A description this long or longer is cut.</summary>
    public const int TooLong = 157;
    /// <summary>A description this long or shorter wastes space, where text is measured in characters (Japanese).</summary>
    public const int TooShortCharacters = 60;
    /// <summary>A description this long or longer is cut, where text is measured in characters.</summary>
    public const int TooLongCharacters = 80;

    /// <inheritdoc/>
    public override string Id => "metaDescriptionLength";
    /// <inheritdoc/>
    public override string Name => "Meta description length";
    /// <inheritdoc/>
    public override string Summary => "Checks that the meta description has 121 to 156 characters, so that it fills a search result without being cut.";

    /// <inheritdoc/>
    public override AssessmentResult Assess(AnalysisContext context, Topic topic)
    {
        var description = context.Paper.Description ?? "";
        int length = Copywise.Text.CharacterCount.TextElements(description);
        int bad = cornerstone ? 3 : 6;
        // Full-width characters take twice the room: languages that count characters get about half the limits.
        var (tooShort, tooLong) = context.Language.CountsCharacters ? (TooShortCharacters, TooLongCharacters) : (TooShort, TooLong);
        if (description.AsSpan().Trim().Length == 0) return Result(1, new MessageArgs(None, B: tooShort, C: tooLong));
        if (length <= tooShort) return Result(bad, new MessageArgs(Short, A: length, B: tooShort, C: tooLong));
        if (length >= tooLong) return Result(bad, new MessageArgs(Long, A: length, B: tooShort, C: tooLong));
        return Result(9, new MessageArgs(Good, A: length));
    }

    private const int None = 0, Short = 1, Long = 2, Good = 3;

    /// <inheritdoc/>
    protected override void Describe(MessageText text, in MessageArgs says)
    {
        int length = says.A, tooLong = says.C;
        switch (says.Kind)
        {
            case None: text.Write("There is no meta description, so search engines will show text from the page instead."); break;
            case Short: text.Write($"The meta description has {length} characters; up to {tooLong - 1} fit, so use the space."); break;
            case Long: text.Write($"The meta description has {length} characters; search results cut it after {tooLong - 1}."); break;
            default: text.Write($"The meta description has {length} characters. Well done!"); break;
        }
    }

    /// <inheritdoc/>
    protected override void DescribeFix(MessageText text, in MessageArgs says)
    {
        int length = says.A, tooShort = says.B, tooLong = says.C;
        switch (says.Kind)
        {
            case None: text.Write($"Write a meta description of {tooShort} to {tooLong - 1} characters."); break;
            case Short: text.Write($"Add about {tooShort + 1 - length} characters to the meta description."); break;
            case Long: text.Write($"Cut {length - tooLong + 1} characters from the meta description."); break;
        }
    }
}
