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

/// <summary>Syllables as vowel groups, split between vowels that the language sounds apart.</summary>
internal static class VowelGroups
{
    /// <summary>A test at a position of the lower-case word: is it a vowel, or does it sound together with the one before.</summary>
    public delegate bool VowelTest(ReadOnlySpan<char> word, int index);

    /// <summary>
    /// Counts vowel groups of the word, lower-cased, adding one wherever two vowels in a row sound apart
    /// (<paramref name="staysTogether"/> is asked at the second of them). Without <paramref name="chain"/> a pair that
    /// stays together is complete, and a third vowel starts a new syllable (German "Fei-er", "Bau-er"); with it, runs
    /// of three such as Dutch "eeu", "ooi", "oei" stay one sound, and a fourth vowel starts a syllable ("groei-en").
    /// </summary>
    public static int Count(ReadOnlySpan<char> word, VowelTest isVowel, VowelTest staysTogether, bool chain)
    {
        Span<char> buffer = stackalloc char[Math.Min(word.Length, 64)];
        int n = 0;
        foreach (char ch in word)
        {
            if (n == buffer.Length) break;
            if (char.IsLetter(ch)) buffer[n++] = char.ToLowerInvariant(ch);
        }
        var w = buffer[..n];
        if (w.Length == 0) return 0;
        int count = 0, run = 0;
        for (int i = 0; i < w.Length; i++)
        {
            if (!isVowel(w, i)) { run = 0; continue; }
            bool together = run > 0 && run < (chain ? 3 : 2) && staysTogether(w, i);
            if (together) run++;
            else { count++; run = 1; }
        }
        return Math.Max(1, count);
    }
}
