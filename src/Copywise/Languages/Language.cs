using System.Collections.Frozen;
using System.Reflection;

namespace Copywise.Languages;

/// <summary>
/// What the pipeline needs to know about one language: data files (function words, abbreviations, ...) plus a few rules.
/// A language is registered in <see cref="LanguageRegistry"/>; an unknown language falls back to <see cref="LanguageRegistry.Default"/>.
/// </summary>
public abstract class Language
{
    /// <summary>The ISO 639-1 code, e.g. <c>en</c>.</summary>
    public abstract string Code { get; }

    /// <summary>The English name of the language.</summary>
    public abstract string Name { get; }

    /// <summary>Function words (articles, pronouns, prepositions, ...), lower case; empty when the language has no list.</summary>
    public virtual FrozenSet<string> FunctionWords => FrozenSet<string>.Empty;

    /// <summary>True when <see cref="FunctionWords"/> is filled, which changes keyphrase length and matching rules.</summary>
    public bool HasFunctionWords => FunctionWords.Count > 0;

    /// <summary>Abbreviations that end with a period but do not end a sentence (without the final period, lower case).</summary>
    public virtual FrozenSet<string> Abbreviations => FrozenSet<string>.Empty;

    /// <summary>Counts the syllables of a word; null when the language has no syllable counter.</summary>
    public virtual int? CountSyllables(ReadOnlySpan<char> word) => null;

    /// <summary>
    /// The Flesch reading ease of a text from its counts, with the language's adaptation of the formula;
    /// null when the language has none.
    /// </summary>
    public virtual double? FleschReadingEase(int words, int sentences, int syllables) => null;

    /// <summary>Transition words and phrases, each as lower-case match tokens; empty when the language has no list.</summary>
    public virtual IReadOnlyList<string[]> TransitionWords => [];

    /// <summary>
    /// Transition words that link sentences only as the first word of a sentence ("Next, ..." but not "next week"),
    /// as lower-case match tokens.
    /// </summary>
    public virtual IReadOnlyList<string[]> LeadingTransitionWords => [];

    /// <summary>Two-part transitions ("either … or"), each part as lower-case match tokens.</summary>
    public virtual IReadOnlyList<(string[] First, string[] Second)> TwoPartTransitionWords => [];

    /// <summary>Words (articles, numerals, demonstratives) after which a sentence beginning also takes the next word.</summary>
    public virtual FrozenSet<string> SentenceBeginningExceptions => FrozenSet<string>.Empty;

    /// <summary>
    /// Words after which a sentence beginning also takes the word after next, when they come second after one of
    /// <see cref="SentenceBeginningExceptions"/> (Greek "αυτή η", "ένας από τους"); case-sensitive, as written.
    /// </summary>
    public virtual FrozenSet<string> SentenceBeginningSecondWordExceptions => FrozenSet<string>.Empty;

    /// <summary>
    /// Splits the runs of a language written without spaces between words into words; null for languages that put
    /// spaces between words.
    /// </summary>
    public virtual Text.WordSegmenter? Segmenter => null;

    /// <summary>
    /// True when lengths are counted in characters rather than words (Japanese): the text, its sentences, paragraphs
    /// and sections, the keyphrase and the thresholds of the assessments that measure them.
    /// </summary>
    public virtual bool CountsCharacters => false;

    /// <summary>False when the keyphrase is not looked for in the slug (slugs of the language are transliterated or encoded).</summary>
    public virtual bool MatchesKeyphraseInSlug => true;

    /// <summary>True when the language has a passive-voice detector.</summary>
    public virtual bool HasPassiveVoice => false;

    /// <summary>True when the sentence is in the passive voice; only called when <see cref="HasPassiveVoice"/>.</summary>
    public virtual bool IsPassive(Text.TextAnalysis text, in Text.Sentence sentence) => false;

    /// <summary>True when the language can tell complex words.</summary>
    public virtual bool HasWordComplexity => false;

    /// <summary>True when a word (as written) is complex: long, not a name, not frequent.</summary>
    public virtual bool IsComplexWord(ReadOnlySpan<char> word) => false;

    /// <summary>
    /// The forms a keyphrase word matches in the text: the word itself, and with <paramref name="wordForms"/> its
    /// inflections. The base language knows no inflection.
    /// </summary>
    public virtual FrozenSet<string> WordForms(string word, bool wordForms) => FrozenSet.Create(StringComparer.OrdinalIgnoreCase, word);

    /// <summary>
    /// <see cref="WordForms"/>, remembered for the words asked for before: the forms of a word never change, and a site
    /// or a service sees the same keyphrase words again and again. Up to a few thousand words are kept.
    /// </summary>
    public FrozenSet<string> FormsOf(string word, bool wordForms)
    {
        var key = (word, wordForms);
        if (_forms.TryGetValue(key, out var forms)) return forms;
        forms = WordForms(word, wordForms);
        if (Volatile.Read(ref _formCount) < MaxRememberedForms && _forms.TryAdd(key, forms)) Interlocked.Increment(ref _formCount);
        return forms;
    }

    /// <summary>
    /// <see cref="CountSyllables"/>, remembered for the words counted before: a language's texts share most of their
    /// words, so a service or a site audit counts each of them once. Up to 65,536 words of up to 32 characters are
    /// kept, as written (case and accents matter to some counters); 0 when the language cannot count syllables.
    /// </summary>
    public int SyllablesOf(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxRememberedWordLength) return CountSyllables(word) ?? 0;
        if (_syllables.TryGetValue(word, out int count)) return count;
        count = CountSyllables(word) ?? 0;
        // ConcurrentDictionary.Count takes every lock: a counter of our own says when the memory is full.
        if (Volatile.Read(ref _syllableCount) < MaxRememberedWords && _syllables.TryAdd(word, count)) Interlocked.Increment(ref _syllableCount);
        return count;
    }

    private int _syllableCount;

    private const int MaxRememberedWords = 65_536;
    private const int MaxRememberedWordLength = 32;
    // Kept as its span lookup, made once: asking the dictionary for one costs a type check on every word.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _syllables =
        new System.Collections.Concurrent.ConcurrentDictionary<string, int>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MaxRememberedForms = 4096;
    private int _formCount;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, bool), FrozenSet<string>> _forms = new();

    /// <summary>
    /// True when the language recognises word forms by a rule (a stemmer) rather than by listing them in
    /// <see cref="WordForms"/>; then <see cref="IsWordForm"/> is asked for every distinct token of the text.
    /// </summary>
    public virtual bool MatchesByStem => false;

    /// <summary>True when <paramref name="token"/> (normalized: lower case) is a form of the keyphrase word <paramref name="word"/>; only called when <see cref="MatchesByStem"/>.</summary>
    public virtual bool IsWordForm(string word, ReadOnlySpan<char> token) => false;

    /// <summary>
    /// True when a period after a number of up to three digits marks an ordinal ("am 3. Mai") rather than the end of a
    /// sentence.
    /// </summary>
    public virtual bool HasOrdinalDots => false;

    /// <summary>
    /// True when the language lower-cases I to dotless ı and İ to i (Turkish, Azerbaijani): every comparison of words
    /// then folds case that way, so that "IŞIK" is "ışık" and "İstanbul" is "istanbul".
    /// </summary>
    public virtual bool TurkicCasing => false;

    /// <summary>
    /// The text as a slug spells it in plain Latin letters: by default without accents (kváskový → kvaskovy); a language
    /// in another script transliterates it.
    /// </summary>
    public virtual string Transliterate(string text) => Transliteration.RemoveDiacritics(text);

    /// <summary>Words above which a sentence counts as long.</summary>
    public virtual int LongSentenceWords => 20;

    /// <summary>The largest shares (percent) of long sentences that score good and acceptable.</summary>
    public virtual (double Good, double Acceptable) LongSentenceShares(bool cornerstone) => cornerstone ? (20, 25) : (25, 30);

    /// <summary>True when the language's data file <paramref name="name"/> exists.</summary>
    protected static bool HasData(string code, string name)
    {
        var asm = typeof(Language).Assembly;
        using var stream = asm.GetManifestResourceStream($"Copywise.Languages.{code}/{name}") ?? asm.GetManifestResourceStream($"Copywise.Languages.{code}.{name}");
        return stream is not null;
    }

    /// <summary>Loads a word list shipped as an embedded data file (one entry a line, <c>#</c> comments).</summary>
    protected static string[] LoadList(string code, string name)
    {
        var asm = typeof(Language).Assembly;
        using var stream = asm.GetManifestResourceStream($"Copywise.Languages.{code}/{name}")
            ?? asm.GetManifestResourceStream($"Copywise.Languages.{code}.{name}")
            ?? throw new InvalidOperationException($"missing language data file {code}/{name}");
        using var reader = new StreamReader(stream);
        var list = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var t = line.Trim();
            if (t.Length == 0 || t[0] == '#') continue;
            list.Add(t);
        }
        return list.ToArray();
    }

    /// <summary>Loads a word list as a frozen, case-insensitive set of lower-case entries.</summary>
    protected static FrozenSet<string> LoadSet(string code, string name) =>
        LoadList(code, name).Select(s => s.ToLowerInvariant()).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}

/// <summary>A language we have no rules for: only the language-independent assessments run.</summary>
public sealed class UnsupportedLanguage(string code) : Language
{
    /// <inheritdoc/>
    public override string Code => code;
    /// <inheritdoc/>
    public override string Name => "unsupported (" + code + ")";
}

/// <summary>Finds the <see cref="Language"/> for a locale.</summary>
public static class LanguageRegistry
{
    // Every language of the assembly registers itself: a concrete subclass of Language with a public static
    // `Instance` field. Adding a language is adding its folder, nothing else.
    private static readonly Dictionary<string, Language> Languages = typeof(Language).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(Language)) && !t.IsAbstract)
        .Select(t => t.GetField("Instance", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as Language)
        .OfType<Language>()
        .ToDictionary(l => l.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>English, the language used when nothing says otherwise.</summary>
    public static Language Default => English.Instance;

    /// <summary>The codes of the languages with rules.</summary>
    public static IEnumerable<Language> Supported => Languages.Values;

    /// <summary>The language of a locale such as <c>en_US</c>, <c>en-GB</c> or <c>de</c>; empty means <see cref="Default"/>.</summary>
    public static Language ForLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale)) return Default;
        // Looked up as a span: a string is made only for a language we do not know.
        var code = locale.AsSpan().Trim();
        int cut = code.IndexOfAny('_', '-');
        if (cut > 0) code = code[..cut];
        return Languages.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(code, out var lang) ? lang : new UnsupportedLanguage(code.ToString().ToLowerInvariant());
    }
}
