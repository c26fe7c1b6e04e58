namespace Copywise.Languages;

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
