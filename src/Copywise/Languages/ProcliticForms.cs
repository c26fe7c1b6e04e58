using System.Collections.Frozen;

namespace Copywise.Languages;

/// <summary>
/// Forms of a word with the one-letter words that Arabic and Hebrew write attached to the next word (conjunctions,
/// prepositions, the article: Arabic و ب ل ال ..., Hebrew ו ה ב ל מ ש ...). A keyphrase word matches itself, itself
/// with any listed prefix, and, when it starts with a prefix that may be stripped, the word without it and with any
/// other prefix, so that "بالنباتات" finds "النباتات" and "הבית" finds "בבית".
/// </summary>
public sealed class ProcliticForms
{
    private readonly string[] _prefixes;
    private readonly string[] _longestFirst;
    private readonly int _minimumStem;

    /// <summary>Creates the rule.</summary>
    /// <param name="prefixes">The prefixes that attach to a word.</param>
    /// <param name="strippable">The prefixes that are taken off a keyphrase word that starts with them; null for all.
    /// A letter that is also often the first letter of a word (Arabic ك in كتاب) is better not taken off.</param>
    /// <param name="minimumStem">A word keeps at least this many letters when a prefix is taken off.</param>
    public ProcliticForms(IEnumerable<string> prefixes, IEnumerable<string>? strippable = null, int minimumStem = 3)
    {
        _prefixes = prefixes.Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        _longestFirst = (strippable ?? _prefixes).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(p => p.Length).ToArray();
        _minimumStem = minimumStem;
    }

    /// <summary>The prefixes, in list order.</summary>
    public IReadOnlyList<string> Prefixes => _prefixes;

    /// <summary>The longest strippable prefix the word starts with (leaving at least the minimum stem), or an empty string.</summary>
    public string PrefixOf(ReadOnlySpan<char> word)
    {
        foreach (var p in _longestFirst)
        {
            if (word.Length - p.Length >= _minimumStem && word.StartsWith(p, StringComparison.Ordinal)) return p;
        }
        return "";
    }

    /// <summary>The word without its longest prefix.</summary>
    public string Strip(string word) => word[PrefixOf(word).Length..];

    /// <summary>The word, the word with every prefix, and (when it has a prefix) its stem alone and with every prefix.</summary>
    public FrozenSet<string> Forms(string word)
    {
        var forms = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { word };
        foreach (var p in _prefixes) forms.Add(p + word);
        var prefix = PrefixOf(word);
        if (prefix.Length > 0)
        {
            var stem = word[prefix.Length..];
            forms.Add(stem);
            foreach (var p in _prefixes) forms.Add(p + stem);
        }
        return forms.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The phrases, plus every one-word phrase with each of <paramref name="prefixes"/> attached.</summary>
    public static string[][] WithPrefixes(IReadOnlyList<string[]> phrases, string[] prefixes)
    {
        var list = new List<string[]>(phrases);
        var seen = new HashSet<string>(phrases.Select(p => string.Join(' ', p)), StringComparer.Ordinal);
        foreach (var phrase in phrases)
        {
            if (phrase.Length != 1) continue;
            foreach (var p in prefixes)
            {
                var joined = p + phrase[0];
                if (seen.Add(joined)) list.Add([joined]);
            }
        }
        return list.ToArray();
    }
}
