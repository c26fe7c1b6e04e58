using System.Collections.Frozen;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Copywise.Languages;

/// <summary>
/// Catalan: function words, transition words and pairs and sentence-beginning exceptions under <c>Languages/ca</c>,
/// sentences long above 25 words, and word forms by the Snowball stemmer with elided articles and pronouns ("l'",
/// "d'") set aside. As in the reference there is no passive or Flesch check (no published Flesch adaptation).
/// </summary>
public sealed class Catalan : DataLanguage
{
    /// <summary>The one instance.</summary>
    public static readonly Catalan Instance = new();

    private static readonly RomanceWordForms<CatalanStemmer> Forms = new() { Elision = true, Singular = Singular };

    private Catalan() : base("ca") { }

    /// <inheritdoc/>
    public override string Code => "ca";
    /// <inheritdoc/>
    public override string Name => "Catalan";

    /// <inheritdoc/>
    public override int LongSentenceWords => 25;

    /// <summary>The word, and, as the reference transliterates, the word without its accents ("calicó": "calico").</summary>
    public override FrozenSet<string> WordForms(string word, bool wordForms) => RomanceForms.WithUnaccented(word);

    /// <inheritdoc/>
    public override bool MatchesByStem => true;

    /// <summary>True when the token, without an elided article ("l'home"), has the word's Snowball stem, also when one of them is a plural.</summary>
    public override bool IsWordForm(string word, ReadOnlySpan<char> token) => Forms.IsWordForm(word, token);

    // The singular of a plural: -ques/-gues/-ces/-ges to -ca/-ga/-ça/-ja ("vaques", "platges"), -es to -a ("cases"),
    // -os after s, x or ç ("braços"), else -s.
    private static string? Singular(string w)
    {
        if (w.Length <= 3 || w[^1] != 's') return null;
        if (w.EndsWith("ques")) return w[..^4] + "ca";
        if (w.EndsWith("gues")) return w[..^4] + "ga";
        if (w.EndsWith("ces")) return w[..^3] + "ça";
        if (w.EndsWith("ges")) return w[..^3] + "ja";
        if (w.EndsWith("es")) return w[..^2] + "a";
        if (w.EndsWith("sos") || w.EndsWith("xos") || w.EndsWith("ços")) return w[..^2];
        return w[..^1];
    }
}
