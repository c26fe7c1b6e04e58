namespace Copywise.Languages;

/// <summary>
/// A light Slovak stemmer of our own: it strips one inflectional ending (case endings of nouns and adjectives, person
/// and tense endings of verbs), then evens out what inflection alternates in the stem: vowel length (á – a, ô – o,
/// ie – e, ia – a: kôň – koňa, chlieb – chleba), soft and hard consonants (ň – n, ť – t, ď – d, ľ – l) and a
/// fleeting vowel before a final consonant (raňajky – raňajok).
/// Derivational suffixes (-ový, -ík, -osť) stay: "dom" and "domový" differ.
/// </summary>
public static class SlovakStemmer
{
    private const int MinimumStem = 3;
    private static readonly StemCache Cache = new(Compute);

    // Longest first; each is removed only when at least MinimumStem letters remain.
    private static readonly string[] Endings =
    [
        // verbs
        "ovali", "ovala", "ovalo", "ovať", "ujeme", "ujete", "ujem", "uješ", "ujú", "uje", "oval",
        "ali", "ala", "alo", "ili", "ila", "ilo", "eli", "ela", "elo", "ieť", "ať", "iť", "eť", "al", "il", "el",
        "áme", "áte", "ajú", "íme", "íte", "eme", "ete", "ám", "áš", "ím", "íš", "em", "eš",
        // adjectives
        "ejší", "ejšia", "ejšie", "ého", "ému", "ých", "ými", "ým", "eho", "emu", "ych", "ymi", "ym",
        // nouns
        "iach", "iami", "iam", "ami", "ách", "ach", "och", "ov", "om", "ou", "ej", "ia", "ie", "iu",
        "á", "é", "í", "ý", "ú", "a", "e", "i", "o", "u", "y",
    ];

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
        // A vowel that comes and goes (e, ie before a final k, r, l, n, c; o before k: raňajky – raňajok, Tatry – Tatier)
        // is left out everywhere, so both forms meet.
        if (w.Length >= 4 && w[^1] is 'k' or 'r' or 'l' or 'n' or 'c')
        {
            int v = w.Length - 2;
            int cut = w[v] == 'e' || w[v] == 'o' && w[^1] == 'k' ? 1 : 0;
            if (cut == 1 && v >= 1 && w[v] == 'e' && w[v - 1] == 'i') { v--; cut = 2; }
            if (cut > 0 && v >= 2 && !IsVowel(w[v - 1])) w = w[..v] + w[^1];
        }
        var sb = new System.Text.StringBuilder(w.Length);
        for (int i = 0; i < w.Length; i++)
        {
            char c = w[i];
            // ie, ia, iu are long vowels that alternate with short e, a, u.
            if (c == 'i' && i + 1 < w.Length && w[i + 1] is 'e' or 'a' or 'u' && i > 0) continue;
            sb.Append(c switch
            {
                'á' or 'ä' => 'a', 'é' => 'e', 'í' => 'i', 'ó' or 'ô' => 'o', 'ú' => 'u', 'ý' => 'y',
                'ĺ' or 'ľ' => 'l', 'ŕ' => 'r', 'ň' => 'n', 'ť' => 't', 'ď' => 'd',
                _ => c,
            });
        }
        return sb.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'á' or 'ä' or 'e' or 'é' or 'i' or 'í' or 'o' or 'ó' or 'ô' or 'u' or 'ú' or 'y' or 'ý';

    /// <summary>True when <paramref name="token"/> is a form of <paramref name="word"/> (both lower case).</summary>
    public static bool IsWordForm(string word, ReadOnlySpan<char> token)
    {
        if (token.SequenceEqual(word)) return true;
        if (word.Length < MinimumStem || token.Length < MinimumStem) return false;
        return Stem(word) == Stem(token);
    }
}
