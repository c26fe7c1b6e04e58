using System.Collections.Frozen;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Copywise.Languages;

/// <summary>
/// Turkish: data files under <c>Languages/tr</c>, Turkish case folding (I – ı, İ – i), the morphological passive
/// (-ıl-, -In-, -n- before a tense ending), word forms by the Snowball Turkish stemmer, and the reference's limits for
/// long sentences (above 15 words; 20% good, 25% acceptable).
/// </summary>
public sealed class Turkish : DataLanguage
{
    /// <summary>The one instance.</summary>
    public static readonly Turkish Instance = new();

    private readonly Lazy<TurkishPassiveVoice> _passive = new(() => new TurkishPassiveVoice(OptionalSet("tr", "passive-exceptions.txt")));

    private Turkish() : base("tr") { }

    /// <inheritdoc/>
    public override string Code => "tr";
    /// <inheritdoc/>
    public override string Name => "Turkish";

    /// <inheritdoc/>
    public override bool TurkicCasing => true;

    /// <inheritdoc/>
    public override bool HasPassiveVoice => true;
    /// <inheritdoc/>
    public override bool IsPassive(Text.TextAnalysis text, in Text.Sentence sentence)
    {
        foreach (var word in WordScan.EachWord(text, sentence))
        {
            if (_passive.Value.IsPassiveVerb(word)) return true;
        }
        return false;
    }

    /// <inheritdoc/>
    public override int LongSentenceWords => 15;
    /// <inheritdoc/>
    public override (double Good, double Acceptable) LongSentenceShares(bool cornerstone) => (20, 25);

    /// <inheritdoc/>
    public override bool MatchesByStem => true;
    /// <summary>
    /// Stem equality with the Snowball Turkish stemmer (words are folded the Turkish way before). A keyphrase word is a
    /// dictionary form, so its stem is taken from its plural (göçmen → göçmenler → göçmen): alone, the stemmer would
    /// read a final -n as a case ending; a form that starts with the whole word and stems into it matches too
    /// (göçmenlerin → göçme). A suffix written after an apostrophe (Farsça'nın, İstanbul'da) is dropped.
    /// Stems of two letters count (ev – evler, iş – işler).
    /// </summary>
    public override bool IsWordForm(string word, ReadOnlySpan<char> token)
    {
        if (token.SequenceEqual(word)) return true;
        int apostrophe = token.IndexOf('\'');
        if (apostrophe > 0)
        {
            token = token[..apostrophe];
            if (token.SequenceEqual(word)) return true;
        }
        if (word.Length < 2 || token.Length < 2) return false;
        var wordStem = SnowballStemming<TurkishStemmer>.Stem(word + (IsBack(word) ? "lar" : "ler"));
        if (wordStem.Length < 2 || token.Length < wordStem.Length - 1) return false;
        var tokenStem = SnowballStemming<TurkishStemmer>.Stem(token);
        if (tokenStem == wordStem) return true;
        // Endings are added to the word as written; when the stemmer cuts a longer form into the word itself
        // (göçmenlerin → göçme), the form still starts with the whole word.
        return token.StartsWith(word) && tokenStem.Length >= 2 && word.StartsWith(tokenStem, StringComparison.Ordinal);
    }

    // Vowel harmony: a word whose last vowel is a back vowel takes -lar.
    private static bool IsBack(string word)
    {
        for (int i = word.Length - 1; i >= 0; i--)
        {
            if (word[i] is 'a' or 'ı' or 'o' or 'u' or 'â' or 'û') return true;
            if (word[i] is 'e' or 'i' or 'ö' or 'ü' or 'î') return false;
        }
        return false;
    }
}

/// <summary>
/// Turkish passive voice: a finite verb (or infinitive) whose stem carries the passive suffix before its tense ending:
/// -ıl/-il/-ul/-ül after a consonant (yapıldı, görülür, kurulmuştur), -ın/-in/-un/-ün after l (alındı, bilinir) and -n
/// after a stem in a, e, o, ö (söylendi, tamamlanacak). Roots that merely end so (kullan-, öğren-, katıl-) are listed
/// as exceptions. Participles (yapılan) and verbal nouns (yapılması) are not counted.
/// </summary>
public sealed class TurkishPassiveVoice(FrozenSet<string> exceptions)
{
    // The endings filed under their last two letters, longest first: a word is compared only with the few endings it can
    // have (every ending has two letters or more), not with all five hundred.
    private static readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> ByLastTwo = BuildEndings()
        .GroupBy(e => e[^2..], StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Tense, mood and infinitive endings in their vowel-harmony variants, each optionally followed by a person,
    // plural or copula ending; longest first.
    private static string[] BuildEndings()
    {
        string[] tams =
        [
            // No -ar/-er aorist: a passive stem is never one syllable, so its aorist is -ır/-ir/-ur/-ür, and -ar/-er after
            // l is the plural (bitkiler).
            "dı", "di", "du", "dü", "mış", "miş", "muş", "müş", "ır", "ir", "ur", "ür", "maz", "mez",
            "ıyor", "iyor", "uyor", "üyor", "acak", "ecek", "malı", "meli", "mak", "mek", "abilir", "ebilir", "sa", "se",
        ];
        string[] tails = ["", "lar", "ler", "dır", "dir", "dur", "dür", "tır", "tir", "tur", "tür", "du", "dü", "dı", "di", "tı", "ti", "ken"];
        return tams.SelectMany(t => tails.Select(s => t + s)).Distinct().OrderByDescending(e => e.Length).ToArray();
    }

    /// <summary>True when one of the (Turkish lower-case) words is a passive verb.</summary>
    public bool IsPassive(string[] words)
    {
        foreach (var w in words)
        {
            if (IsPassiveVerb(w)) return true;
        }
        return false;
    }

    /// <summary>True when the word is a finite passive verb or a passive infinitive.</summary>
    public bool IsPassiveVerb(string word)
    {
        if (word.Length < 6 || !ByLastTwo.TryGetValue(word.AsSpan(word.Length - 2), out var endings) || exceptions.Contains(word)) return false;
        foreach (var ending in endings)
        {
            if (!word.EndsWith(ending, StringComparison.Ordinal)) continue;
            // The longest ending is the reading; a shorter one would cut the word at a wrong place (olabilirler).
            var stem = word[..^ending.Length];
            return stem.Length >= 4 && HasPassiveSuffix(stem) && !exceptions.Contains(stem);
        }
        return false;
    }

    private static bool HasPassiveSuffix(string stem)
    {
        char last = stem[^1], vowel = stem[^2];
        // -abil-/-ebil- is the ability suffix (olabilir), not a passive -il-.
        if (stem.EndsWith("abil", StringComparison.Ordinal) || stem.EndsWith("ebil", StringComparison.Ordinal)) return false;
        // -ıl/-il/-ul/-ül after a consonant: yap-ıl, gör-ül, kur-ul.
        if (last == 'l' && vowel is 'ı' or 'i' or 'u' or 'ü') return !IsVowel(stem[^3]);
        // -ın/-in/-un/-ün after l: al-ın, bil-in (after another consonant it is the reflexive: barın, giyin).
        if (last == 'n' && vowel is 'ı' or 'i' or 'u' or 'ü') return stem[^3] == 'l';
        // -n after a stem ending in a, e, o, ö: söyle-n, tamamla-n.
        return last == 'n' && vowel is 'a' or 'e' or 'o' or 'ö';
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'ı' or 'i' or 'o' or 'ö' or 'u' or 'ü' or 'â' or 'î' or 'û';
}
