using Copywise.Text;

namespace Copywise.Research;

/// <summary>How long the text is: words, sentences and paragraphs.</summary>
public sealed class TextStatistics : IResearch<TextStatistics>
{
    /// <summary>Words in the body.</summary>
    public int Words { get; private init; }
    /// <summary>Sentences in the body.</summary>
    public int Sentences { get; private init; }
    /// <summary>Blocks that are not headings.</summary>
    public int Paragraphs { get; private init; }

    /// <inheritdoc/>
    public static TextStatistics Compute(AnalysisContext context)
    {
        int paragraphs = 0;
        foreach (var b in context.Document.Blocks) if (b.Kind != BlockKind.Heading) paragraphs++;
        return new TextStatistics { Words = context.Text.Words.Length, Sentences = context.Text.Sentences.Length, Paragraphs = paragraphs };
    }
}
