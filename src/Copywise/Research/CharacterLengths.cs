using Copywise.Text;

namespace Copywise.Research;

/// <summary>
/// Lengths in characters (<see cref="CharacterCount"/>) of the body, each block and each sentence, for languages that
/// measure text in characters (<see cref="Languages.Language.CountsCharacters"/>).
/// </summary>
public sealed class CharacterLengths : IResearch<CharacterLengths>
{
    /// <summary>Characters in the whole body: every block, headings included.</summary>
    public int Total { get; private init; }
    /// <summary>Characters per block, indexed like <see cref="TextDocument.Blocks"/>.</summary>
    public int[] Blocks { get; private init; } = [];
    /// <summary>Characters per sentence, indexed like <see cref="TextAnalysis.Sentences"/>.</summary>
    public int[] Sentences { get; private init; } = [];

    /// <inheritdoc/>
    public static CharacterLengths Compute(AnalysisContext context)
    {
        var text = context.Document.Text;
        var blocks = context.Document.Blocks;
        var perBlock = new int[blocks.Count];
        int total = 0;
        for (int i = 0; i < blocks.Count; i++)
        {
            perBlock[i] = CharacterCount.Count(text.Slice(blocks[i].Start, blocks[i].End - blocks[i].Start));
            total += perBlock[i];
        }
        var sentences = context.Text.Sentences;
        var perSentence = new int[sentences.Length];
        for (int i = 0; i < sentences.Length; i++) perSentence[i] = CharacterCount.Count(context.Text.Text(sentences[i]));
        return new CharacterLengths { Total = total, Blocks = perBlock, Sentences = perSentence };
    }

    /// <summary>Characters in the blocks <paramref name="first"/> to <paramref name="last"/> (inclusive).</summary>
    public int OfBlocks(int first, int last)
    {
        int n = 0;
        for (int i = first; i <= last && i < Blocks.Length; i++) n += Blocks[i];
        return n;
    }
}
