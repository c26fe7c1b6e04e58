namespace Copywise.Languages;

/// <summary>
/// A light Polish stemmer of our own: it strips one inflectional ending (case endings of nouns and adjectives, person
/// and tense endings of verbs) and then evens out the consonant and vowel alternations the endings cause at the end of
/// the stem (kot – kocie, ręka – ręce, noga – nodze, siostra – siostrze, szkoła – szkole, stół – stołu), so that the
/// forms of one word share a stem. Derivational suffixes (-owy, -ek, -ość) are kept: "dom" and "domowy" differ.
/// </summary>
public static class PolishStemmer
{
    private const int MinimumStem = 3;

    // Longest first; each is removed only when at least MinimumStem letters remain.
    private static readonly string[] Endings =
    [
        // verbs
        "owaliśmy", "owałyśmy", "owaliście", "owałyście", "owałam", "owałem", "owałaś", "owałeś", "owała", "owało", "owali", "owały", "ował",
        "ujecie", "ujemy", "ujesz", "ować", "uję", "ują", "uje",
        "aliśmy", "ałyśmy", "iliśmy", "iłyśmy", "yliśmy", "yłyśmy", "eliśmy", "ałam", "ałem", "iłam", "iłem", "yłam", "yłem", "ełam", "ełem",
        "ała", "ało", "ali", "ały", "iła", "iło", "ili", "iły", "yła", "yło", "yli", "yły", "eła", "eło", "eli", "eły",
        "amy", "emy", "imy", "ymy", "asz", "esz", "isz", "ysz", "ają", "eją",
        "ał", "ił", "ył", "eł", "ać", "eć", "ić", "yć", "ąć",
        // adjectives
        "iejszy", "ejszy", "iego", "iemu", "ych", "ich", "ymi", "imi", "ego", "emu", "iej", "ej", "ym", "im",
        // nouns
        "owie", "ami", "ach", "owi", "ów", "om", "em",
        "a", "e", "i", "o", "u", "y", "ą", "ę",
    ];

    // Stem-final alternations, longest first, mapped to one spelling: soft and hard forms of a consonant become one.
    private static readonly (string From, string To)[] Alternations =
    [
        ("ści", "st"), ("ździ", "zd"), ("dzi", "d"), ("ci", "t"), ("si", "s"), ("zi", "z"), ("ni", "n"),
        ("pi", "p"), ("bi", "b"), ("mi", "m"), ("wi", "w"), ("fi", "f"),
        ("ść", "st"), ("śc", "st"), ("ć", "t"), ("ś", "s"), ("ź", "z"), ("ń", "n"),
        ("rz", "r"), ("dz", "g"), ("cz", "k"), ("sz", "ch"), ("ż", "g"), ("c", "k"), ("l", "ł"),
    ];

    private static readonly StemCache Cache = new(Compute);

    /// <summary>The stem of a lower-case word.</summary>
    public static string Stem(ReadOnlySpan<char> word) => Cache.Stem(word);

    private static string Compute(string w)
    {
        foreach (var e in Endings)
        {
            if (w.Length - e.Length >= MinimumStem && w.EndsWith(e, StringComparison.Ordinal))
            {
                w = w[..^e.Length];
                break;
            }
        }
        foreach (var (from, to) in Alternations)
        {
            if (w.Length - from.Length + to.Length >= MinimumStem && w.Length > from.Length && w.EndsWith(from, StringComparison.Ordinal))
            {
                w = w[..^from.Length] + to;
                break;
            }
        }
        // ó – o and ą – ę alternate inside stems (stół – stołu, ząb – zęba, mąż – męża).
        return w.Replace('ó', 'o').Replace('ą', 'ę');
    }

    /// <summary>True when <paramref name="token"/> is a form of <paramref name="word"/> (both lower case).</summary>
    public static bool IsWordForm(string word, ReadOnlySpan<char> token)
    {
        if (token.SequenceEqual(word)) return true;
        if (word.Length < MinimumStem || token.Length < MinimumStem) return false;
        return Stem(word) == Stem(token);
    }
}
