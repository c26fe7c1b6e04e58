using Copywise.Analysis;
using Copywise.Research;

namespace Copywise.Assessments.Seo;

/// <summary>Does the text have images?</summary>
public sealed class Images : Assessment
{
    /// <inheritdoc/>
    public override string Id => "images";
    /// <inheritdoc/>
    public override string Name => "Images";
    /// <inheritdoc/>
    public override string Summary => "Checks that the text has at least one image.";

    /// <inheritdoc/>
    public override AssessmentResult Assess(AnalysisContext context, Topic topic)
    {
        var images = context.Document.Images;
        if (images.Count == 0) return Result(3, new MessageArgs(None));
        return Result(9, new MessageArgs(Some, A: images.Count), SourceMarks.Of(images));
    }

    private const int None = 0, Some = 1;

    /// <inheritdoc/>
    protected override void Describe(MessageText text, in MessageArgs says)
    {
        if (says.Kind == None) text.Write("The text has no images.");
        else text.Write($"The text has {new Counted(says.A, "image", "images")}. Good job!");
    }

    /// <inheritdoc/>
    protected override void DescribeFix(MessageText text, in MessageArgs says)
    {
        if (says.Kind == None) text.Write("Add at least one image that supports the text.");
    }
}
