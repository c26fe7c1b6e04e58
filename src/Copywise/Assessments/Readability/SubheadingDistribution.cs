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
        string units = characters ? "characters" : "words";
        int words = lengths?.Total ?? context.Text.Words.Length;
        if (words <= Recommended)
        {
            return sections.HasHeadings
                ? Result(9, "The text is well divided by subheadings. Great job!")
                : Result(9, "The text has no subheadings, but it is short enough not to need them.");
        }
        if (!sections.HasHeadings)
            return Result(2, $"The text has {words} {units} and no subheadings.", characters ? $"Add subheadings to break the text into sections of at most {Recommended} characters." : "Add subheadings to break the text into sections of at most 300 words.");
        var all = lengths is null ? sections.All : sections.All.Select(s => s with { Words = lengths.OfBlocks(s.FirstBlock, s.LastBlock) }).ToList();
        var tooLong = all.Where(s => s.Words > Recommended).ToList();
        var marks = tooLong.Select(s => Mark(context, s)).ToList();
        var before = all.Count > 0 && all[0].Heading < 0 ? all[0] : (Sections.Section?)null;
        if (before is { } intro && intro.Words > Recommended && tooLong.Count < 2)
        {
            return intro.Words > FarTooMany
                ? Result(3, $"The text before the first subheading has {intro.Words} {units}, more than {FarTooMany}.", marks, "Add a subheading early in the text.")
                : Result(6, $"The text before the first subheading has {intro.Words} {units}, more than {Recommended}.", marks, "Add a subheading early in the text.");
        }
        int longest = all.Count == 0 ? 0 : all.Max(s => s.Words);
        if (longest <= Recommended) return Result(9, "The text is well divided by subheadings. Great job!");
        string which = Say($"{Plural(tooLong.Count, "section has", "sections have")} more than {Recommended} {units} without a subheading");
        if (longest <= FarTooMany) return Result(6, $"{which}.", marks, "Add subheadings to the long sections.");
        return Result(3, $"{which}; the longest has {longest}.", marks, "Add subheadings to the long sections.");
    }

    private static Mark Mark(AnalysisContext context, Sections.Section s)
    {
        var blocks = context.Document.Blocks;
        int first = s.Heading >= 0 ? s.Heading : s.FirstBlock;
        int last = Math.Max(first, s.LastBlock);
        return context.MarkOf(blocks[first].Start, blocks[last].End);
    }
}
