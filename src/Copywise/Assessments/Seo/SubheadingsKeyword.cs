using Copywise.Analysis;
using Copywise.Research;
using Copywise.Text;

namespace Copywise.Assessments.Seo;

/// <summary>
/// Do the H2 and H3 subheadings reflect the topic? A subheading reflects it when more than half of the keyphrase's
/// words (all, in languages without a function-word list) or of a synonym's are in it; 30% to 75% of subheadings should.
/// A text of 300 words or more (cornerstone: 250) needs subheadings.
/// </summary>
public sealed class SubheadingsKeyword(bool cornerstone = false) : Assessment
{
    /// <inheritdoc/>
    public override string Id => "subheadingsKeyword";
    /// <inheritdoc/>
    public override string Name => "Keyphrase in subheadings";
    /// <inheritdoc/>
    public override string Summary => "Checks that a fair share (30% to 75%) of the H2 and H3 subheadings reflect the keyphrase or a synonym.";

    /// <inheritdoc/>
    public override AssessmentResult Assess(AnalysisContext context, Topic topic)
    {
        var forms = context.Get<TopicForms>(topic);
        if (forms.Keyphrase.IsEmpty || context.Text.Words.Length == 0)
            return Result(1, "Set a keyphrase and write some text with subheadings.", "Add a keyphrase and text.");
        var index = context.Get<MatchTokenIndex>();
        int count = 0;
        var found = new PooledBuffer<Mark>(8);
        var blocks = context.Document.Blocks;
        for (int i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (!block.IsSubheading) continue;
            count++;
            var (from, to) = index.TokensOfBlock(context.Text, i);
            var m = index.MatchTopic(forms, from, to, useSynonyms: true);
            bool reflects = context.Language.HasFunctionWords ? m.Percent > 50 : m.Percent == 100;
            if (reflects) found.Add(context.MarkOf(block.Start, block.End));
        }
        var matching = found.ToArrayAndRelease();
        // Languages that count characters (Japanese) measure the text in characters, against twice the limits.
        bool characters = context.Language.CountsCharacters;
        int words = characters ? context.Get<CharacterLengths>().Total : context.Text.Words.Length;
        if (count == 0)
        {
            int needsSubheadings = (cornerstone ? 250 : 300) * (characters ? 2 : 1);
            return words >= needsSubheadings
                ? Result(2, $"The text has {words} {(characters ? "characters" : "words")} and no subheadings.", "Add H2 or H3 subheadings, some of them with the keyphrase.")
                : Result(9, "The text is short enough to need no subheadings.");
        }
        int matches = matching.Length;
        int min = (int)Math.Ceiling(count * 0.3);
        int max = (int)Math.Floor(count * 0.75);
        string has = Say($"{matches} of {count} H2/H3 subheadings reflect the topic");
        if (matches > 0 && matches < min) return Result(3, $"{has}; aim for at least {min}.", matching, "Use the keyphrase or a synonym in more subheadings.");
        if (count > 1 && matches > max) return Result(3, $"{has}; more than {max} looks over-optimised.", matching, "Rephrase some subheadings without the keyphrase.");
        if ((count == 1 && matches == 1) || (matches >= min && matches <= max)) return Result(9, $"{has}. Good job!", matching);
        return Result(3, $"None of the {count} H2/H3 subheadings reflects the topic.", "Use the keyphrase or a synonym in at least one subheading.");
    }
}
