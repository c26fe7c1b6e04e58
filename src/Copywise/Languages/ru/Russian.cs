using System.Collections.Frozen;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Copywise.Languages;

/// <summary>
/// Russian: data files under <c>Languages/ru</c>, word forms by the Snowball Russian stemmer, syllables as vowels,
/// Flesch reading ease as adapted by Oborneva, the short-participle passive, and long sentences above 15 words.
/// </summary>
public sealed class Russian : DataLanguage
{
    /// <summary>The one instance.</summary>
    public static readonly Russian Instance = new();

    private static readonly SnowballStemming<RussianStemmer> Stemming = new();
    private readonly Lazy<RussianPassiveVoice> _passive = new(() => new RussianPassiveVoice(
        OptionalSet("ru", "participle-exceptions.txt"), OptionalSet("ru", "t-participles.txt")));

    private Russian() : base("ru") { }

    /// <inheritdoc/>
    public override string Code => "ru";
    /// <inheritdoc/>
    public override string Name => "Russian";

    /// <summary>Every vowel letter is a syllable; words in Latin letters count their vowel groups.</summary>
    public override int? CountSyllables(ReadOnlySpan<char> word) => RussianSyllables.Count(word);

    /// <summary>Oborneva (2006): 206.835 − 1.3 × words per sentence − 60.1 × syllables per word.</summary>
    public override double? FleschReadingEase(int words, int sentences, int syllables) =>
        206.835 - 1.3 * words / sentences - 60.1 * syllables / words;

    /// <inheritdoc/>
    public override bool HasPassiveVoice => true;
    /// <inheritdoc/>
    public override bool IsPassive(Text.TextAnalysis text, in Text.Sentence sentence)
    {
        foreach (var word in WordScan.EachWord(text, sentence))
        {
            if (_passive.Value.IsShortParticiple(word)) return true;
        }
        return false;
    }

    /// <inheritdoc/>
    public override int LongSentenceWords => 15;

    /// <summary>
    /// Cyrillic in Latin letters as Russian slugs spell it (ж zh, х kh, ц ts, щ shch, ю yu, я ya; ь, ъ dropped), folded so
    /// that the other common spellings match too: й, ы, я and ю are written with y, i or j ("yazyk", "iazyk", "jazyk";
    /// "angliyskiy", "angliiskii", "anglijskij") and х with kh, h or x. Both the keyphrase and the slug are folded: y and j
    /// become i, kh and x become h.
    /// </summary>
    public override string Transliterate(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length + 8);
        foreach (char ch in text)
        {
            char c = char.ToLowerInvariant(ch);
            int i = Cyrillic.IndexOf(c);
            if (i >= 0) sb.Append(Latin[i]);
            else if (c < 0x80) sb.Append(c);
            else sb.Append(Transliteration.RemoveDiacritics(c.ToString()));
        }
        // Fold the spellings that differ between conventions, in place.
        int w = 0;
        for (int r = 0; r < sb.Length; r++)
        {
            char c = sb[r];
            if (c is 'y' or 'j') c = 'i';
            else if (c == 'x') c = 'h';
            else if (c == 'k' && r + 1 < sb.Length && sb[r + 1] == 'h') { c = 'h'; r++; }
            sb[w++] = c;
        }
        sb.Length = w;
        return sb.ToString();
    }

    private const string Cyrillic = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
    private static readonly string[] Latin =
        ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"];

    /// <inheritdoc/>
    public override bool MatchesByStem => true;

    /// <summary>Stem equality with the Snowball Russian stemmer; ё and е are the same letter for it.</summary>
    public override bool IsWordForm(string word, ReadOnlySpan<char> token)
    {
        if (token.Contains('ё') || word.Contains('ё'))
        {
            Span<char> t = token.Length <= 128 ? stackalloc char[token.Length] : new char[token.Length];
            token.Replace(t, 'ё', 'е');
            return Stemming.IsWordForm(word.Replace('ё', 'е'), t);
        }
        return Stemming.IsWordForm(word, token);
    }
}

/// <summary>Russian syllables: one per vowel letter (а, е, ё, и, о, у, ы, э, ю, я); Latin words by vowel groups.</summary>
public static class RussianSyllables
{
    /// <summary>Counts the syllables of one word; a word without vowels (в, с, к) has none.</summary>
    public static int Count(ReadOnlySpan<char> word)
    {
        int cyrillic = 0, latin = 0;
        bool previousLatinVowel = false;
        foreach (char ch in word)
        {
            char c = char.ToLowerInvariant(ch);
            if (c is 'а' or 'е' or 'ё' or 'и' or 'о' or 'у' or 'ы' or 'э' or 'ю' or 'я') cyrillic++;
            bool latinVowel = c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
            if (latinVowel && !previousLatinVowel) latin++;
            previousLatinVowel = latinVowel;
        }
        return cyrillic + latin;
    }
}

/// <summary>
/// Russian passive voice: a short passive participle (построен, написана, организовано, приняты). The -н- forms are
/// read by their endings after the stems that form them; the -т- forms, whose ending nouns share, come from a list.
/// </summary>
public sealed class RussianPassiveVoice(FrozenSet<string> exceptions, FrozenSet<string> tParticiples)
{
    // Endings of -н- participles, each with the letters that must precede it; checked on the masculine form.
    private static readonly string[] AnEndings = ["ован", "еван", "ёван", "писан", "делан", "слан", "зван", "рван", "знан", "бран", "мешан", "читан", "питан", "пытан", "казан", "язан", "резан", "мазан", "ерян", "еян", "дан"];
    private static readonly string[] EnEndings = ["лен", "лён", "жен", "жён", "чен", "чён", "шен", "шён", "щен", "щён", "ден", "дён", "тен", "тён", "рен", "рён", "нен", "нён", "мен", "мён", "сен", "сён", "зен", "зён", "оен", "оён"];

    /// <summary>True when one of the words is a short passive participle.</summary>
    public bool IsPassive(string[] words)
    {
        foreach (var w in words)
        {
            if (IsShortParticiple(w)) return true;
        }
        return false;
    }

    /// <summary>True for a short passive participle in any gender or number.</summary>
    public bool IsShortParticiple(string word)
    {
        if (word.Length < 4 || exceptions.Contains(word)) return false;
        // The feminine, neuter and plural add -а, -о, -ы to the masculine form.
        var masculine = word[^1] is 'а' or 'о' or 'ы' ? word[..^1] : word;
        if (masculine.Length < 4 || exceptions.Contains(masculine)) return false;
        if (tParticiples.Contains(masculine) || tParticiples.Contains(masculine.Replace('ё', 'е'))) return true;
        if (masculine.EndsWith("стан", StringComparison.Ordinal)) return false;
        foreach (var e in AnEndings)
        {
            if (masculine.EndsWith(e, StringComparison.Ordinal)) return masculine.Length >= 5;
        }
        foreach (var e in EnEndings)
        {
            if (masculine.EndsWith(e, StringComparison.Ordinal)) return masculine.Length >= 5;
        }
        return false;
    }
}
