using Copywise.Analysis;
using Copywise.Research;

namespace Copywise.Assessments.Seo;

/// <summary>Does the first paragraph say what the text is about? All content words of the keyphrase (or a synonym) in one of its sentences is best.</summary>
public sealed class IntroductionKeyword : Assessment
{
    /// <inheritdoc/>
    public override string Id => "introductionKeyword";
    /// <inheritdoc/>
    public override string Name => "Keyphrase in introduction";
    /// <inheritdoc/>
    public override string Summary => "Checks that the keyphrase or a synonym appears in the first paragraph, best with all its words in one sentence.";

    /// <inheritdoc/>
    public override AssessmentResult Assess(AnalysisContext context, Topic topic)
    {
        var forms = context.Get<TopicForms>(topic);
        int block = context.Get<Introduction>().Block;
        if (forms.Keyphrase.IsEmpty || block < 0)
            return Result(3, new MessageArgs(Missing));
        var index = context.Get<MatchTokenIndex>();
        int firstSentence = context.Text.Blocks[block].FirstSentence;
        foreach (var sentence in context.Text.SentencesOf(block))
        {
            var (from, to) = index.TokensOfSentence(firstSentence++);
            if (index.MatchTopic(forms, from, to, useSynonyms: true).All)
                return Result(9, new MessageArgs(InOneSentence), [context.MarkOf(sentence.Start, sentence.End)]);
        }
        var b = context.Document.Blocks[block];
        var (pFrom, pTo) = index.TokensOfBlock(context.Text, block);
        var paragraph = index.MatchTopic(forms, pFrom, pTo, useSynonyms: true);
        if (paragraph.All) return Result(6, new MessageArgs(Scattered), [context.MarkOf(b.Start, b.End)]);
        return Result(3, new MessageArgs(Absent), [context.MarkOf(b.Start, b.End)]);
    }

    private const int Missing = 0, InOneSentence = 1, Scattered = 2, Absent = 3;

    /// <inheritdoc/>
    protected override void Describe(MessageText text, in MessageArgs says) => text.Write(says.Kind switch
    {
        Missing => "Set a keyphrase and write a first paragraph that contains it.",
        InOneSentence => "The first paragraph names the topic. Well done!",
        Scattered => "The words of the keyphrase are all in the first paragraph, but not in one sentence.",
        _ => "The first paragraph does not contain the keyphrase or a synonym.",
    });

    /// <inheritdoc/>
    protected override void DescribeFix(MessageText text, in MessageArgs says) => text.Write(says.Kind switch
    {
        Missing => "Name the topic in the first paragraph.",
        InOneSentence => "",
        Scattered => "Bring the keyphrase's words together in one sentence of the introduction.",
        _ => "Make the topic clear at once: use the keyphrase in the first paragraph.",
    });
}
