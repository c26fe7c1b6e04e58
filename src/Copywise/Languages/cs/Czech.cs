using Lucene.Net.Analysis.Cz;

namespace Copywise.Languages;

/// <summary>
/// Czech: data files under <c>Languages/cs</c>, the passive of být with a short participle, and word forms by
/// Lucene.Net's light Czech stemmer.
/// </summary>
public sealed class Czech : DataLanguage
{
    /// <summary>The one instance.</summary>
    public static readonly Czech Instance = new();

    private static readonly StemCache Stems = new(CzechStems.Stem);
    private readonly Lazy<PeriphrasticPassive> _passive;

    private Czech() : base("cs")
    {
        _passive = new(() =>
        {
            var tParticiples = OptionalSet("cs", "t-participles.txt");
            return new PeriphrasticPassive(OptionalSet("cs", "passive-auxiliaries.txt"), OptionalSet("cs", "clause-boundaries.txt"),
                OptionalSet("cs", "participle-exceptions.txt"), w => CzechParticiples.IsParticiple(w, tParticiples)) { SplitAtCommas = true };
        });
    }

    /// <inheritdoc/>
    public override string Code => "cs";
    /// <inheritdoc/>
    public override string Name => "Czech";

    /// <inheritdoc/>
    public override bool HasPassiveVoice => true;
    /// <inheritdoc/>
    public override bool IsPassive(Text.TextAnalysis text, in Text.Sentence sentence) => _passive.Value.IsPassive(text, sentence);

    /// <inheritdoc/>
    public override bool MatchesByStem => true;

    /// <summary>
    /// Stem equality with the light Czech stemmer (Dolamic and Savoy), vowel length evened out (chléb – chleba); a
    /// stem of two letters (žena → žn) counts only for words of four letters or more.
    /// </summary>
    public override bool IsWordForm(string word, ReadOnlySpan<char> token)
    {
        if (token.SequenceEqual(word)) return true;
        if (word.Length < 3 || token.Length < 3) return false;
        var stem = Stems.Stem(word);
        if (stem.Length < 2 || stem.Length == 2 && word.Length < 4) return false;
        return Stems.Stem(token) == stem;
    }
}

/// <summary>The light Czech stemmer of Lucene.Net on strings.</summary>
public static class CzechStems
{
    [ThreadStatic] private static CzechStemmer? t_stemmer;

    /// <summary>
    /// The stem of a lower-case word, with vowel length evened out afterwards (á é í ó ú ý, which alternate with short
    /// vowels in inflection: chléb – chleba) and a soft final consonant made hard (koň – koně). The stemmer drops a
    /// fleeting e before the last consonant (chleba → chlb); a long é there, which it keeps, is dropped the same way.
    /// </summary>
    public static string Stem(string word)
    {
        var stemmer = t_stemmer ??= new CzechStemmer();
        var buffer = word.ToCharArray();
        int length = stemmer.Stem(buffer, buffer.Length);
        for (int i = 0; i < length; i++)
        {
            buffer[i] = buffer[i] switch { 'á' => 'a', 'í' => 'i', 'ó' => 'o', 'ú' => 'u', 'ý' => 'y', 'ň' => 'n', 'ť' => 't', 'ď' => 'd', var c => c };
        }
        if (length >= 4 && buffer[length - 2] == 'é' && !IsVowel(buffer[length - 1]))
        {
            buffer[length - 2] = buffer[length - 1];
            length--;
        }
        for (int i = 0; i < length; i++) if (buffer[i] == 'é') buffer[i] = 'e';
        return new string(buffer, 0, length);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'ě' or 'ů' or 'é';
}

/// <summary>Czech short passive participles: -án, -en, -ěn with their gender and number forms, and the listed -t forms.</summary>
public static class CzechParticiples
{
    /// <summary>True when the word is a short passive participle.</summary>
    public static bool IsParticiple(string word, System.Collections.Frozen.FrozenSet<string> tParticiples)
    {
        // Feminine, neuter and plural add -a, -o, -i, -y to the masculine form.
        var masculine = word.Length > 3 && word[^1] is 'a' or 'o' or 'i' or 'y' ? word[..^1] : word;
        if (tParticiples.Contains(masculine)) return true;
        if (masculine.EndsWith("án", StringComparison.Ordinal)) return masculine.Length >= 4;
        if (masculine.EndsWith("en", StringComparison.Ordinal) || masculine.EndsWith("ěn", StringComparison.Ordinal)) return masculine.Length >= 5;
        return false;
    }
}
