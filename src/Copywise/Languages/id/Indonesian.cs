using System.Collections.Frozen;
using Copywise.Research;
using Copywise.Text;
using Lucene.Net.Analysis.Id;

namespace Copywise.Languages;

/// <summary>
/// Indonesian: data files under <c>Languages/id</c>, the di- passive, and word forms by Lucene.Net's Indonesian
/// stemmer (particles, possessives, prefixes and suffixes removed, derivational affixes included).
/// </summary>
public sealed class Indonesian : DataLanguage
{
    /// <summary>The one instance.</summary>
    public static readonly Indonesian Instance = new();

    private readonly Lazy<IndonesianPassiveVoice> _passive = new(() => new IndonesianPassiveVoice(LoadList("id", "non-passive-di-words.txt")));

    private static readonly LightStemming Stemming = new(() =>
    {
        var stemmer = new IndonesianStemmer();
        return (buffer, length) => stemmer.Stem(buffer, length, stemDerivational: true);
    });

    private Indonesian() : base("id") { }

    /// <inheritdoc/>
    public override string Code => "id";
    /// <inheritdoc/>
    public override string Name => "Indonesian";

    /// <inheritdoc/>
    public override bool HasPassiveVoice => true;
    /// <inheritdoc/>
    public override bool IsPassive(TextAnalysis text, in Sentence sentence) => _passive.Value.IsPassive(text, sentence);

    /// <inheritdoc/>
    public override bool MatchesByStem => true;
    /// <summary>
    /// True when the token and the keyphrase word share a stem. Lucene.Net's stemmer drops the nasal prefixes meN- and
    /// peN- without restoring the first letter of the root that the nasal replaced (menulis → "ulis", but tulis →
    /// "tulis"), so a word that starts with such a prefix is also stemmed with that letter restored: meng-/peng- + vowel
    /// → k, men-/pen- + vowel → t, mem-/pem- + vowel → p, meny-/peny- + vowel → s.
    /// </summary>
    public override bool IsWordForm(string word, ReadOnlySpan<char> token)
    {
        if (token.SequenceEqual(word)) return true;
        var a1 = Stemming.Stem(word);
        var a2 = Restored(word) is { } rw ? Stemming.Stem(rw) : null;
        var b1 = Stemming.Stem(token);
        var b2 = Restored(token) is { } rt ? Stemming.Stem(rt) : null;
        return Same(a1, b1) || Same(a1, b2) || Same(a2, b1) || Same(a2, b2);
    }

    private static bool Same(string? a, string? b) => a is { Length: >= MinimumStem } && a == b;

    private const int MinimumStem = 3;

    /// <summary>The word with a nasal prefix replaced by the root consonant it stands for; null when it has none.</summary>
    public static string? Restored(ReadOnlySpan<char> word)
    {
        if (word.Length < 6 || !(word.StartsWith("me") || word.StartsWith("pe"))) return null;
        var rest = word[2..];
        if (rest.StartsWith("ng") && IsVowel(rest[2])) return string.Concat("k", rest[2..]);
        if (rest.StartsWith("ny") && IsVowel(rest[2])) return string.Concat("s", rest[2..]);
        if (rest[0] == 'n' && IsVowel(rest[1])) return string.Concat("t", rest[1..]);
        if (rest[0] == 'm' && IsVowel(rest[1])) return string.Concat("p", rest[1..]);
        return null;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>The stem Lucene.Net's Indonesian stemmer gives a lower-case word.</summary>
    public static string Stem(string word) => Stemming.Stem(word);
}

/// <summary>
/// The Indonesian passive: a verb with the prefix di- ("ditulis", "dibangun", "diperbaiki"), that is a word of five
/// letters or more starting with "di" that is not a listed root word or loanword ("diskusi", "dinding") and does not
/// directly follow "untuk" (where the di- form is a purpose complement: "untuk dibaca").
/// </summary>
public sealed class IndonesianPassiveVoice
{
    private static readonly string[] Enclitics = ["nya", "ku", "mu", "lah", "kah", "pun"];
    private readonly FrozenSet<string> _exact;
    private readonly string[] _prefixes;

    /// <summary>Creates the rule from the non-passive list: long entries also cover longer words that start with them.</summary>
    public IndonesianPassiveVoice(IEnumerable<string> nonPassive)
    {
        var list = nonPassive.Select(w => w.ToLowerInvariant()).ToArray();
        _prefixes = list.Where(w => w.Length >= 6).ToArray();
        _exact = list.Where(w => w.Length < 6).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>True when the sentence has a di- passive verb.</summary>
    public bool IsPassive(TextAnalysis text, in Sentence sentence)
    {
        var words = text.WordsOf(sentence);
        Span<char> buffer = stackalloc char[64];
        Span<char> previous = stackalloc char[64];
        int previousLength = 0;
        for (int i = 0; i < words.Length; i++)
        {
            var raw = text.Text(words[i]);
            if (raw.Length > buffer.Length) { previousLength = 0; continue; }
            int n = MatchTokens.Normalize(raw, buffer);
            var w = buffer[..n];
            bool afterUntuk = previous[..previousLength].SequenceEqual("untuk");
            if (IsPassiveVerb(w) && !afterUntuk) return true;
            w.CopyTo(previous);
            previousLength = n;
        }
        return false;
    }

    /// <summary>True when a lower-case word looks like a di- passive verb.</summary>
    public bool IsPassiveVerb(ReadOnlySpan<char> w)
    {
        if (w.Length <= 4 || !w.StartsWith("di")) return false;
        foreach (var p in _prefixes)
        {
            if (w.StartsWith(p)) return false;
        }
        var exact = _exact.GetAlternateLookup<ReadOnlySpan<char>>();
        if (exact.Contains(w)) return false;
        foreach (var e in Enclitics)
        {
            if (w.EndsWith(e) && exact.Contains(w[..^e.Length])) return false;
        }
        return true;
    }
}
