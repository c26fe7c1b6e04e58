using System.Collections.Frozen;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Copywise.Languages;

/// <summary>
/// Swedish: data files under <c>Languages/sv</c>, the s-passive, and word forms by the Snowball Swedish stemmer and
/// our inflection rules. Swedish
/// has no published Flesch adaptation, so reading ease is not scored, as in the reference.
/// </summary>
public sealed class Swedish : DataLanguage
{
    /// <summary>The one instance.</summary>
    public static readonly Swedish Instance = new();

    private static readonly SnowballStemming<SwedishStemmer> Stemming = new();
    private readonly Lazy<FrozenSet<string>> _functionWords;
    private readonly Lazy<SwedishPassiveVoice> _passive = new(() => new SwedishPassiveVoice(
        LoadList("sv", "verbs.txt"), LoadSet("sv", "passive-exceptions.txt")));
    private readonly Lazy<SwedishWordForms> _wordForms = new(() => new SwedishWordForms(
        LoadList("sv", "irregular-forms.txt"), LoadList("sv", "verbs.txt")));

    private Swedish() : base("sv")
    {
        // Single transition words ("dessutom", "därför") carry no topic either, so they count as function words too.
        _functionWords = new(() => base.FunctionWords.Concat(TransitionWords.Where(t => t.Length == 1).Select(t => t[0]))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    }

    /// <inheritdoc/>
    public override string Code => "sv";
    /// <inheritdoc/>
    public override string Name => "Swedish";
    /// <inheritdoc/>
    public override FrozenSet<string> FunctionWords => _functionWords.Value;

    /// <inheritdoc/>
    public override bool HasPassiveVoice => true;

    /// <inheritdoc/>
    public override bool IsPassive(Text.TextAnalysis text, in Text.Sentence sentence) => _passive.Value.IsPassive(text, sentence);

    /// <summary>The s-passive detector (for tests).</summary>
    internal SwedishPassiveVoice PassiveVoice => _passive.Value;

    /// <summary>
    /// With <paramref name="wordForms"/>, the word and its inflected forms (<see cref="SwedishWordForms"/>); the
    /// Snowball stemmer finds the regular ones too (<see cref="IsWordForm"/>).
    /// </summary>
    public override FrozenSet<string> WordForms(string word, bool wordForms) =>
        wordForms ? _wordForms.Value.Forms(word) : base.WordForms(word, false);

    /// <inheritdoc/>
    public override bool MatchesByStem => true;

    /// <inheritdoc/>
    public override bool IsWordForm(string word, ReadOnlySpan<char> token) => Stemming.IsWordForm(word, token);
}
