using Copywise.Analysis;
using Copywise.Research;
using Copywise.Text;

namespace Copywise.Assessments.Seo;

/// <summary>Does the meta description contain the keyphrase (or a synonym) once or twice?</summary>
public sealed class MetaDescriptionKeyword : Assessment
{
    /// <inheritdoc/>
    public override string Id => "metaDescriptionKeyword";
    /// <inheritdoc/>
    public override string Name => "Keyphrase in meta description";
    /// <inheritdoc/>
    public override string Summary => "Checks that the meta description contains the keyphrase or a synonym once or twice.";

    /// <inheritdoc/>
    public override AssessmentResult Assess(AnalysisContext context, Topic topic)
    {
        var forms = context.Get<TopicForms>(topic);
        var description = context.Paper.Description;
        if (forms.Keyphrase.IsEmpty || string.IsNullOrWhiteSpace(description))
            return Result(3, new MessageArgs(Missing));
        int count = Count(forms, description, context);
        return Result(count is 1 or 2 ? 9 : 3, new MessageArgs(Found, A: count));
    }

    private const int Missing = 0, Found = 1;

    /// <inheritdoc/>
    protected override void Describe(MessageText text, in MessageArgs says)
    {
        if (says.Kind == Missing) text.Write("Set a keyphrase and a meta description that contains it.");
        else if (says.A is 1 or 2) text.Write("The meta description contains the keyphrase or a synonym. Well done!");
        else if (says.A == 0) text.Write("The meta description does not contain the keyphrase or a synonym.");
        else text.Write($"The meta description contains the keyphrase {says.A} times; 2 is the most that reads well.");
    }

    /// <inheritdoc/>
    protected override void DescribeFix(MessageText text, in MessageArgs says)
    {
        if (says.Kind == Missing) text.Write("Write a meta description that uses the keyphrase.");
        else if (says.A == 0) text.Write("Use the keyphrase in the meta description.");
        else if (says.A > 2) text.Write("Use the keyphrase at most twice in the meta description.");
    }

    /// <summary>
    /// Full matches of the keyphrase plus each synonym, sentence by sentence. Words a keyphrase match used are not
    /// counted again for a synonym that shares them.
    /// </summary>
    public static int Count(TopicForms forms, string description, AnalysisContext context)
    {
        var splitter = new SentenceSplitter(context.Language);
        int total = 0, pos = 0;
        // Where the keyphrase matched, kept only to blank it out for the synonyms.
        var marks = forms.Synonyms.Length > 0 ? new List<(int Start, int End)>() : null;
        // The description with the keyphrase's words blanked out, for the synonyms: rented once, only when needed.
        char[]? blanked = null;
        while (pos < description.Length)
        {
            int end = splitter.NextSentenceEnd(description, pos, description.Length);
            marks?.Clear();
            var k = TopicMatcher.Match(forms.Keyphrase, description, pos, end, marks);
            total += k.FullMatches;
            ReadOnlySpan<char> rest = description;
            if (k.FullMatches > 0 && marks is { Count: > 0 })
            {
                blanked ??= System.Buffers.ArrayPool<char>.Shared.Rent(description.Length);
                description.CopyTo(blanked);
                foreach (var (s, e) in marks) blanked.AsSpan(s, e - s).Fill(' ');
                rest = blanked.AsSpan(0, description.Length);
            }
            foreach (var synonym in forms.Synonyms)
            {
                total += TopicMatcher.Match(synonym, rest, pos, end).FullMatches;
            }
            pos = end;
        }
        if (blanked is not null) System.Buffers.ArrayPool<char>.Shared.Return(blanked);
        return total;
    }
}
