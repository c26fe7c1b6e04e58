using System.Collections.Frozen;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Copywise.Languages;

/// <summary>
/// Norwegian Bokmål (<c>nb</c>, locale <c>nb_NO</c>): data files under <c>Languages/nb</c>, the periphrastic passive
/// ("ble bygget"), and word forms by the Snowball Norwegian stemmer and our inflection rules. Norwegian has no published Flesch adaptation, so reading ease is not scored, as
/// in the reference.
/// </summary>
public sealed class Norwegian : DataLanguage
{
    /// <summary>The one instance.</summary>
    public static readonly Norwegian Instance = new();

    private static readonly SnowballStemming<NorwegianStemmer> Stemming = new();
    private readonly Lazy<FrozenSet<string>> _functionWords;
    private readonly Lazy<NorwegianPassiveVoice> _passive = new(() => new NorwegianPassiveVoice(LoadList("nb", "verbs.txt"),
        LoadSet("nb", "passive-auxiliaries.txt"), LoadSet("nb", "clause-breaks.txt"), LoadSet("nb", "vaere-perfect-participles.txt")));
    private readonly Lazy<NorwegianWordForms> _wordForms = new(() => new NorwegianWordForms(
        LoadList("nb", "irregular-forms.txt"), LoadList("nb", "verbs.txt")));

    private Norwegian() : base("nb")
    {
        // Single transition words ("dessuten", "derfor") carry no topic either, so they count as function words too.
        _functionWords = new(() => base.FunctionWords.Concat(TransitionWords.Where(t => t.Length == 1).Select(t => t[0]))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    }

    /// <inheritdoc/>
    public override string Code => "nb";
    /// <inheritdoc/>
    public override string Name => "Norwegian Bokmål";
    /// <inheritdoc/>
    public override FrozenSet<string> FunctionWords => _functionWords.Value;

    /// <summary>Norwegian writes ordinals with a period ("17. mai"), which does not end the sentence.</summary>
    public override bool HasOrdinalDots => true;

    /// <inheritdoc/>
    public override bool HasPassiveVoice => true;

    /// <inheritdoc/>
    public override bool IsPassive(Text.TextAnalysis text, in Text.Sentence sentence) => _passive.Value.IsPassive(text, sentence);

    /// <summary>
    /// With <paramref name="wordForms"/>, the word and its inflected forms (<see cref="NorwegianWordForms"/>); the
    /// Snowball stemmer finds the regular ones too (<see cref="IsWordForm"/>).
    /// </summary>
    public override FrozenSet<string> WordForms(string word, bool wordForms) =>
        wordForms ? _wordForms.Value.Forms(word) : base.WordForms(word, false);

    /// <inheritdoc/>
    public override bool MatchesByStem => true;

    /// <inheritdoc/>
    public override bool IsWordForm(string word, ReadOnlySpan<char> token) => Stemming.IsWordForm(word, token);
}
