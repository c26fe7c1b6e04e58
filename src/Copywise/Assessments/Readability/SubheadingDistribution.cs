using Copywise.Analysis;
using Copywise.Research;

namespace Copywise.Assessments.Readability;

/// <summary>
/// Is a long text broken up by subheadings? Sections of up to 300 words are good, up to 350 acceptable
/// (cornerstone: 250 and 300); a text over 300 words (cornerstone: 250) needs subheadings.
/// </summary>
public sealed class SubheadingDistribution(bool cornerstone = false) : Assessment
{
    // Languages that count characters (Japanese): sections of 600 characters (cornerstone: 500), 700 (600) at most.
    private int RecommendedFor(bool characters) => characters ? (cornerstone ? 500 : 600) : (cornerstone ? 250 : 300);
    private int FarTooManyFor(bool characters) => characters ? (cornerstone ? 600 : 700) : (cornerstone ? 300 : 350);

    /// <inheritdoc/>
    public override string Id => "subheadingsTooLong";
    /// <inheritdoc/>
    public override string Name => "Subheading distribution";
    /// <inheritdoc/>
    public override string Summary => "Checks that a long text is broken up by subheadings into sections of at most 300 words (250 for cornerstone content).";

    /// <inheritdoc/>
    public override AssessmentResult Assess(AnalysisContext context, Topic topic)
    {
        var sections = context.Get<Sections>();
        bool characters = context.Language.CountsCharacters;
        var lengths = characters ? context.Get<CharacterLengths>() : null;
        int Recommended = RecommendedFor(characters), FarTooMany = FarTooManyFor(characters);
        int words = lengths?.Total ?? context.Text.Words.Length;
        if (words <= Recommended)
        {
            return Result(9, new MessageArgs(sections.HasHeadings ? WellDivided : ShortWithout));
        }
        int unit = characters ? 1 : 0;
        if (!sections.HasHeadings) return Result(2, new MessageArgs(Without, A: words, B: Recommended, C: unit));
        var all = sections.All;
        int longest = 0, tooLong = 0;
        for (int i = 0; i < all.Count; i++)
        {
            int length = Length(all[i], lengths);
            longest = Math.Max(longest, length);
            if (length > Recommended) tooLong++;
        }
        var marks = new Mark[tooLong];
        for (int i = 0, m = 0; i < all.Count; i++)
        {
            if (Length(all[i], lengths) > Recommended) marks[m++] = Mark(context, all[i]);
        }
        if (all.Count > 0 && all[0].Heading < 0 && Length(all[0], lengths) is var intro && intro > Recommended && tooLong < 2)
        {
            return intro > FarTooMany
                ? Result(3, new MessageArgs(LongIntroduction, A: intro, B: FarTooMany, C: unit), marks)
                : Result(6, new MessageArgs(LongIntroduction, A: intro, B: Recommended, C: unit), marks);
        }
        if (longest <= Recommended) return Result(9, new MessageArgs(WellDivided));
        var says = new MessageArgs(LongSections, A: tooLong, B: Recommended, C: unit, D: longest);
        return longest <= FarTooMany ? Result(6, says, marks) : Result(3, says with { Kind = FarTooLongSections }, marks);
    }

    // A section's length in the unit the language counts.
    private static int Length(Sections.Section s, CharacterLengths? lengths) => lengths?.OfBlocks(s.FirstBlock, s.LastBlock) ?? s.Words;

    private const int WellDivided = 0, ShortWithout = 1, Without = 2, LongIntroduction = 3, LongSections = 4, FarTooLongSections = 5;

    /// <inheritdoc/>
    protected override void Describe(MessageText text, in MessageArgs says)
    {
        string units = says.C == 1 ? "characters" : "words";
        switch (says.Kind)
        {
            case WellDivided: text.Write("The text is well divided by subheadings. Great job!"); break;
            case ShortWithout: text.Write("The text has no subheadings, but it is short enough not to need them."); break;
            case Without: text.Write($"The text has {says.A} {units} and no subheadings."); break;
            case LongIntroduction: text.Write($"The text before the first subheading has {says.A} {units}, more than {says.B}."); break;
            default:
                text.Write($"{new Counted(says.A, "section has", "sections have")} more than {says.B} {units} without a subheading");
                if (says.Kind == LongSections) text.Write(".");
                else text.Write($"; the longest has {says.D}.");
                break;
        }
    }

    /// <inheritdoc/>
    protected override void DescribeFix(MessageText text, in MessageArgs says)
    {
        switch (says.Kind)
        {
            case Without:
                if (says.C == 1) text.Write($"Add subheadings to break the text into sections of at most {says.B} characters.");
                else text.Write("Add subheadings to break the text into sections of at most 300 words.");
                break;
            case LongIntroduction: text.Write("Add a subheading early in the text."); break;
            case LongSections or FarTooLongSections: text.Write("Add subheadings to the long sections."); break;
        }
    }

    private static Mark Mark(AnalysisContext context, Sections.Section s)
    {
        var blocks = context.Document.Blocks;
        int first = s.Heading >= 0 ? s.Heading : s.FirstBlock;
        int last = Math.Max(first, s.LastBlock);
        return context.MarkOf(blocks[first].Start, blocks[last].End);
    }
}
