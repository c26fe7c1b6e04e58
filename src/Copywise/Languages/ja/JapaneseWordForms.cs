namespace Copywise.Languages;

/// <summary>
/// Japanese word forms by conjugation: a keyphrase word in its dictionary form matches the forms its stem takes before
/// the endings and auxiliaries the segmenter splits off (食べる: 食べ in 食べました; 書く: 書か, 書き, 書け, 書こ, 書い;
/// 高い: 高く, 高かっ, 高けれ, 高さ). Godan and ichidan verbs ending in る cannot be told apart by spelling, so both
/// paradigms apply. Rules from the standard descriptions of Japanese conjugation (godan, ichidan, i-adjectives).
/// </summary>
internal static class JapaneseWordForms
{
    // The kana that follow a godan verb's stem in its five bases and its euphonic (te/ta) form, by dictionary ending.
    private static readonly Dictionary<char, string[]> Godan = new()
    {
        ['う'] = ["わ", "い", "え", "お", "っ"],
        ['く'] = ["か", "き", "け", "こ", "い"],
        ['ぐ'] = ["が", "ぎ", "げ", "ご", "い"],
        ['す'] = ["さ", "し", "せ", "そ"],
        ['つ'] = ["た", "ち", "て", "と", "っ"],
        ['ぬ'] = ["な", "に", "ね", "の", "ん"],
        ['ぶ'] = ["ば", "び", "べ", "ぼ", "ん"],
        ['む'] = ["ま", "み", "め", "も", "ん"],
        ['る'] = ["ら", "り", "れ", "ろ", "っ"],
    };

    // After an ichidan verb's stem: nothing (食べ-ます), and the conditional, imperative, volitional, passive/potential
    // and causative stems.
    private static readonly string[] Ichidan = ["", "れ", "ろ", "よ", "られ", "させ"];

    // After an i-adjective's stem: the adverbial, past, conditional, noun, volitional and "looks" forms.
    private static readonly string[] Adjective = ["", "く", "かっ", "けれ", "さ", "かろ", "そう", "すぎ"];

    /// <summary>True when <paramref name="token"/> (lower case) is a form of the keyphrase word <paramref name="word"/>.</summary>
    public static bool IsWordForm(string word, ReadOnlySpan<char> token)
    {
        if (token.SequenceEqual(word)) return true;
        if (word.Length < 2 || token.Length == 0) return false;
        char last = word[^1];
        var stem = word.AsSpan(0, word.Length - 1);
        if (!IsStem(stem) || !token.StartsWith(stem)) return false;
        var rest = token[stem.Length..];
        if (Godan.TryGetValue(last, out var bases))
        {
            // The stem alone, when the segmenter split the ending off with the auxiliary (飲|み|ます).
            if (rest.Length == 0) return true;
            foreach (var b in bases) if (Follows(rest, b)) return true;
            // 行く is the one godan く verb whose euphonic form is っ (行った).
            if (last == 'く' && stem.EndsWith("行") && Follows(rest, "っ")) return true;
        }
        if (last == 'る')
        {
            foreach (var e in Ichidan) if (Follows(rest, e)) return true;
        }
        if (last == 'い')
        {
            foreach (var e in Adjective) if (Follows(rest, e)) return true;
        }
        return false;
    }

    // The ending, then at most a few kana of auxiliaries the segmenter left attached (高くない, 書かれる).
    private static bool Follows(ReadOnlySpan<char> rest, string ending)
    {
        if (!rest.StartsWith(ending)) return false;
        var after = rest[ending.Length..];
        if (after.Length > 6) return false;
        foreach (char c in after) if (c is < '\u3041' or > '\u3096') return false;
        return true;
    }

    // A stem must carry meaning: a kanji or katakana, or at least two kana; one kana would match half the text.
    private static bool IsStem(ReadOnlySpan<char> stem)
    {
        if (stem.Length == 0) return false;
        foreach (char c in stem) if (c is < '\u3041' or > '\u309F') return true;
        return stem.Length >= 2;
    }
}
