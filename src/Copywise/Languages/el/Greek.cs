using System.Collections.Frozen;

namespace Copywise.Languages;

/// <summary>
/// Greek: data files under <c>Languages/el</c> (function, transition and sentence-beginning words, the second-word
/// exceptions of sentence beginnings, abbreviations), the morphological and periphrastic passive
/// (<see cref="GreekPassiveVoice"/>) and word forms by Lucene.Net's Greek stemmer (<see cref="GreekWords"/>). No Flesch
/// reading ease: the reference has no Greek adaptation.
/// </summary>
public sealed class Greek : DataLanguage
{
    /// <summary>The one instance.</summary>
    public static readonly Greek Instance = new();

    private readonly Lazy<GreekPassiveVoice> _passive;

    private Greek() : base("el")
    {
        _passive = new(() => new GreekPassiveVoice(
            OptionalList("el", "deponent-stems.txt").Select(l => l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0])
                .Select(s => GreekWords.Normalize(s)).ToFrozenSet(StringComparer.Ordinal),
            OptionalSet("el", "passive-auxiliaries.txt"),
            OptionalSet("el", "clause-boundaries.txt"),
            FunctionWords));
    }

    /// <inheritdoc/>
    public override string Code => "el";
    /// <inheritdoc/>
    public override string Name => "Greek";
    /// <inheritdoc/>
    public override bool HasPassiveVoice => true;
    /// <inheritdoc/>
    public override bool IsPassive(Text.TextAnalysis text, in Text.Sentence sentence) => _passive.Value.IsPassive(text, sentence);
    /// <inheritdoc/>
    public override bool MatchesByStem => true;
    /// <inheritdoc/>
    public override bool IsWordForm(string word, ReadOnlySpan<char> token) => GreekWords.IsWordForm(word, token);

    /// <summary>True when a word (any case, accents) is a passive verb form by its ending; for tests.</summary>
    internal bool IsPassiveVerb(string word) => _passive.Value.IsPassiveVerb(GreekWords.Normalize(word));
}
