using System.Collections.Frozen;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Copywise.Languages;

/// <summary>
/// Italian: data files under <c>Languages/it</c>, the periphrastic passive ("essere", "venire" or "andare" +
/// participle), syllables and Franchina &amp; Vacca's Flesch formula, sentences long above 25 words, and word forms by
/// the Snowball stemmer with elided articles ("l'", "dell'") set aside.
/// </summary>
public sealed class Italian : DataLanguage
{
    /// <summary>The one instance.</summary>
    public static readonly Italian Instance = new();

    private static readonly RomanceWordForms<ItalianStemmer> Forms = new() { Elision = true, Singular = _ => null };
    private readonly Lazy<RomancePassiveVoice> _passive;

    private Italian() : base("it")
    {
        _passive = new(() =>
        {
            var irregular = RomanceForms.GenderNumber(LoadList("it", "irregular-participles.txt"), italian: true);
            var exceptions = RomanceForms.GenderNumber(LoadList("it", "participle-exceptions.txt"), italian: true);
            string[] articles = ["il", "lo", "la", "l'", "i", "gli", "le", "un", "uno", "una", "un'"];
            string[] determiners =
            [
                "questo", "questa", "questi", "queste", "quest'", "quello", "quella", "quelli", "quelle", "quel", "quei",
                "quegli", "quell'", "mio", "mia", "miei", "mie", "tuo", "tua", "tuoi", "tue", "suo", "sua", "suoi",
                "sue", "nostro", "nostra", "nostri", "nostre", "vostro", "vostra", "vostri", "vostre", "loro",
            ];
            string[] prepositions =
            [
                "di", "d'", "a", "ad", "da", "in", "con", "su", "per", "tra", "fra", "del", "dello", "della", "dell'",
                "dei", "degli", "delle", "al", "allo", "alla", "all'", "ai", "agli", "alle", "dal", "dallo", "dalla",
                "dall'", "dai", "dagli", "dalle", "nel", "nello", "nella", "nell'", "nei", "negli", "nelle", "sul",
                "sullo", "sulla", "sull'", "sui", "sugli", "sulle", "col", "coi", "ogni", "ciascun", "nessun",
            ];
            return new RomancePassiveVoice
            {
                Auxiliaries = LoadSet("it", "passive-auxiliaries.txt"),
                ClauseBreakers = Set(
                    "e", "ed", "o", "od", "oppure", "ma", "però", "che", "chi", "cui", "quale", "quali", "quando",
                    "dove", "come", "perché", "poiché", "mentre", "se", "sebbene", "benché", "affinché", "quindi",
                    "dunque", "anche", "né", "tuttavia", "invece"),
                CopulaFollowers = Set([.. articles, .. determiners]),
                NotBeforeParticiple = Set([.. articles, .. determiners, .. prepositions]),
                OtherVerbs = Set(
                    "avere", "ha", "hanno", "aveva", "avevano", "ho", "hai", "abbiamo", "avete", "avrà", "avrebbe",
                    "avrebbero", "abbia", "abbiano", "avesse", "avessero"),
                ReflexivePronouns = Set("si", "mi", "ti", "ci", "vi", "se", "me", "te", "ce", "ve"),
                NonAuxiliaryElisions = Set(
                    "l'", "un'", "dell'", "all'", "dall'", "nell'", "sull'", "quest'", "quell'", "c'", "v'", "s'", "m'",
                    "t'"),
                IsParticiple = w => IsParticiple(w, irregular, exceptions),
            };
        });
    }

    /// <inheritdoc/>
    public override string Code => "it";
    /// <inheritdoc/>
    public override string Name => "Italian";

    /// <inheritdoc/>
    public override int? CountSyllables(ReadOnlySpan<char> word) => ItalianSyllables.Count(word);

    /// <summary>Franchina &amp; Vacca (1986): 217 − 1.3 × words per sentence − 0.6 × syllables per 100 words.</summary>
    public override double? FleschReadingEase(int words, int sentences, int syllables) =>
        217 - 1.3 * words / sentences - 0.6 * (syllables * 100.0 / words);

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

    /// <summary>True when the token, without an elided article ("l'istruzione"), has the word's Snowball stem.</summary>
    public override bool IsWordForm(string word, ReadOnlySpan<char> token) => Forms.IsWordForm(word, token);

    private static bool IsParticiple(string w, FrozenSet<string> irregular, FrozenSet<string> exceptions)
    {
        if (exceptions.Contains(w)) return false;
        if (irregular.Contains(w)) return true;
        // Regular participles: -ato, -uto, -ito with -a, -i, -e, after a stem of two letters or more with a vowel.
        if (w.Length < 5) return false;
        var ending = w.AsSpan(w.Length - 3);
        if (ending[0] is not ('a' or 'u' or 'i') || ending[1] != 't' || ending[2] is not ('o' or 'a' or 'i' or 'e')) return false;
        var stem = w.AsSpan(0, w.Length - 3);
        return stem.Length >= 2 && RomanceForms.HasVowel(stem);
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}

/// <summary>
/// Counts Italian syllables from spelling: groups of vowel letters, split where two strong vowels (a, e, o, or an
/// accented vowel) meet ("pa-e-se", "i-de-a"); the i of "ci", "gi", "sci", "gli" before a vowel and the u of "qu"
/// join the next vowel ("cia-o", "qua-dro").
/// </summary>
public static class ItalianSyllables
{
    /// <summary>Counts the syllables of one word (letters only); a word without vowels has none.</summary>
    public static int Count(ReadOnlySpan<char> word)
    {
        int count = 0;
        char previous = '\0';
        bool previousVowel = false;
        foreach (char ch in word)
        {
            if (!char.IsLetter(ch)) continue;
            char c = char.ToLowerInvariant(ch);
            bool vowel = IsVowel(c);
            if (vowel && (!previousVowel || IsStrong(c) && IsStrong(previous))) count++;
            previous = c;
            previousVowel = vowel;
        }
        return count;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'à' or 'è' or 'é' or 'ì' or 'í' or 'î'
        or 'ò' or 'ó' or 'ù' or 'ú';

    private static bool IsStrong(char c) => c is 'a' or 'e' or 'o' or 'à' or 'è' or 'é' or 'ì' or 'í' or 'ò' or 'ó' or 'ù' or 'ú';
}
