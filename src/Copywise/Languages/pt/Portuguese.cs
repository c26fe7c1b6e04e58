using System.Collections.Frozen;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Copywise.Languages;

/// <summary>
/// Portuguese: data files under <c>Languages/pt</c>, the periphrastic passive ("ser" + participle), syllables and
/// the Flesch formula of Martins et al., sentences long above 25 words, and word forms by the Snowball stemmer.
/// </summary>
public sealed class Portuguese : DataLanguage
{
    /// <summary>The one instance.</summary>
    public static readonly Portuguese Instance = new();

    private static readonly RomanceWordForms<PortugueseStemmer> Forms = new() { Singular = Singular };
    private readonly Lazy<RomancePassiveVoice> _passive;

    private Portuguese() : base("pt")
    {
        _passive = new(() =>
        {
            var irregular = RomanceForms.GenderNumber(LoadList("pt", "irregular-participles.txt"), italian: false);
            var exceptions = RomanceForms.GenderNumber(LoadList("pt", "participle-exceptions.txt"), italian: false);
            string[] determiners =
            [
                "o", "a", "os", "as", "um", "uma", "uns", "umas", "este", "esta", "estes", "estas", "esse", "essa",
                "esses", "essas", "aquele", "aquela", "aqueles", "aquelas", "meu", "minha", "meus", "minhas", "teu",
                "tua", "teus", "tuas", "seu", "sua", "seus", "suas", "nosso", "nossa", "nossos", "nossas",
            ];
            string[] prepositions =
            [
                "de", "em", "por", "para", "com", "sem", "sob", "sobre", "entre", "contra", "desde", "até", "após",
                "do", "da", "dos", "das", "no", "na", "nos", "nas", "ao", "à", "aos", "às", "pelo", "pela", "pelos",
                "pelas", "num", "numa", "dum", "duma", "cada", "muito", "tão",
            ];
            return new RomancePassiveVoice
            {
                Auxiliaries = LoadSet("pt", "passive-auxiliaries.txt"),
                ClauseBreakers = Set(
                    "e", "ou", "nem", "mas", "porém", "contudo", "todavia", "que", "quem", "qual", "quais", "cujo",
                    "cuja", "cujos", "cujas", "quando", "onde", "como", "porque", "pois", "se", "embora", "enquanto",
                    "logo", "portanto", "então"),
                CopulaFollowers = Set([.. determiners, "do", "da", "dos", "das"]),
                NotBeforeParticiple = Set([.. determiners, .. prepositions]),
                OtherVerbs = Set(
                    "ter", "tem", "têm", "tinha", "tinham", "teve", "tiveram", "haver", "há", "havia", "estar", "está",
                    "estão", "estava", "estavam", "ficar", "fica", "ficam", "ficou", "ficaram", "ir", "vai", "vão",
                    "ia", "iam"),
                ReflexivePronouns = Set("se"),
                IsParticiple = w => RomanceForms.IsIberianParticiple(w, irregular, exceptions),
            };
        });
    }

    /// <inheritdoc/>
    public override string Code => "pt";
    /// <inheritdoc/>
    public override string Name => "Portuguese";

    /// <inheritdoc/>
    public override int? CountSyllables(ReadOnlySpan<char> word) => PortugueseSyllables.Count(word);

    /// <summary>Martins et al. (1996): 248.835 − 1.015 × words per sentence − 84.6 × syllables per word.</summary>
    public override double? FleschReadingEase(int words, int sentences, int syllables) =>
        248.835 - 1.015 * words / sentences - 84.6 * syllables / words;

    /// <inheritdoc/>
    public override bool HasPassiveVoice => true;

    /// <inheritdoc/>
    public override bool IsPassive(Text.TextAnalysis text, in Text.Sentence sentence) => _passive.Value.IsPassive(text, sentence);

    /// <inheritdoc/>
    public override int LongSentenceWords => 25;

    /// <summary>The word, and, as the reference transliterates, the word without its accents ("calicó": "calico").</summary>
    public override FrozenSet<string> WordForms(string word, bool wordForms) => RomanceForms.WithUnaccented(word);

    /// <inheritdoc/>
    public override bool MatchesByStem => true;

    /// <summary>True when the token has the word's Snowball stem, also when one of them is a plural ("cidades", "canções").</summary>
    public override bool IsWordForm(string word, ReadOnlySpan<char> token) => Forms.IsWordForm(word, token);

    // The singular of a plural: -ões/-ães to -ão ("canções"), -is to -l ("animais", "papéis"), -ns to -m ("homens"),
    // -es after r, s or z ("flores", "países"), else -s.
    private static string? Singular(string w)
    {
        if (w.Length <= 3 || w[^1] != 's') return null;
        if (w.EndsWith("ões") || w.EndsWith("ães")) return w[..^3] + "ão";
        if (w.EndsWith("ais") || w.EndsWith("uis")) return w[..^2] + "l";
        if (w.EndsWith("éis")) return w[..^3] + "el";
        if (w.EndsWith("óis")) return w[..^3] + "ol";
        if (w.EndsWith("ns")) return w[..^2] + "m";
        if (w.EndsWith("res") || w.EndsWith("ses") || w.EndsWith("zes")) return w[..^2];
        return w[..^1];
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}

/// <summary>
/// Counts Portuguese syllables from spelling: groups of vowel letters, split where two strong vowels (a, e, o, or an
/// accented vowel) meet ("po-e-ta", "sa-ú-de"), except the nasal diphthongs "ão", "ãe", "õe" ("pão", "mãe",
/// "põe"), and where an i or u after a consonant or a strong vowel comes before a strong vowel ("di-a", "so-ci-al",
/// "mai-or") unless
/// it ends a word stressed earlier ("his-tó-ria"); the falling diphthongs stay one syllable ("pai", "mau", "ouro"),
/// the u of "qua", "gua" joins the next vowel, and that of "que", "qui", "gue", "gui" is silent.
/// </summary>
public static class PortugueseSyllables
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
            if (!previousVowel) { count++; continue; }
            char p = w[i - 1], c = w[i];
            // ão, ãe, õe are one syllable.
            if (p is 'ã' or 'õ' && c is 'o' or 'e') continue;
            if (IsStrong(c) && IsStrong(p)) { count++; continue; }
            // An i or u after a consonant is a vowel of its own before a strong vowel ("di-a", "so-ci-al", "su-as"), and
            // after a diphthong it closes it ("mai-or", "mei-os");
            // not the u of "qua", "gua", nor an unstressed ending after an accented syllable ("his-tó-ria").
            if (p is 'i' or 'u' && IsStrong(c) && i >= 2 && (!IsVowel(w, i - 2) || IsStrong(w[i - 2])) && !(p == 'u' && w[i - 2] is 'q' or 'g')
                && !(w[(i + 1)..] is "" or "s" && RomanceForms.HasAccentedVowel(w[..(i - 1)])))
                count++;
        }
        return count;
    }

    private static bool IsVowel(ReadOnlySpan<char> w, int i)
    {
        char c = w[i];
        if (c == 'u' && i > 0 && i + 1 < w.Length && (w[i - 1] == 'q' || w[i - 1] == 'g') && w[i + 1] is 'e' or 'i' or 'é' or 'ê' or 'í')
            return false;
        return c is 'a' or 'e' or 'i' or 'o' or 'u' or 'á' or 'é' or 'í' or 'ó' or 'ú' or 'â' or 'ê' or 'ô' or 'ã' or 'õ' or 'à' or 'ü' or 'y';
    }

    // Strong vowels, and accented weak ones, which stand in hiatus with a vowel next to them.
    private static bool IsStrong(char c) => c is 'a' or 'e' or 'o' or 'á' or 'é' or 'ó' or 'â' or 'ê' or 'ô' or 'ã' or 'õ' or 'à' or 'í' or 'ú';
}
