namespace Copywise.Analysis;

/// <summary>The classic English readability formulas, from counts of words, sentences, syllables and characters.</summary>
public static class ReadabilityFormulas
{
    /// <summary>Words read per minute by an average adult reader of web copy.</summary>
    public const double WordsPerMinute = 238;

    /// <summary>Flesch–Kincaid grade level: 0.39 × words/sentence + 11.8 × syllables/word − 15.59.</summary>
    public static double FleschKincaidGrade(int words, int sentences, int syllables) =>
        0.39 * words / sentences + 11.8 * syllables / words - 15.59;

    /// <summary>Gunning fog index: 0.4 × (words/sentence + 100 × words of three or more syllables / words).</summary>
    public static double GunningFog(int words, int sentences, int polysyllables) =>
        0.4 * ((double)words / sentences + 100.0 * polysyllables / words);

    /// <summary>SMOG grade: 1.043 × √(polysyllables × 30 / sentences) + 3.1291.</summary>
    public static double Smog(int sentences, int polysyllables) =>
        1.043 * Math.Sqrt(polysyllables * 30.0 / sentences) + 3.1291;

    /// <summary>Coleman–Liau index: 0.0588 × letters per 100 words − 0.296 × sentences per 100 words − 15.8.</summary>
    public static double ColemanLiau(int words, int sentences, int characters) =>
        0.0588 * (100.0 * characters / words) - 0.296 * (100.0 * sentences / words) - 15.8;

    /// <summary>Automated readability index: 4.71 × characters/word + 0.5 × words/sentence − 21.43.</summary>
    public static double AutomatedReadabilityIndex(int words, int sentences, int characters) =>
        4.71 * characters / words + 0.5 * words / sentences - 21.43;

    /// <summary>Reading time in minutes, at least one for any text.</summary>
    public static double ReadingTimeMinutes(int words) => words == 0 ? 0 : Math.Max(1, Math.Ceiling(words / WordsPerMinute));
}
