using Copywise.Analysis;
using Copywise.Research;
using Copywise.Text;

namespace Copywise.Assessments.Seo;

/// <summary>
/// Do the images' alt texts reflect the topic? An alt text reflects it when it has at least half of the keyphrase's
/// (or a synonym's) words. With five or more images, 30% to 75% of them should. Cornerstone content scores images
/// without a topical alt text red instead of orange.
/// </summary>
public sealed class ImageKeyphrase(bool cornerstone = false) : Assessment
{
    /// <inheritdoc/>
    public override string Id => "imageKeyphrase";
    /// <inheritdoc/>
    public override string Name => "Keyphrase in image alt attributes";
    /// <inheritdoc/>
    public override string Summary => "Checks that the alt text of the images reflects the keyphrase or a synonym, without overdoing it when there are many images.";

    /// <inheritdoc/>
    public override AssessmentResult Assess(AnalysisContext context, Topic topic)
    {
        var forms = context.Get<TopicForms>(topic);
        var images = context.Document.Images;
        if (forms.Keyphrase.IsEmpty || images.Count == 0)
            return Result(3, new MessageArgs(Missing));
        int withKeyphrase = 0, withOther = 0, without = 0;
        var marks = new PooledBuffer<Mark>(16);
        foreach (var image in images)
        {
            if (string.IsNullOrEmpty(image.Alt)) { without++; continue; }
            if (TopicMatcher.MatchTopic(forms, image.Alt, useSynonyms: true).Percent >= 50)
            {
                withKeyphrase++;
                marks.Add(new Mark(image.SourceStart, image.SourceEnd));
            }
            else withOther++;
        }
        var marked = marks.ToArrayAndRelease();
        int count = images.Count;
        int untopical = cornerstone ? 3 : 6;
        int min = (int)Math.Ceiling(count * 0.3);
        int max = (int)Math.Floor(count * 0.75);
        if (withOther > 0 && withKeyphrase == 0) return Result(untopical, new MessageArgs(Untopical));
        var says = new MessageArgs(TooFew, A: withKeyphrase, B: count, C: min, D: max);
        if (count > 4 && withKeyphrase > 0 && withKeyphrase < min) return Result(6, says, marked);
        if ((count < 5 && withKeyphrase > 0) || (count == 5 && withKeyphrase >= min && withKeyphrase <= max) || (count > 5 && withKeyphrase >= min && withKeyphrase <= max))
            return Result(9, says with { Kind = Good }, marked);
        if (count > 4 && withKeyphrase > max) return Result(6, says with { Kind = TooMany }, marked);
        return Result(untopical, new MessageArgs(NoAlt));
    }

    private const int Missing = 0, Untopical = 1, TooFew = 2, Good = 3, TooMany = 4, NoAlt = 5;

    /// <inheritdoc/>
    protected override void Describe(MessageText text, in MessageArgs says)
    {
        switch (says.Kind)
        {
            case Missing: text.Write("There are no images with alt text, or no keyphrase."); return;
            case Untopical: text.Write("The images have alt text, but none reflects the topic."); return;
            case NoAlt: text.Write("The images have no alt text."); return;
        }
        text.Write($"{says.A} of {says.B} images have the keyphrase or a synonym in their alt text");
        if (says.Kind == TooFew) text.Write($"; aim for {says.C} to {says.D}.");
        else if (says.Kind == TooMany) text.Write($"; more than {says.D} looks over-optimised.");
        else text.Write(". Good job!");
    }

    /// <inheritdoc/>
    protected override void DescribeFix(MessageText text, in MessageArgs says) => text.Write(says.Kind switch
    {
        Missing => "Add images whose alt text describes them and includes the keyphrase.",
        Untopical => "Use the keyphrase or a synonym in the alt text of an image.",
        TooFew => "Use the keyphrase in the alt text of a few more images.",
        TooMany => "Describe some images without the keyphrase.",
        NoAlt => "Add alt text that describes each image; use the keyphrase where it fits.",
        _ => "",
    });
}
