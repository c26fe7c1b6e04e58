using System.Collections.Frozen;

namespace Copywise.Languages;

/// <summary>English: data files under <c>Languages/en</c> plus the English syllable, passive and complexity rules.</summary>
public sealed class English : Language
{
    /// <summary>The one instance.</summary>
    public static readonly English Instance = new();

    /// <summary>Words longer than this are candidates for complex words.</summary>
    public const int ComplexWordLength = 7;

    private readonly Lazy<FrozenSet<string>> _functionWords = new(() => LoadSet("en", "function-words.txt"));
    private readonly Lazy<FrozenSet<string>> _abbreviations = new(() => LoadSet("en", "abbreviations.txt"));
    // Entries marked with ^ count only at the start of a sentence.
    private readonly Lazy<string[][]> _transitions = new(() => LoadList("en", "transition-words.txt").Where(l => l[0] != '^').Select(Tokens).ToArray());
    private readonly Lazy<string[][]> _leadingTransitions = new(() => LoadList("en", "transition-words.txt").Where(l => l[0] == '^').Select(l => Tokens(l[1..])).ToArray());
    private readonly Lazy<(string[], string[])[]> _twoPart = new(() => LoadList("en", "two-part-transition-words.txt")
        .Select(l => l.Split('|')).Where(p => p.Length == 2).Select(p => (Tokens(p[0]), Tokens(p[1]))).ToArray());
    private readonly Lazy<FrozenSet<string>> _beginningExceptions = new(() => LoadSet("en", "sentence-beginning-exceptions.txt"));
    // Frequent long words and function words, together, compared ordinally: the words asked about are lower-cased first.
    private readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> _frequent =
        new(() => LoadSet("en", "frequent-long-words.txt").GetAlternateLookup<ReadOnlySpan<char>>());
    private readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> _notComplex;
    private readonly Lazy<EnglishPassiveVoice> _passive = new(() => new EnglishPassiveVoice(
        LoadSet("en", "irregular-participles.txt"), LoadSet("en", "participle-exceptions.txt")));

    private readonly Lazy<EnglishWordForms> _wordForms = new(() => new EnglishWordForms(
        LoadList("en", "irregular-forms.txt"), LoadSet("en", "comparable-adjectives.txt")));

    private English()
    {
        _notComplex = new(() => _frequent.Value.Set.Concat(FunctionWords).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>());
    }

    /// <summary>
    /// With <paramref name="wordForms"/>, the word's plurals, possessives, verb forms, irregular forms and comparatives
    /// (see <see cref="EnglishWordForms"/>); without, the word alone, as the reference's free version matches.
    /// </summary>
    public override FrozenSet<string> WordForms(string word, bool wordForms) =>
        wordForms ? _wordForms.Value.Forms(word) : base.WordForms(word, false);

    /// <inheritdoc/>
    public override string Code => "en";
    /// <inheritdoc/>
    public override string Name => "English";
    /// <inheritdoc/>
    public override FrozenSet<string> FunctionWords => _functionWords.Value;
    /// <inheritdoc/>
    public override FrozenSet<string> Abbreviations => _abbreviations.Value;
    /// <inheritdoc/>
    public override IReadOnlyList<string[]> TransitionWords => _transitions.Value;
    /// <inheritdoc/>
    public override IReadOnlyList<string[]> LeadingTransitionWords => _leadingTransitions.Value;
    /// <inheritdoc/>
    public override IReadOnlyList<(string[] First, string[] Second)> TwoPartTransitionWords => _twoPart.Value;
    /// <inheritdoc/>
    public override FrozenSet<string> SentenceBeginningExceptions => _beginningExceptions.Value;

    /// <inheritdoc/>
    public override int? CountSyllables(ReadOnlySpan<char> word) => EnglishSyllables.Count(word);

    /// <summary>Flesch (1948): 206.835 − 1.015 × words per sentence − 84.6 × syllables per word.</summary>
    public override double? FleschReadingEase(int words, int sentences, int syllables) =>
        206.835 - 1.015 * words / sentences - 84.6 * syllables / words;

    /// <inheritdoc/>
    public override bool HasPassiveVoice => true;

    /// <inheritdoc/>
    public override bool IsPassive(Text.TextAnalysis text, in Text.Sentence sentence) => _passive.Value.IsPassive(text, sentence);

    /// <inheritdoc/>
    public override bool HasWordComplexity => true;

    /// <inheritdoc/>
    public override bool IsComplexWord(ReadOnlySpan<char> word)
    {
        if (word.Length <= ComplexWordLength || char.IsUpper(word[0])) return false;
        Span<char> lower = stackalloc char[Math.Min(word.Length, 64)];
        if (word.Length > lower.Length) return true;
        int n = Research.MatchTokens.Normalize(word, lower);
        var l = lower[..n];
        if (_notComplex.Value.Contains(l)) return false;
        // Plural and third-person forms of frequent words are frequent too.
        if (!l.EndsWith("s")) return true;
        var frequent = _frequent.Value;
        if (l.EndsWith("ies"))
        {
            // "-ies" from "-y": the singular written over the plural's own buffer.
            lower[n - 3] = 'y';
            if (frequent.Contains(lower[..(n - 2)])) return false;
            lower[n - 3] = 'i';
        }
        if (l.EndsWith("es") && frequent.Contains(l[..^2])) return false;
        if (frequent.Contains(l[..^1])) return false;
        return true;
    }

    /// <summary>The lines of the syllable exception list: a word and its syllable count.</summary>
    internal static string[] SyllableExceptions() => LoadList("en", "syllable-exceptions.txt");

    private static string[] Tokens(string phrase) => Research.MatchTokens.Split(phrase).Select(Research.MatchTokens.Normalize).ToArray();
}
