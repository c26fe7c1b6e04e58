using System.Collections.Frozen;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Copywise.Languages;

/// <summary>
/// Hungarian: data files under <c>Languages/hu</c>, the morphological passive (-ódik/-ődik verbs) and the
/// periphrastic ones (van/lesz with a -va/-ve participle, kerül with an -ásra/-ésre noun), and word forms by the
/// Snowball Hungarian stemmer.
/// </summary>
public sealed class Hungarian : DataLanguage
{
    /// <summary>The one instance.</summary>
    public static readonly Hungarian Instance = new();

    private readonly Lazy<HungarianPassiveVoice> _passive = new(() => new HungarianPassiveVoice(
        OptionalSet("hu", "passive-auxiliaries.txt"), OptionalSet("hu", "kerul-auxiliaries.txt"), OptionalSet("hu", "clause-boundaries.txt"),
        OptionalSet("hu", "va-ve-exceptions.txt"), OptionalSet("hu", "odik-roots.txt")));

    private Hungarian() : base("hu") { }

    /// <inheritdoc/>
    public override string Code => "hu";
    /// <inheritdoc/>
    public override string Name => "Hungarian";

    /// <inheritdoc/>
    public override bool HasPassiveVoice => true;
    /// <inheritdoc/>
    public override bool IsPassive(Text.TextAnalysis text, in Text.Sentence sentence) => _passive.Value.IsPassive(text, sentence);

    /// <inheritdoc/>
    public override bool MatchesByStem => true;
    /// <summary>
    /// Stem equality with the Snowball Hungarian stemmer, long and short vowels alike (madár – madarak, víz – vizet).
    /// A keyphrase word is a dictionary form, so its stem is taken from its inessive (kert → kertben → kert): alone,
    /// the stemmer would take the final -t of "kert" for an accusative ending and leave "ker", the stem of "kerül".
    /// </summary>
    public override bool IsWordForm(string word, ReadOnlySpan<char> token)
    {
        if (token.SequenceEqual(word)) return true;
        if (word.Length < 3 || token.Length < 3) return false;
        var wordStem = Fold(SnowballStemming<HungarianStemmer>.Stem(word + (IsBack(word) ? "ban" : "ben")));
        return wordStem.Length >= 3 && Fold(SnowballStemming<HungarianStemmer>.Stem(token)) == wordStem;
    }

    // Vowel harmony: a word with a back vowel takes back-vowel endings.
    private static bool IsBack(string word)
    {
        for (int i = word.Length - 1; i >= 0; i--)
        {
            if (word[i] is 'a' or 'á' or 'o' or 'ó' or 'u' or 'ú') return true;
            if (word[i] is 'e' or 'é' or 'ö' or 'ő' or 'ü' or 'ű') return false;
        }
        return false;
    }

    private static string Fold(string s) => string.Create(s.Length, s, static (d, src) =>
    {
        for (int i = 0; i < src.Length; i++)
            d[i] = src[i] switch { 'á' => 'a', 'é' => 'e', 'í' => 'i', 'ó' => 'o', 'ő' => 'ö', 'ú' => 'u', 'ű' => 'ü', var c => c };
    });
}

/// <summary>
/// Hungarian passive voice: a verb in -ódik/-ődik made from a transitive root (íródik, megoldódik, frissítődik), or, in
/// one clause, van/lesz with an adverbial participle in -va/-ve (meg van írva) or kerül with a verbal noun in
/// -ásra/-ésre (kiadásra kerül).
/// </summary>
public sealed class HungarianPassiveVoice
{
    private static readonly string[] OdikSuffixes =
    [
        "ódhatnak", "ódhatott", "ódnának", "ódjanak", "ódtatok", "ódhat", "ódtak", "ódnak", "ódott", "ódjon", "ódik", "ódna", "ódni",
        "ődhetnek", "ődhetett", "ődnének", "ődjenek", "ődtetek", "ődhet", "ődtek", "ődnek", "ődött", "ődjön", "ődik", "ődne", "ődni",
    ];

    private static readonly string[] Preverbs =
    [
        "meg", "el", "ki", "be", "fel", "föl", "le", "át", "össze", "végre", "újra", "szét", "vissza", "rá", "hozzá", "létre",
        "közzé", "ide", "oda", "fenn", "alá", "bele", "körül", "tovább", "helyre", "félre", "újjá", "tönkre",
    ];

    private readonly FrozenSet<string> _odikRoots;
    private readonly PeriphrasticPassive _vaVe;
    private readonly PeriphrasticPassive _kerul;

    /// <summary>Creates the detector from its lists.</summary>
    public HungarianPassiveVoice(FrozenSet<string> auxiliaries, FrozenSet<string> kerul, FrozenSet<string> clauseBoundaries, FrozenSet<string> vaVeExceptions, FrozenSet<string> odikRoots)
    {
        _odikRoots = odikRoots;
        _vaVe = new PeriphrasticPassive(auxiliaries, clauseBoundaries, vaVeExceptions, IsVaVeParticiple) { SplitAtCommas = true };
        _kerul = new PeriphrasticPassive(kerul, clauseBoundaries, FrozenSet<string>.Empty, IsAsraNoun) { SplitAtCommas = true };
    }

    /// <summary>True when the sentence has a morphological or periphrastic passive.</summary>
    public bool IsPassive(Text.TextAnalysis text, in Text.Sentence sentence)
    {
        foreach (var w in WordScan.EachWord(text, sentence))
        {
            if (IsOdikPassive(w)) return true;
        }
        return _vaVe.IsPassive(text, sentence) || _kerul.IsPassive(text, sentence);
    }

    /// <summary>True for a form of an -ódik/-ődik verb made from a transitive root, with or without a preverb.</summary>
    public bool IsOdikPassive(string word)
    {
        foreach (var suffix in OdikSuffixes)
        {
            if (!word.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var stem = word[..^suffix.Length];
            // A causative root in -ít always makes a passive in -ódik: frissítődik, fordítódik, telepítődik.
            if (stem.Length >= 4 && stem.EndsWith("ít", StringComparison.Ordinal)) return true;
            if (_odikRoots.Contains(stem)) return true;
            foreach (var preverb in Preverbs)
            {
                if (stem.Length > preverb.Length && stem.StartsWith(preverb, StringComparison.Ordinal) && _odikRoots.Contains(stem[preverb.Length..])) return true;
            }
            return false;
        }
        return false;
    }

    private static bool IsVaVeParticiple(string word) => word.Length >= 4 && (word.EndsWith("va", StringComparison.Ordinal) || word.EndsWith("ve", StringComparison.Ordinal));

    private static bool IsAsraNoun(string word) => word.Length >= 6 && (word.EndsWith("ásra", StringComparison.Ordinal) || word.EndsWith("ésre", StringComparison.Ordinal));
}
