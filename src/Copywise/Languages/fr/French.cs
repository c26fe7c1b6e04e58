using System.Collections.Frozen;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Copywise.Languages;

/// <summary>
/// French: data files under <c>Languages/fr</c>, the periphrastic passive ("être" + participle), syllables and
/// Kandel &amp; Moles' Flesch formula, complex words (over nine letters and not frequent), and word forms by the
/// Snowball stemmer with elided articles and pronouns ("l'", "d'", "qu'") set aside.
/// </summary>
public sealed class French : DataLanguage
{
    /// <summary>The one instance.</summary>
    public static readonly French Instance = new();

    /// <summary>Words longer than this are candidates for complex words.</summary>
    public const int ComplexWordLength = 9;

    // Stems of three letters merge too many look-alikes ("mer", "mère"): shorter words match only themselves.
    private static readonly RomanceWordForms<FrenchStemmer> Forms = new()
    {
        MinimumStem = 4,
        Elision = true,
        Singular = w => w.Length > 3 && w[^1] is 's' or 'x' ? w[..^1] : null,
    };
    // Words a clause most often starts with after an elided "qu'": subject pronouns, indefinites, "en", "y", and "à"
    // with its contractions.
    private static readonly string[] ElisionFollowers = ["il", "ils", "elle", "elles", "on", "un", "une", "aucun", "aucune", "en", "y", "à", "au", "aux"];
    private readonly Lazy<string[][]> _transitions;
    private readonly Lazy<RomancePassiveVoice> _passive;
    private readonly Lazy<FrozenSet<string>> _frequent = new(() => LoadSet("fr", "frequent-long-words.txt"));
    private readonly Lazy<FrenchSyllables> _syllables = new(() => new FrenchSyllables(LoadSet("fr", "pronounced-ent.txt")));

    private French() : base("fr")
    {
        _transitions = new(() => WithElidedQue(base.TransitionWords));
        _passive = new(() =>
        {
            var irregular = RomanceForms.French(LoadList("fr", "irregular-participles.txt"));
            var exceptions = RomanceForms.French(LoadList("fr", "participle-exceptions.txt"));
            return new RomancePassiveVoice
            {
                Auxiliaries = LoadSet("fr", "passive-auxiliaries.txt"),
                ClauseBreakers = Set(
                    "et", "ou", "mais", "or", "ni", "car", "donc", "que", "qu'", "qui", "quand", "lorsque", "lorsqu'",
                    "puisque", "puisqu'", "quoique", "quoiqu'", "si", "s'il", "s'ils", "comme", "dont", "où", "lequel",
                    "laquelle", "lesquels", "lesquelles", "auquel", "auxquels", "auxquelles", "duquel", "desquels",
                    "desquelles", "tandis", "alors", "parce", "afin", "cependant", "pourtant", "toutefois", "néanmoins",
                    "puis", "ensuite", "sinon"),
                CopulaFollowers = Set(
                    "le", "la", "les", "l'", "un", "une", "des", "du", "d'un", "d'une", "ce", "cet", "cette", "ces",
                    "mon", "ton", "son", "ma", "ta", "sa", "mes", "tes", "ses", "notre", "votre", "leur", "nos", "vos",
                    "leurs", "celui", "celle", "ceux", "celles", "l'un", "l'une"),
                NotBeforeParticiple = Set(
                    "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "au", "aux", "ce", "cet", "cette",
                    "ces", "mon", "ton", "son", "ma", "ta", "sa", "mes", "tes", "ses", "notre", "votre", "leur", "nos",
                    "vos", "leurs", "à", "en", "dans", "par", "pour", "sur", "sous", "avec", "sans", "chez", "vers",
                    "entre", "contre", "d'un", "d'une", "chaque", "quel", "quelle", "quels", "quelles"),
                OtherVerbs = Set(
                    "avoir", "aller", "venir", "faire", "devoir", "pouvoir", "vouloir", "sembler", "paraître", "paraitre",
                    "allé", "allée", "allés", "allées", "venu", "venue", "venus", "venues"),
                ReflexivePronouns = Set("se", "me", "te", "s'y", "s'en", "m'y", "m'en", "t'y", "t'en", "nous nous", "vous vous"),
                NonAuxiliaryElisions = Set("c'", "s'", "l'", "d'été"),
                IsParticiple = w => IsParticiple(w, irregular, exceptions),
            };
        });
    }

    /// <inheritdoc/>
    public override string Code => "fr";
    /// <inheritdoc/>
    public override string Name => "French";

    /// <inheritdoc/>
    public override int? CountSyllables(ReadOnlySpan<char> word) => _syllables.Value.Count(word);

    /// <summary>The listed transition words, and the conjunctions ending in "que" with "que" elided (see <see cref="WithElidedQue"/>).</summary>
    public override IReadOnlyList<string[]> TransitionWords => _transitions.Value;

    /// <summary>
    /// "Que" elides before a vowel, and the text then writes the conjunction glued to the next word: "parce qu'il",
    /// "lorsqu'on", "bien qu'elle". A phrase is matched token by token, so each phrase ending in "que" (or in a word
    /// ending in it: "lorsque", "puisque", "quoique") also stands in its elided form before each word of
    /// <see cref="ElisionFollowers"/>.
    /// </summary>
    internal static string[][] WithElidedQue(IReadOnlyList<string[]> phrases)
    {
        var all = new List<string[]>(phrases);
        foreach (var phrase in phrases)
        {
            if (phrase.Length == 0 || !phrase[^1].EndsWith("que", StringComparison.Ordinal)) continue;
            string elided = phrase[^1][..^1] + "'";
            foreach (var next in ElisionFollowers) all.Add([.. phrase[..^1], elided + next]);
        }
        return all.ToArray();
    }

    /// <summary>Kandel &amp; Moles (1958): 207 − 1.015 × words per sentence − 73.6 × syllables per word.</summary>
    public override double? FleschReadingEase(int words, int sentences, int syllables) =>
        207 - 1.015 * words / sentences - 73.6 * syllables / words;

    /// <inheritdoc/>
    public override bool HasPassiveVoice => true;

    /// <inheritdoc/>
    public override bool IsPassive(Text.TextAnalysis text, in Text.Sentence sentence) => _passive.Value.IsPassive(text, sentence);

    /// <inheritdoc/>
    public override bool HasWordComplexity => true;

    /// <summary>
    /// A word is complex when it has more than nine letters, is not capitalised (a name) and is not a frequent word,
    /// nor the plural (-s, -x, -aux) of one.
    /// </summary>
    public override bool IsComplexWord(ReadOnlySpan<char> word)
    {
        if (word.Length <= ComplexWordLength || char.IsUpper(word[0])) return false;
        var lower = WordStrings.Normalized(word);
        int apostrophe = lower.IndexOf('\'');
        if (apostrophe >= 0) lower = lower[(apostrophe + 1)..];
        if (lower.Length <= ComplexWordLength) return false;
        var frequent = _frequent.Value;
        if (frequent.Contains(lower) || FunctionWords.Contains(lower)) return false;
        if (lower.EndsWith("aux") && frequent.Contains(lower[..^3] + "al")) return false;
        if ((lower.EndsWith('s') || lower.EndsWith('x')) && frequent.Contains(lower[..^1])) return false;
        return true;
    }

    /// <summary>The word, and, as the reference transliterates, the word without its accents ("calicó": "calico").</summary>
    public override FrozenSet<string> WordForms(string word, bool wordForms) => RomanceForms.WithUnaccented(word);

    /// <inheritdoc/>
    public override bool MatchesByStem => true;

    /// <summary>
    /// True when the token, without an elided article or pronoun ("l'étoile"), has the word's stem, also when it is a
    /// plural in -s or -x that Snowball keeps whole after a vowel ("vélos").
    /// </summary>
    public override bool IsWordForm(string word, ReadOnlySpan<char> token) => Forms.IsWordForm(word, token);

    private static bool IsParticiple(string w, FrozenSet<string> irregular, FrozenSet<string> exceptions)
    {
        if (exceptions.Contains(w)) return false;
        if (irregular.Contains(w)) return true;
        // Regular participles of the first group: -é, -ée, -és, -ées after a stem of two letters or more.
        int ending = w.EndsWith("ées") ? 3 : w.EndsWith("ée") || w.EndsWith("és") ? 2 : w.EndsWith('é') ? 1 : 0;
        return ending > 0 && w.Length - ending >= 2 && RomanceForms.HasVowel(w.AsSpan(0, w.Length - ending));
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}

/// <summary>
/// Counts French syllables from spelling: groups of vowel letters, with a new syllable at a diaeresis ("naïf"), after
/// "é" before another vowel ("réaction"), and after an "i" that follows a consonant and l or r ("client",
/// "oublier"). The "u" of "qu" and of "gu" before e or i is no vowel ("logique", "langue"), "y" between vowels is a
/// consonant ("payer"), a final "-e" or "-es" after a consonant is silent ("table", "tables"), and so is the "-ent"
/// of verbs ("ils parlent"), but not of the listed adjectives and nouns ("souvent", "récent") nor of "-ment". A word
/// without vowels ("l", "NGC") has no syllable.
/// </summary>
public sealed class FrenchSyllables(FrozenSet<string> pronouncedEnt)
{
    /// <summary>Counts the syllables of one word (letters only; other characters are ignored).</summary>
    public int Count(ReadOnlySpan<char> word)
    {
        Span<char> buf = stackalloc char[Math.Min(word.Length, 64)];
        var w = buf[..RomanceForms.LowerLetters(word, buf)];
        // The -ent of a verb is silent ("ils parlent", "oublient"), unlike that of "souvent", "client", "moment".
        bool silentEnt = w.Length > 4 && w.EndsWith("ent") && !w.EndsWith("ment")
            && !pronouncedEnt.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w);
        int count = 0;
        for (int i = 0; i < w.Length; i++)
        {
            if (!IsVowel(w, i)) continue;
            bool previousVowel = i > 0 && IsVowel(w, i - 1);
            if (!previousVowel || StartsNewSyllable(w, i, silentEnt)) count++;
        }
        if (count <= 1) return count;
        // A final -e or -es after a consonant is silent: "table", "tables", "une".
        int e = w.EndsWith("es") ? w.Length - 2 : w[^1] == 'e' ? w.Length - 1 : -1;
        if (e > 0 && !IsVowel(w, e - 1)) return count - 1;
        if (silentEnt && !IsVowel(w, w.Length - 4)) return count - 1;
        return count;
    }

    private static bool IsVowel(ReadOnlySpan<char> w, int i)
    {
        char c = w[i];
        if (c == 'y') return !(i > 0 && i + 1 < w.Length && IsPlainVowel(w[i + 1]));
        // The u of "qu" and of "gu" before e or i is silent: "quand", "logique", "guerre".
        if (c == 'u' && i > 0 && i + 1 < w.Length && (w[i - 1] == 'q' || w[i - 1] == 'g' && w[i + 1] is 'e' or 'i' or 'é' or 'è' or 'ê' or 'y'))
            return false;
        return IsPlainVowel(c);
    }

    private static bool IsPlainVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'à' or 'â' or 'ä' or 'é' or 'è' or 'ê' or 'ë'
        or 'î' or 'ï' or 'ô' or 'ö' or 'û' or 'ù' or 'ü' or 'ÿ' or 'æ' or 'œ' or 'y';

    // Inside a run of vowels: a diaeresis starts a syllable, as does a vowel after "é" (unless it is the silent
    // final e of "idée"), an accented e after a or o ("poème"), and a vowel after the i of a consonant and l or r.
    private static bool StartsNewSyllable(ReadOnlySpan<char> w, int i, bool silentEnt)
    {
        char c = w[i], p = w[i - 1];
        if (c is 'ï' or 'ë' or 'ü') return true;
        bool silentE = c == 'e' && (i == w.Length - 1 || w[(i + 1)..] is "s" || silentEnt && i == w.Length - 3);
        if (p == 'é') return !silentE;
        if (p == 'i' && i >= 3 && w[i - 2] is 'l' or 'r' && !IsVowel(w, i - 3) && w[i - 3] != w[i - 2]) return !silentE;
        return c is 'é' or 'è' or 'ê' && p is 'a' or 'o';
    }
}
