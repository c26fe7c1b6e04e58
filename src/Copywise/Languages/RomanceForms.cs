using System.Collections.Frozen;

namespace Copywise.Languages;

/// <summary>Small spelling helpers shared by the Romance languages: inflecting listed participles, elision.</summary>
public static class RomanceForms
{
    /// <summary>
    /// The French forms of listed masculine singular participles: each with -e, -s and -es ("pris": "prise", "prises").
    /// </summary>
    public static FrozenSet<string> French(IEnumerable<string> masculine)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in masculine)
        {
            var m = raw.ToLowerInvariant();
            forms.Add(m);
            forms.Add(m + "e");
            forms.Add(m + "es");
            if (!m.EndsWith('s') && !m.EndsWith('x')) forms.Add(m + "s");
        }
        return forms.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The forms of listed masculine singular words ending in -o with the feminine and plural endings of Spanish,
    /// Portuguese (-o, -a, -os, -as) or Italian (-o, -a, -i, -e); a word with another ending stays as it is.
    /// </summary>
    public static FrozenSet<string> GenderNumber(IEnumerable<string> masculine, bool italian)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in masculine)
        {
            var m = raw.ToLowerInvariant();
            forms.Add(m);
            if (!m.EndsWith('o')) continue;
            var stem = m[..^1];
            if (italian)
            {
                forms.Add(stem + "a");
                forms.Add(stem + "i");
                forms.Add(stem + "e");
            }
            else
            {
                forms.Add(stem + "a");
                forms.Add(stem + "os");
                forms.Add(stem + "as");
            }
        }
        return forms.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The word without an elided article, pronoun or preposition fused to it by an apostrophe ("l'étoile",
    /// "qu'il", "dell'acqua", "d'aigua"): what follows an apostrophe within the first seven characters.
    /// </summary>
    public static ReadOnlySpan<char> WithoutElision(ReadOnlySpan<char> word)
    {
        int apostrophe = word.IndexOfAny('\'', '’');
        return apostrophe > 0 && apostrophe <= 6 && apostrophe < word.Length - 1 ? word[(apostrophe + 1)..] : word;
    }

    /// <inheritdoc cref="WithoutElision(ReadOnlySpan{char})"/>
    public static string WithoutElision(string word)
    {
        var rest = WithoutElision(word.AsSpan());
        return rest.Length == word.Length ? word : rest.ToString();
    }

    /// <summary>
    /// The lower-case word without diacritics ("calicó" → "calico", "façade" → "facade", "œuvre" → "oeuvre", "col·legi" →
    /// "collegi"): a keyphrase word also matches text written without its accents, as the reference transliterates.
    /// </summary>
    public static string WithoutDiacritics(string word)
    {
        int first = 0;
        while (first < word.Length && Plain(word[first]) is null) first++;
        if (first == word.Length) return word;
        // A table rather than Unicode decomposition: it must work without culture data (invariant globalization).
        var sb = new System.Text.StringBuilder(word.Length + 2);
        sb.Append(word, 0, first);
        for (int i = first; i < word.Length; i++)
        {
            var plain = Plain(word[i]);
            if (plain is null) sb.Append(word[i]);
            else sb.Append(plain);
        }
        return sb.ToString();
    }

    // The letter without its diacritic (lower case), "" for the Catalan middle dot, null for any other character.
    private static string? Plain(char c) => char.ToLowerInvariant(c) switch
    {
        'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' or 'ā' or 'ă' or 'ą' => "a",
        'ç' or 'ć' or 'č' => "c",
        'ď' or 'đ' => "d",
        'è' or 'é' or 'ê' or 'ë' or 'ē' or 'ė' or 'ę' or 'ě' => "e",
        'ğ' => "g",
        'ì' or 'í' or 'î' or 'ï' or 'ī' or 'į' or 'ı' => "i",
        'ł' or 'ľ' => "l",
        'ñ' or 'ń' or 'ň' => "n",
        'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' or 'ō' or 'ő' => "o",
        'ř' => "r",
        'ś' or 'ş' or 'š' => "s",
        'ţ' or 'ť' => "t",
        'ù' or 'ú' or 'û' or 'ü' or 'ū' or 'ů' or 'ű' or 'ų' => "u",
        'ý' or 'ÿ' => "y",
        'ź' or 'ż' or 'ž' => "z",
        'œ' => "oe",
        'æ' => "ae",
        '·' => "",
        _ => null,
    };

    /// <summary>The word, and its form without diacritics when it has any.</summary>
    public static FrozenSet<string> WithUnaccented(string word)
    {
        var plain = WithoutDiacritics(word);
        return plain == word
            ? FrozenSet.Create(StringComparer.OrdinalIgnoreCase, word)
            : FrozenSet.Create(StringComparer.OrdinalIgnoreCase, word, plain);
    }

    /// <summary>True when the span has a vowel letter (accented or not).</summary>
    public static bool HasVowel(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if ("aeiouyàáâãäåèéêëìíîïòóôõöùúûüÿæœ".Contains(c)) return true;
        }
        return false;
    }

    /// <summary>True when the span has a vowel with an acute, grave or circumflex accent.</summary>
    public static bool HasAccentedVowel(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if ("áàâéèêíìîóòôúùû".Contains(c)) return true;
        }
        return false;
    }

    private static readonly string[] RegularParticipleEndings =
        ["ados", "adas", "idos", "idas", "ídos", "ídas", "ado", "ada", "ido", "ida", "ído", "ída"];

    /// <summary>
    /// True for a Spanish or Portuguese past participle: a listed irregular one, or a regular -ado, -ido (-ído after a
    /// vowel) with its feminine and plural forms after a stem of two letters or more that carries no accent ("rápido",
    /// "válido" are adjectives); <paramref name="exceptions"/> are never participles.
    /// </summary>
    public static bool IsIberianParticiple(string w, FrozenSet<string> irregular, FrozenSet<string> exceptions)
    {
        if (exceptions.Contains(w)) return false;
        if (irregular.Contains(w)) return true;
        foreach (var ending in RegularParticipleEndings)
        {
            if (!w.EndsWith(ending, StringComparison.Ordinal)) continue;
            var stem = w.AsSpan(0, w.Length - ending.Length);
            return stem.Length >= 2 && HasVowel(stem) && !HasAccentedVowel(stem);
        }
        return false;
    }

    /// <summary>
    /// Writes the letters of <paramref name="word"/>, lower case, into <paramref name="buffer"/> (other characters are
    /// left out, the rest cut at the buffer's length) and returns how many: what the syllable counters read.
    /// </summary>
    public static int LowerLetters(ReadOnlySpan<char> word, Span<char> buffer)
    {
        int n = 0;
        foreach (char ch in word)
        {
            if (n == buffer.Length) break;
            if (char.IsLetter(ch)) buffer[n++] = char.ToLowerInvariant(ch);
        }
        return n;
    }
}
