using System.Collections.Frozen;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Copywise.Languages;

/// <summary>
/// Dutch: data files under <c>Languages/nl</c>, passive voice with "worden" and a participle, Flesch reading ease
/// after Douma (1960), and word forms by the Snowball Dutch stemmer plus verb conjugation.
/// </summary>
public sealed class Dutch : DataLanguage
{
    /// <summary>The one instance.</summary>
    public static readonly Dutch Instance = new();

    private static readonly SnowballStemming<DutchStemmer> Stemming = new();
    private readonly Lazy<FrozenSet<string>> _functionWords;
    private readonly Lazy<DutchPassiveVoice> _passive = new(() => new DutchPassiveVoice());
    private readonly Lazy<DutchWordForms> _wordForms = new(() => new DutchWordForms(
        LoadList("nl", "strong-verbs.txt"), LoadList("nl", "irregular-plurals.txt")));

    private Dutch() : base("nl")
    {
        // Single transition words ("echter", "bovendien") carry no topic either, so they count as function words too.
        _functionWords = new(() => base.FunctionWords.Concat(TransitionWords.Where(t => t.Length == 1).Select(t => t[0]))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Loads one of the Dutch data files as a lower-case set.</summary>
    internal static FrozenSet<string> LoadData(string file) => LoadSet("nl", file);

    /// <inheritdoc/>
    public override string Code => "nl";
    /// <inheritdoc/>
    public override string Name => "Dutch";
    /// <inheritdoc/>
    public override FrozenSet<string> FunctionWords => _functionWords.Value;

    /// <inheritdoc/>
    public override int? CountSyllables(ReadOnlySpan<char> word) => DutchSyllables.Count(word);

    /// <summary>Douma (1960): 206.84 − 0.93 × words per sentence − 77 × syllables per word.</summary>
    public override double? FleschReadingEase(int words, int sentences, int syllables) =>
        206.84 - 0.93 * words / sentences - 77.0 * syllables / words;

    /// <inheritdoc/>
    public override bool HasPassiveVoice => true;

    /// <inheritdoc/>
    public override bool IsPassive(Text.TextAnalysis text, in Text.Sentence sentence) => _passive.Value.IsPassive(text, sentence);

    /// <summary>
    /// With <paramref name="wordForms"/>, the word and its inflected forms (<see cref="DutchWordForms"/>); the
    /// Snowball stemmer finds the regular ones too (<see cref="IsWordForm"/>).
    /// </summary>
    public override FrozenSet<string> WordForms(string word, bool wordForms) =>
        wordForms ? _wordForms.Value.Forms(word) : base.WordForms(word, false);

    /// <inheritdoc/>
    public override bool MatchesByStem => true;

    /// <inheritdoc/>
    public override bool IsWordForm(string word, ReadOnlySpan<char> token) => Stemming.IsWordForm(word, token);
}
