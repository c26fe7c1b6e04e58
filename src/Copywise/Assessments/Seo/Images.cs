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
        if (images.Count == 0) return Result(3, "The text has no images.", "Add at least one image that supports the text.");
        return Result(9, $"The text has {Plural(images.Count, "image", "images")}. Good job!", SourceMarks.Of(images));
    }
}
