using System.Collections.Frozen;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Copywise.Languages;

/// <summary>
/// German: data files under <c>Languages/de</c>, passive voice with "werden" (and "bekommen", "kriegen", "erhalten")
/// plus a participle, Flesch reading ease after Amstad (1978), word complexity for words over ten letters, and word
/// forms by the Snowball German stemmer.
/// </summary>
public sealed class German : DataLanguage
{
    /// <summary>The one instance.</summary>
    public static readonly German Instance = new();

    /// <summary>Words longer than this are candidates for complex words.</summary>
    public const int ComplexWordLength = 10;

    private static readonly SnowballStemming<GermanStemmer> Stemming = new();
    private readonly Lazy<FrozenSet<string>> _functionWords;
    private readonly Lazy<FrozenSet<string>> _frequent = new(() => LoadSet("de", "frequent-long-words.txt"));
    private readonly Lazy<GermanPassiveVoice> _passive = new(() => new GermanPassiveVoice());
    private readonly Lazy<GermanWordForms> _wordForms = new(() => new GermanWordForms(LoadList("de", "strong-verbs.txt")));

    private German() : base("de")
    {
        // Single transition words ("jedoch", "außerdem") carry no topic either, so they count as function words too.
        _functionWords = new(() => base.FunctionWords.Concat(TransitionWords.Where(t => t.Length == 1).Select(t => t[0]))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Loads one of the German data files as a lower-case set.</summary>
    internal static FrozenSet<string> LoadData(string file) => LoadSet("de", file);

    /// <inheritdoc/>
    public override string Code => "de";
    /// <inheritdoc/>
    public override string Name => "German";
    /// <inheritdoc/>
    public override FrozenSet<string> FunctionWords => _functionWords.Value;

    /// <summary>German writes ordinals with a period ("am 3. Oktober"), which does not end the sentence.</summary>
    public override bool HasOrdinalDots => true;

    /// <inheritdoc/>
    public override int? CountSyllables(ReadOnlySpan<char> word) => GermanSyllables.Count(word);

    /// <summary>Amstad (1978): 180 − words per sentence − 58.5 × syllables per word.</summary>
    public override double? FleschReadingEase(int words, int sentences, int syllables) =>
        180 - (double)words / sentences - 58.5 * syllables / words;

    /// <inheritdoc/>
    public override bool HasPassiveVoice => true;

    /// <inheritdoc/>
    public override bool IsPassive(Text.TextAnalysis text, in Text.Sentence sentence) => _passive.Value.IsPassive(text, sentence);

    /// <inheritdoc/>
    public override bool HasWordComplexity => true;

    /// <summary>
    /// A word is complex when it has more than ten letters and is neither frequent nor a function word. Capitals say
    /// nothing in German (every noun has one), so names are not told apart; a frequent word's plural or genitive
    /// (-e, -en, -s) is frequent too.
    /// </summary>
    public override bool IsComplexWord(ReadOnlySpan<char> word)
    {
        if (word.Length <= ComplexWordLength) return false;
        if (word.Length > 64) return true;
        Span<char> lower = stackalloc char[word.Length];
        int n = Research.MatchTokens.Normalize(word, lower);
        var l = lower[..n];
        var frequent = _frequent.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        if (frequent.Contains(l) || FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(l)) return false;
        if (l.EndsWith("en") && frequent.Contains(l[..^2])) return false;
        if ((l.EndsWith("e") || l.EndsWith("s") || l.EndsWith("n")) && frequent.Contains(l[..^1])) return false;
        return true;
    }

    /// <summary>
    /// With <paramref name="wordForms"/>, the word and, for a verb, its conjugated forms (<see cref="GermanWordForms"/>);
    /// nouns and adjectives are matched by stem (<see cref="IsWordForm"/>).
    /// </summary>
    public override FrozenSet<string> WordForms(string word, bool wordForms) =>
        wordForms ? _wordForms.Value.Forms(word) : base.WordForms(word, false);

    /// <inheritdoc/>
    public override bool MatchesByStem => true;

    /// <inheritdoc/>
    public override bool IsWordForm(string word, ReadOnlySpan<char> token) => Stemming.IsWordForm(word, token);

    /// <summary>
    /// Slugs spell an umlaut either as its vowel ("garten") or, as German sites and WordPress's German locales do, with an
    /// e after it ("gaerten"); ß is ss. Both spellings are folded to the plain vowel, on the keyphrase's side and the slug's,
    /// so that either slug matches "Gärten".
    /// </summary>
    public override string Transliterate(string text) => FoldUmlautSpellings(Transliteration.RemoveDiacritics(text));

    // "ae", "oe" and "ue" become "a", "o" and "u" (any case). Both sides of a comparison are folded alike, so a word that
    // has such a pair without an umlaut ("Quelle") still matches itself.
    private static string FoldUmlautSpellings(string text)
    {
        if (text.AsSpan().IndexOfAny('e', 'E') < 0) return text;
        var sb = new System.Text.StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            sb.Append(c);
            if (c is 'a' or 'o' or 'u' or 'A' or 'O' or 'U' && i + 1 < text.Length && text[i + 1] is 'e' or 'E') i++;
        }
        return sb.ToString();
    }
}
