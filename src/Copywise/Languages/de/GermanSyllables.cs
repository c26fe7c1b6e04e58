namespace Copywise.Languages;

/// <summary>
/// Counts German syllables from spelling: one per group of vowels (a, e, i, o, u, ä, ö, ü, y), where a group splits
/// between two vowels that do not form one sound ("The-a-ter", "Na-ti-on", "Si-tu-a-ti-on"). The pairs that stay
/// one sound are the diphthongs (ai, au, ei, eu, äu, ey, ay), long vowels (aa, ee, oo, ie) and ou, ui in loanwords;
/// u after q is a consonant ("Quelle"), y before a vowel too ("Bayern").
/// </summary>
public static class GermanSyllables
{
    /// <summary>Counts the syllables of one word; 0 when it has no letters, at least 1 otherwise.</summary>
    public static int Count(ReadOnlySpan<char> word) => VowelGroups.Count(word, IsVowel, (w, i) => StaysTogether(w[i - 1], w[i]), chain: false);

    private static bool IsVowel(ReadOnlySpan<char> w, int i)
    {
        char c = w[i];
        if (c is 'a' or 'e' or 'i' or 'o' or 'ä' or 'ö' or 'ü' or 'é' or 'è' or 'ê' or 'à' or 'â' or 'î' or 'ô' or 'û' or 'á' or 'í' or 'ó' or 'ú') return true;
        if (c == 'u') return i == 0 || w[i - 1] != 'q';
        if (c == 'y') return i + 1 >= w.Length || !IsPlainVowel(w[i + 1]);
        return false;
    }

    private static bool IsPlainVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'ä' or 'ö' or 'ü';

    private static bool StaysTogether(char a, char b) => (a, b) switch
    {
        ('a', 'i' or 'u' or 'y' or 'a') => true,
        ('e', 'i' or 'u' or 'y' or 'e') => true,
        ('ä', 'u') => true,
        ('i', 'e') => true,
        ('o', 'o' or 'u' or 'i') => true,
        ('u', 'i') => true,
        _ => false,
    };
}
