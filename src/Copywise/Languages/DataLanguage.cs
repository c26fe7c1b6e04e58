using System.Collections.Frozen;

namespace Copywise.Languages;

/// <summary>
/// A language described by data files in <c>Languages/&lt;code&gt;/</c>, each optional: <c>function-words.txt</c>,
/// <c>abbreviations.txt</c>, <c>transition-words.txt</c> (one word or phrase a line; <c>^word</c> for a word that
/// links sentences only at the start of one),
/// <c>two-part-transition-words.txt</c> (<c>first part|second part</c>), <c>sentence-beginning-exceptions.txt</c> and
/// <c>sentence-beginning-second-exceptions.txt</c>.
/// A language adds its rules (passive voice, syllables and Flesch, word forms) by overriding the members of
/// <see cref="Language"/>. Lists are loaded on first use.
/// </summary>
public abstract class DataLanguage : Language
{
    private readonly Lazy<FrozenSet<string>> _functionWords;
    private readonly Lazy<FrozenSet<string>> _abbreviations;
    private readonly Lazy<string[][]> _transitions;
    private readonly Lazy<string[][]> _leadingTransitions;
    private readonly Lazy<(string[], string[])[]> _twoPart;
    private readonly Lazy<FrozenSet<string>> _beginningExceptions;
    private readonly Lazy<FrozenSet<string>> _secondWordExceptions;

    /// <summary>Sets up the lazy loading of the data files of <paramref name="code"/>.</summary>
    protected DataLanguage(string code)
    {
        _functionWords = new(() => OptionalSet(code, "function-words.txt"));
        _abbreviations = new(() => OptionalSet(code, "abbreviations.txt"));
        _transitions = new(() => OptionalList(code, "transition-words.txt").Where(l => l[0] != '^').Select(Tokens).Where(t => t.Length > 0).ToArray());
        // Entries written "^word" link sentences only as a sentence's first word ("Primero, ..." but not "el primero").
        _leadingTransitions = new(() => OptionalList(code, "transition-words.txt").Where(l => l[0] == '^').Select(l => Tokens(l[1..])).Where(t => t.Length > 0).ToArray());
        _twoPart = new(() => OptionalList(code, "two-part-transition-words.txt")
            .Select(l => l.Split('|')).Where(p => p.Length == 2).Select(p => (Tokens(p[0]), Tokens(p[1])))
            .Where(p => p.Item1.Length > 0 && p.Item2.Length > 0).ToArray());
        _beginningExceptions = new(() => OptionalSet(code, "sentence-beginning-exceptions.txt"));
        // Compared as written, as the reference does.
        _secondWordExceptions = new(() => OptionalList(code, "sentence-beginning-second-exceptions.txt").ToFrozenSet(StringComparer.Ordinal));
    }

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
    public override FrozenSet<string> SentenceBeginningSecondWordExceptions => _secondWordExceptions.Value;

    /// <summary>A data file's entries, or none when the language does not ship the file.</summary>
    protected static string[] OptionalList(string code, string name) => HasData(code, name) ? LoadList(code, name) : [];

    /// <summary>A data file's entries as a lower-case set, or an empty set.</summary>
    protected static FrozenSet<string> OptionalSet(string code, string name) =>
        OptionalList(code, name).Select(s => s.ToLowerInvariant()).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A phrase as normalized match tokens.</summary>
    protected static string[] Tokens(string phrase) => Research.MatchTokens.Split(phrase).Select(Research.MatchTokens.Normalize).ToArray();
}
