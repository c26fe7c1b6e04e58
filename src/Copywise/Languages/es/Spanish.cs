using System.Collections.Frozen;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Copywise.Languages;

/// <summary>
/// Spanish: data files under <c>Languages/es</c>, the periphrastic passive ("ser" + participle), syllables and
/// Fernández Huerta's Flesch formula, complex words (over seven letters and not frequent), sentences long above 25
/// words, and word forms by the Snowball stemmer.
/// </summary>
public sealed class Spanish : DataLanguage
{
    /// <summary>The one instance.</summary>
    public static readonly Spanish Instance = new();

    /// <summary>Words longer than this are candidates for complex words.</summary>
    public const int ComplexWordLength = 7;

    private static readonly RomanceWordForms<SpanishStemmer> Forms = new() { Singular = Singular };
    private readonly Lazy<RomancePassiveVoice> _passive;
    private readonly Lazy<FrozenSet<string>> _frequent = new(() => LoadSet("es", "frequent-long-words.txt"));

    private Spanish() : base("es")
    {
        _passive = new(() =>
        {
            var irregular = RomanceForms.GenderNumber(LoadList("es", "irregular-participles.txt"), italian: false);
            var exceptions = RomanceForms.GenderNumber(LoadList("es", "participle-exceptions.txt"), italian: false);
            return new RomancePassiveVoice
            {
                Auxiliaries = LoadSet("es", "passive-auxiliaries.txt"),
                ClauseBreakers = Set(
                    "y", "e", "o", "u", "ni", "pero", "sino", "mas", "aunque", "que", "quien", "quienes", "cual",
                    "cuales", "cuyo", "cuya", "cuyos", "cuyas", "cuando", "donde", "adonde", "como", "porque", "pues",
                    "si", "mientras", "luego", "entonces"),
                CopulaFollowers = Set(
                    "el", "la", "los", "las", "lo", "un", "una", "unos", "unas", "al", "del", "este", "esta", "estos",
                    "estas", "ese", "esa", "esos", "esas", "aquel", "aquella", "aquellos", "aquellas", "mi", "mis",
                    "tu", "tus", "su", "sus", "nuestro", "nuestra", "nuestros", "nuestras"),
                NotBeforeParticiple = Set(
                    "el", "la", "los", "las", "lo", "un", "una", "unos", "unas", "al", "del", "este", "esta", "estos",
                    "estas", "ese", "esa", "esos", "esas", "mi", "mis", "tu", "tus", "su", "sus", "nuestro", "nuestra",
                    "nuestros", "nuestras", "a", "ante", "con", "contra", "de", "desde", "en", "entre", "hacia",
                    "hasta", "para", "por", "según", "sin", "sobre", "tras", "muy", "tan", "cada"),
                OtherVerbs = Set(
                    "haber", "ha", "han", "había", "habían", "hay", "estar", "está", "están", "estaba", "estaban",
                    "tener", "tiene", "tienen", "tenía", "tenían", "ir", "va", "van", "iba", "iban"),
                ReflexivePronouns = Set("se"),
                IsParticiple = w => RomanceForms.IsIberianParticiple(w, irregular, exceptions),
            };
        });
    }

    /// <inheritdoc/>
    public override string Code => "es";
    /// <inheritdoc/>
    public override string Name => "Spanish";

    /// <inheritdoc/>
    public override int? CountSyllables(ReadOnlySpan<char> word) => SpanishSyllables.Count(word);

    /// <summary>
    /// Fernández Huerta (1959), as corrected by Law: 206.84 − 1.02 × words per sentence − 0.60 × syllables per 100
    /// words.
    /// </summary>
    public override double? FleschReadingEase(int words, int sentences, int syllables) =>
        206.84 - 1.02 * words / sentences - 0.6 * (syllables * 100.0 / words);

    /// <inheritdoc/>
    public override bool HasPassiveVoice => true;

    /// <inheritdoc/>
    public override bool IsPassive(Text.TextAnalysis text, in Text.Sentence sentence) => _passive.Value.IsPassive(text, sentence);

    /// <inheritdoc/>
    public override int LongSentenceWords => 25;

    /// <inheritdoc/>
    public override bool HasWordComplexity => true;

    /// <summary>
    /// A word is complex when it has more than seven letters, is not capitalised (a name) and is neither a frequent
    /// word nor the plural (-s, -es) of one.
    /// </summary>
    public override bool IsComplexWord(ReadOnlySpan<char> word)
    {
        if (word.Length <= ComplexWordLength || char.IsUpper(word[0])) return false;
        var lower = WordStrings.Normalized(word);
        var frequent = _frequent.Value;
        if (frequent.Contains(lower) || FunctionWords.Contains(lower)) return false;
        if (lower.EndsWith("es") && frequent.Contains(lower[..^2])) return false;
        if (lower.EndsWith('s') && frequent.Contains(lower[..^1])) return false;
        // Plurals that move or drop the accent: "canciones" for "canción", "exámenes" for "examen".
        if (lower.EndsWith("ones") && frequent.Contains(lower[..^4] + "ón")) return false;
        return true;
    }

    /// <summary>The word, and, as the reference transliterates, the word without its accents ("calicó": "calico").</summary>
    public override FrozenSet<string> WordForms(string word, bool wordForms) => RomanceForms.WithUnaccented(word);

    /// <inheritdoc/>
    public override bool MatchesByStem => true;

    /// <summary>True when the token has the word's Snowball stem, also when one of them is a plural ("ciudades", "luces").</summary>
    public override bool IsWordForm(string word, ReadOnlySpan<char> token) => Forms.IsWordForm(word, token);

    // The singular of a plural: -ces to -z ("luces"), -es after a consonant ("ciudades"), else -s.
    private static string? Singular(string w)
    {
        if (w.Length <= 3 || w[^1] != 's') return null;
        if (w.EndsWith("ces")) return w[..^3] + "z";
        if (w.EndsWith("es") && !RomanceForms.HasVowel(w.AsSpan(w.Length - 3, 1))) return w[..^2];
        return w[..^1];
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}

/// <summary>
/// Counts Spanish syllables from spelling: groups of vowel letters, split where two strong vowels (a, e, o) or an
/// accented weak one (í, ú) meet ("po-e-ta", "pa-ís"); the "u" of "qu" and of "gu" before e or i is silent
/// ("que", "guerra"), and "y" is a vowel only alone or at the end of a word after a vowel ("y", "hoy", "muy").
/// </summary>
public static class SpanishSyllables
{
    /// <summary>Counts the syllables of one word (letters only); a word without vowels has none.</summary>
    public static int Count(ReadOnlySpan<char> word)
    {
        Span<char> buf = stackalloc char[Math.Min(word.Length, 64)];
        var w = buf[..RomanceForms.LowerLetters(word, buf)];
        int count = 0;
        for (int i = 0; i < w.Length; i++)
        {
            if (!IsVowel(w, i)) continue;
            bool previousVowel = i > 0 && IsVowel(w, i - 1);
            if (!previousVowel || IsStrong(w[i]) && IsStrong(w[i - 1])) count++;
        }
        return count;
    }

    private static bool IsVowel(ReadOnlySpan<char> w, int i)
    {
        char c = w[i];
        if (c == 'y') return w.Length == 1 || i == w.Length - 1 && i > 0 && IsPlainVowel(w[i - 1]);
        if (c == 'u' && i > 0 && i + 1 < w.Length && (w[i - 1] == 'q' || w[i - 1] == 'g') && w[i + 1] is 'e' or 'i' or 'é' or 'í')
            return false;
        return IsPlainVowel(c);
    }

    private static bool IsPlainVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'á' or 'é' or 'í' or 'ó' or 'ú' or 'ü';

    // Strong vowels, and accented weak ones, which stand in hiatus with any vowel next to them.
    private static bool IsStrong(char c) => c is 'a' or 'e' or 'o' or 'á' or 'é' or 'ó' or 'í' or 'ú';
}
