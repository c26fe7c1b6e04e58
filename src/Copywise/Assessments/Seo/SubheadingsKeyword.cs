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
            return Result(1, new MessageArgs(Missing));
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
                ? Result(2, new MessageArgs(NoSubheadings, A: words, B: characters ? 1 : 0))
                : Result(9, new MessageArgs(Short));
        }
        int matches = matching.Length;
        int min = (int)Math.Ceiling(count * 0.3);
        int max = (int)Math.Floor(count * 0.75);
        var says = new MessageArgs(TooFew, A: matches, B: count, C: min, D: max);
        if (matches > 0 && matches < min) return Result(3, says, matching);
        if (count > 1 && matches > max) return Result(3, says with { Kind = TooMany }, matching);
        if ((count == 1 && matches == 1) || (matches >= min && matches <= max)) return Result(9, says with { Kind = Good }, matching);
        return Result(3, says with { Kind = NoneReflects });
    }

    private const int Missing = 0, NoSubheadings = 1, Short = 2, TooFew = 3, TooMany = 4, Good = 5, NoneReflects = 6;

    /// <inheritdoc/>
    protected override void Describe(MessageText text, in MessageArgs says)
    {
        switch (says.Kind)
        {
            case Missing: text.Write("Set a keyphrase and write some text with subheadings."); return;
            case NoSubheadings: text.Write($"The text has {says.A} {(says.B == 1 ? "characters" : "words")} and no subheadings."); return;
            case Short: text.Write("The text is short enough to need no subheadings."); return;
            case NoneReflects: text.Write($"None of the {says.B} H2/H3 subheadings reflects the topic."); return;
        }
        text.Write($"{says.A} of {says.B} H2/H3 subheadings reflect the topic");
        if (says.Kind == TooFew) text.Write($"; aim for at least {says.C}.");
        else if (says.Kind == TooMany) text.Write($"; more than {says.D} looks over-optimised.");
        else text.Write(". Good job!");
    }

    /// <inheritdoc/>
    protected override void DescribeFix(MessageText text, in MessageArgs says) => text.Write(says.Kind switch
    {
        Missing => "Add a keyphrase and text.",
        NoSubheadings => "Add H2 or H3 subheadings, some of them with the keyphrase.",
        TooFew => "Use the keyphrase or a synonym in more subheadings.",
        TooMany => "Rephrase some subheadings without the keyphrase.",
        NoneReflects => "Use the keyphrase or a synonym in at least one subheading.",
        _ => "",
    });
}
