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
    private readonly Lazy<string[][]> _transitions = new(() => LoadList("en", "transition-words.txt").Select(Tokens).ToArray());
    private readonly Lazy<(string[], string[])[]> _twoPart = new(() => LoadList("en", "two-part-transition-words.txt")
        .Select(l => l.Split('|')).Where(p => p.Length == 2).Select(p => (Tokens(p[0]), Tokens(p[1]))).ToArray());
    private readonly Lazy<FrozenSet<string>> _beginningExceptions = new(() => LoadSet("en", "sentence-beginning-exceptions.txt"));
    private readonly Lazy<FrozenSet<string>> _frequent = new(() => LoadSet("en", "frequent-long-words.txt"));
    private readonly Lazy<EnglishPassiveVoice> _passive = new(() => new EnglishPassiveVoice(
        LoadSet("en", "irregular-participles.txt"), LoadSet("en", "participle-exceptions.txt")));

    private readonly Lazy<EnglishWordForms> _wordForms = new(() => new EnglishWordForms(
        LoadList("en", "irregular-forms.txt"), LoadSet("en", "comparable-adjectives.txt")));

    private English() { }

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
        var frequent = _frequent.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        if (frequent.Contains(l) || FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(l)) return false;
        // Plural and third-person forms of frequent words are frequent too.
        if (l.EndsWith("ies") && frequent.Contains(string.Concat(l[..^3], "y"))) return false;
        if (l.EndsWith("es") && frequent.Contains(l[..^2])) return false;
        if (l.EndsWith("s") && frequent.Contains(l[..^1])) return false;
        return true;
    }

    private static string[] Tokens(string phrase) => Research.MatchTokens.Split(phrase).Select(Research.MatchTokens.Normalize).ToArray();
}

/// <summary>
/// Counts English syllables from spelling: vowel groups, less a silent final e, plus the endings that add a syllable
/// (-le after a consonant, -ia, -io, ...). Exact for most words; the benchmark is the Flesch score, not a dictionary.
/// </summary>
public static class EnglishSyllables
{
    /// <summary>Counts the syllables of one word (letters only; other characters are ignored).</summary>
    public static int Count(ReadOnlySpan<char> word)
    {
        Span<char> buf = stackalloc char[Math.Min(word.Length, 64)];
        int n = 0;
        foreach (char ch in word)
        {
            if (n == buf.Length) break;
            char c = char.ToLowerInvariant(ch);
            if (c is >= 'a' and <= 'z') buf[n++] = c;
            else if (c is 'é' or 'è' or 'ë' or 'ï' or 'ö' or 'ü' or 'à' or 'á') buf[n++] = 'e';
        }
        var w = buf[..n];
        if (w.Length == 0) return 0;
        if (w.Length <= 3) return 1;

        int count = 0;
        bool prevVowel = false;
        for (int i = 0; i < w.Length; i++)
        {
            bool vowel = IsVowel(w, i);
            if (vowel && !prevVowel) count++;
            // Vowel pairs that are two syllables: "ia" (media), "io" (radio), "eo" (video), "ua" (actual), "uo", "iu".
            if (vowel && prevVowel && i > 0 && IsHiatus(w[i - 1], w[i], w, i)) count++;
            prevVowel = vowel;
        }
        // Silent final e: "make", "rote" — but not "-le" after a consonant ("table") nor "the", "be".
        if (w[^1] == 'e' && count > 1)
        {
            bool consonantLe = w.Length >= 3 && w[^2] == 'l' && !IsVowel(w, w.Length - 3);
            bool vowelBefore = IsVowel(w, w.Length - 2);
            if (!consonantLe && !vowelBefore) count--;
        }
        // "-es" and "-ed" endings are silent unless after a sibilant or t/d: "makes", "baked" vs "wishes", "wanted".
        if (w.Length > 3 && (w.EndsWith("ed") || w.EndsWith("es")) && count > 1)
        {
            char before = w[^3];
            bool sounded = w.EndsWith("ed") ? before is 't' or 'd' : before is 's' or 'x' or 'z' or 'c' or 'g' || w.EndsWith("shes") || w.EndsWith("ches");
            bool vowelBefore = IsVowel(w, w.Length - 3);
            if (!sounded && !vowelBefore) count--;
        }
        return Math.Max(1, count);
    }

    private static bool IsVowel(ReadOnlySpan<char> w, int i)
    {
        char c = w[i];
        if (c is 'a' or 'e' or 'i' or 'o' or 'u') return true;
        // y is a vowel except at the start of a word or after a vowel ("yes", "play").
        return c == 'y' && i > 0 && w[i - 1] is not ('a' or 'e' or 'i' or 'o' or 'u');
    }

    private static bool IsHiatus(char a, char b, ReadOnlySpan<char> w, int i)
    {
        if (a == 'i' && (b == 'a' || b == 'o')) return !(i >= 3 && w[i - 2] == 't' && w[i - 3] != 's') && !(i >= 2 && w[i - 2] is 'c' or 's' or 'g' or 'x');
        if (a == 'e' && b == 'o') return true;
        if (a == 'u' && (b == 'a' || b == 'i' && i + 1 < w.Length && w[i + 1] != 'l')) return i >= 2 && w[i - 2] is not ('q' or 'g');
        return false;
    }
}
