namespace Copywise.Languages;

/// <summary>
/// Counts Dutch syllables from spelling: one per group of vowels, where a group splits between two vowels that do not
/// form one sound ("the-a-ter", "sta-ti-on"). Digraphs and their runs stay one sound (aa, ee, oo, uu, ie, oe, eu, ui,
/// ei, ij, ou, au, and "eeu", "ieu", "ooi", "aai", "oei"; "io" after t, as in "sta-tion"); a vowel with a diaeresis
/// starts a new syllable ("geëerd", "ruïne"), and y before a vowel is a consonant ("yoghurt").
/// </summary>
public static class DutchSyllables
{
    /// <summary>Counts the syllables of one word; 0 when it has no letters, at least 1 otherwise.</summary>
    public static int Count(ReadOnlySpan<char> word) => VowelGroups.Count(word, IsVowel, StaysTogether, chain: true);

    private static char Plain(char c) => c switch { 'é' or 'è' or 'ê' => 'e', 'á' or 'à' or 'â' => 'a', 'ó' or 'ò' or 'ô' => 'o', 'ú' or 'ù' or 'û' => 'u', 'í' or 'ì' or 'î' => 'i', _ => c };

    // "-tie", "-tio-" are one syllable after t ("sta-tion", "na-tio-naal"); accents do not split ("één", "vóór").
    private static bool StaysTogether(ReadOnlySpan<char> w, int i)
    {
        char a = Plain(w[i - 1]), b = Plain(w[i]);
        if (a == 'i' && b == 'o' && i >= 2 && w[i - 2] == 't') return true;
        return Pair(a, b);
    }

    private static bool IsVowel(ReadOnlySpan<char> w, int i)
    {
        char c = w[i];
        if (c is 'a' or 'e' or 'i' or 'o' or 'u' or 'ë' or 'ï' or 'ö' or 'ü' or 'é' or 'è' or 'ê' or 'á' or 'à' or 'ó' or 'ò' or 'ú' or 'í' or 'â' or 'ô' or 'û' or 'î') return true;
        return c == 'y' && (i + 1 >= w.Length || w[i + 1] is not ('a' or 'e' or 'i' or 'o' or 'u'));
    }

    private static bool Pair(char a, char b) => (a, b) switch
    {
        ('a', 'a' or 'i' or 'u') => true,
        ('e', 'e' or 'i' or 'u' or 'y') => true,
        ('o', 'o' or 'e' or 'i' or 'u') => true,
        ('u', 'u' or 'i') => true,
        ('i', 'e') => true,
        _ => false,
    };
}
