using System.Collections.Frozen;

namespace Copywise.Languages;

/// <summary>
/// Japanese: written without spaces, so words come from <see cref="JapaneseSegmenter"/>, and lengths are counted in
/// characters (<see cref="Language.CountsCharacters"/>). Data files under <c>Languages/ja</c>; word forms by the
/// conjugation rules of <see cref="JapaneseWordForms"/>. No passive voice (its forms are also the potential and the
/// honorific ones), no Flesch reading ease, no keyphrase in the slug: as the reference.
/// </summary>
public sealed class Japanese : DataLanguage
{
    /// <summary>The one instance.</summary>
    public static readonly Japanese Instance = new();

    // Phrases of the lists are written unsegmented; they are split as the text is, so that they match its words.
    private readonly Lazy<string[][]> _transitions = new(() => Segmented(OptionalList("ja", "transition-words.txt")));
    private readonly Lazy<(string[], string[])[]> _twoPart = new(() => OptionalList("ja", "two-part-transition-words.txt")
        .Select(l => l.Split('|')).Where(p => p.Length == 2)
        .Select(p => (Segmented([p[0]])[0], Segmented([p[1]])[0])).Where(p => p.Item1.Length > 0 && p.Item2.Length > 0).ToArray());

    private Japanese() : base("ja") { }

    /// <inheritdoc/>
    public override string Code => "ja";
    /// <inheritdoc/>
    public override string Name => "Japanese";
    /// <inheritdoc/>
    public override Text.WordSegmenter Segmenter => JapaneseSegmenter.Instance;
    /// <inheritdoc/>
    public override bool CountsCharacters => true;
    /// <inheritdoc/>
    public override bool MatchesKeyphraseInSlug => false;
    /// <summary>A sentence of more than 40 characters is long.</summary>
    public override int LongSentenceWords => 40;
    /// <inheritdoc/>
    public override IReadOnlyList<string[]> TransitionWords => _transitions.Value;
    /// <inheritdoc/>
    public override IReadOnlyList<(string[] First, string[] Second)> TwoPartTransitionWords => _twoPart.Value;

    /// <inheritdoc/>
    public override bool MatchesByStem => true;
    /// <inheritdoc/>
    public override bool IsWordForm(string word, ReadOnlySpan<char> token) => JapaneseWordForms.IsWordForm(word, token);

    private static string[][] Segmented(IEnumerable<string> phrases) => phrases
        .Select(p => Research.MatchTokens.Split(p, JapaneseSegmenter.Instance).Select(Research.MatchTokens.Normalize).ToArray())
        .Where(t => t.Length > 0).ToArray();
}
