using Lucene.Net.Tartarus.Snowball;

namespace Copywise.Languages;

/// <summary>
/// Word forms of a Romance language by stem equality with its Snowball stemmer, with three additions: an elided
/// article or pronoun is set aside ("l'étoile", "dell'acqua"); the plain plural of a word always matches, and a
/// plural the stemmer keeps whole is also compared by its singular ("vélos", "ciudades", "luces"); and a stem of
/// three letters matches only itself with a gender or number ending ("gat", "gata", "gates"), or, for a verb, with a
/// verb ending ("fal-ar", "fal-ado"), so that "mar" does not take in "marido", nor "sala" "salat".
/// </summary>
/// <typeparam name="TStemmer">The language's Snowball stemmer.</typeparam>
public sealed class RomanceWordForms<TStemmer> where TStemmer : SnowballProgram, new()
{
    /// <summary>Stems shorter than this match only the word itself.</summary>
    public int MinimumStem { get; init; } = 3;
    /// <summary>True when elided words fused by an apostrophe are set aside (French, Italian, Catalan).</summary>
    public bool Elision { get; init; }
    /// <summary>The singular of a plural the stemmer may keep whole, or null: the language's plural rule.</summary>
    public required Func<string, string?> Singular { get; init; }

    private static readonly HashSet<string> ShortStemEndings = ["", "a", "e", "i", "o", "s", "as", "es", "is", "os"];
    // Infinitive endings, and the endings of the frequent forms of a verb with a short stem ("fal-ar": "fal-amos").
    private static readonly HashSet<string> VerbEndings = ["ar", "er", "ir", "are", "ere", "ire", "re"];
    private static readonly HashSet<string> ShortVerbEndings =
    [
        "am", "an", "em", "en", "amos", "emos", "imos", "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas",
        "ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "uti", "ute", "at", "it", "ando", "endo",
        "iendo", "indo", "ó", "ió", "ou", "eu", "iu", "ar", "er", "ir", "are", "ere", "ire", "re",
    ];

    /// <summary>True when <paramref name="token"/> (lower case) is a form of the keyphrase word <paramref name="word"/>.</summary>
    public bool IsWordForm(string word, ReadOnlySpan<char> token)
    {
        var w = Elision ? RomanceForms.WithoutElision(word) : word;
        var t = Elision ? RomanceForms.WithoutElision(token) : token;
        if (t.SequenceEqual(w.AsSpan())) return true;
        var tokenText = t.ToString();
        var ws = Singular(w) ?? w;
        var ts = Singular(tokenText) ?? tokenText;
        // The plain plural or singular of the word, whatever its stem.
        if (ts == w || ws == tokenText || tokenText == w + "s" || w == tokenText + "s") return true;
        var stem = SnowballStemming<TStemmer>.Stem(w);
        if (stem.Length < MinimumStem || t.Length < stem.Length - 1) return false;
        // A stem of three letters is shared by too many unrelated words ("mar", "marido"): only the stem with a
        // gender or number ending is a form, or, when the word is a verb ("falar"), with a verb ending.
        if (stem.Length <= 3)
        {
            if (!t.StartsWith(stem)) return false;
            var ending = tokenText[stem.Length..];
            return ShortStemEndings.Contains(ending) || VerbEndings.Contains(w[stem.Length..]) && ShortVerbEndings.Contains(ending);
        }
        if (SnowballStemming<TStemmer>.Stem(t) == stem) return true;
        return (ws != w || ts != tokenText) && SnowballStemming<TStemmer>.Stem(ws) == SnowballStemming<TStemmer>.Stem(ts);
    }
}
