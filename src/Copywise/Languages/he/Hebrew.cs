using System.Collections.Frozen;
using Copywise.Research;
using Copywise.Text;

namespace Copywise.Languages;

/// <summary>
/// Hebrew: data files under <c>Languages/he</c>; keyphrase words match with the attached one-letter words
/// (<see cref="ProcliticForms"/>); the passive of the binyanim nif'al, pu'al and huf'al; word forms by prefix and
/// suffix rules of our own (<see cref="HebrewWordForms"/>); sentences are long above 15 words.
/// </summary>
public sealed class Hebrew : DataLanguage
{
    /// <summary>The one instance.</summary>
    public static readonly Hebrew Instance = new();

    /// <summary>
    /// The one-letter words written on the next word (ו "and", ה "the", ב "in", כ "as", ל "to", מ "from", ש "that")
    /// and their usual combinations. A keyphrase word that starts with one of the letters is also matched without it,
    /// as the reference does.
    /// </summary>
    public static readonly ProcliticForms Proclitics = new(
        ["ב", "ה", "ו", "כ", "ל", "מ", "ש", "וב", "וה", "ול", "ומ", "וכ", "וש", "שב", "שה", "של", "שמ", "כש", "מה", "ומה", "ושה", "וכש"],
        ["ב", "ה", "ו", "כ", "ל", "מ", "ש"]);

    private readonly Lazy<HebrewPassiveVoice> _passive = new(() => new HebrewPassiveVoice(LoadList("he", "passive-verbs.txt")));
    private readonly Lazy<string[][]> _transitions;

    private Hebrew() : base("he")
    {
        _transitions = new(() => ProcliticForms.WithPrefixes(base.TransitionWords, ["ו"]));
    }

    /// <inheritdoc/>
    public override string Code => "he";
    /// <inheritdoc/>
    public override string Name => "Hebrew";

    /// <summary>The listed transitions, and each single-word one also with ו attached ("לכן", "ולכן").</summary>
    public override IReadOnlyList<string[]> TransitionWords => _transitions.Value;

    /// <summary>Hebrew sentences are long above 15 words (the reference's limit for Hebrew).</summary>
    public override int LongSentenceWords => 15;

    /// <inheritdoc/>
    public override bool HasPassiveVoice => true;
    /// <inheritdoc/>
    public override bool IsPassive(TextAnalysis text, in Sentence sentence) => _passive.Value.IsPassive(text, sentence);

    /// <summary>The word with and without the attached one-letter words, with or without word forms (the reference's free behaviour too).</summary>
    public override FrozenSet<string> WordForms(string word, bool wordForms) => Proclitics.Forms(word);

    /// <inheritdoc/>
    public override bool MatchesByStem => true;
    /// <inheritdoc/>
    public override bool IsWordForm(string word, ReadOnlySpan<char> token) => HebrewWordForms.IsWordForm(word, token);
}

/// <summary>
/// The Hebrew passive: a word (possibly after an attached ו, ש, ה or כש) that is a form of a listed nif'al, pu'al or
/// huf'al verb. From the past third-person masculine singular the rule derives, for every binyan, the past persons
/// (-ה -ו -ת -תי -נו -תם -תן), the present (nif'al נכתב נכתבת נכתבים נכתבות; pu'al מפורסם ...; huf'al מוכרז ...) and the
/// future (nif'al ייכתב, pu'al יפורסם, huf'al יוכרז), plus the nif'al infinitive (להיכתב); verbs ending in ה follow their
/// own pattern (נבנה, נבנתה, נבנו, נבנית). Lines "not X" remove a derived form used mostly as an adjective.
/// </summary>
public sealed class HebrewPassiveVoice
{
    private static readonly string[] PastEndings = ["", "ה", "ו", "ת", "תי", "נו", "תם", "תן"];
    private static readonly string[] PresentEndings = ["", "ת", "ים", "ות"];
    private static readonly string[] AttachedWords = ["וכש", "וש", "וה", "שה", "כש", "ו", "ש", "ה"];
    private readonly FrozenSet<string> _forms;

    /// <summary>Creates the rule from lines "binyan form" and "not form".</summary>
    public HebrewPassiveVoice(IEnumerable<string> lines)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length != 2) continue;
            var (binyan, past) = (parts[0], parts[1]);
            switch (binyan)
            {
                case "nifal": Nifal(past, forms); break;
                case "pual": Pual(past, forms); break;
                case "hufal": Hufal(past, forms); break;
                case "not": excluded.Add(past); break;
            }
        }
        forms.ExceptWith(excluded);
        _forms = forms.ToFrozenSet(StringComparer.Ordinal);
    }

    private static void Nifal(string past, HashSet<string> forms)
    {
        if (past.Length < 3 || past[0] != 'נ') return;
        if (past[^1] == 'ה')
        {
            // נבנה: past נבנתה נבנו נבניתי, present נבנה נבנית נבנים נבנות, future ייבנה, infinitive להיבנות.
            var t = past[..^1];
            foreach (var e in new[] { "ה", "תה", "ו", "ית", "יתי", "ינו", "יתם", "ים", "ות" }) forms.Add(Join(t, e));
            var root = t[1..];
            forms.Add("יי" + root + "ה");
            forms.Add("תי" + root + "ה");
            forms.Add("להי" + root + "ות");
            return;
        }
        foreach (var e in PastEndings) forms.Add(Join(past, e));
        foreach (var e in PresentEndings) forms.Add(Join(past, e));
        // A strong root (נכתב): future ייכתב, תיכתב, איכתב, ניכתב, ייכתבו; infinitive להיכתב. Roots with ו after נ (נולד) differ.
        if (past.Length == 4 && past[1] != 'ו')
        {
            var root = past[1..];
            foreach (var p in new[] { "יי", "תי", "אי", "ני" }) forms.Add(p + root);
            forms.Add("יי" + Join(root, "ו"));
            forms.Add("תי" + Join(root, "ו"));
            forms.Add("להי" + root);
        }
    }

    private static void Pual(string past, HashSet<string> forms)
    {
        if (past.Length < 3) return;
        if (past[^1] == 'ה')
        {
            // כוסה: past כוסתה כוסו כוסיתי, present מכוסה מכוסית מכוסים מכוסות, future יכוסה.
            var t = past[..^1];
            foreach (var e in new[] { "ה", "תה", "ו", "יתי", "ינו", "יתם" }) forms.Add(t + e);
            foreach (var e in new[] { "ה", "ית", "ים", "ות" }) forms.Add("מ" + t + e);
            forms.Add("י" + past);
            forms.Add("ת" + past);
            return;
        }
        foreach (var e in PastEndings) forms.Add(Join(past, e));
        foreach (var e in PresentEndings) forms.Add("מ" + Join(past, e));
        foreach (var p in new[] { "י", "ת", "א", "נ" }) forms.Add(p + past);
        forms.Add("י" + Join(past, "ו"));
        forms.Add("ת" + Join(past, "ו"));
    }

    private static void Hufal(string past, HashSet<string> forms)
    {
        if (past.Length < 4 || !past.StartsWith("הו", StringComparison.Ordinal)) return;
        var stem = past[2..];
        if (past[^1] == 'ה')
        {
            // הוקצה: past הוקצתה הוקצו, present מוקצה מוקצית מוקצים מוקצות, future יוקצה.
            var t = past[..^1];
            foreach (var e in new[] { "ה", "תה", "ו", "יתי", "ינו" }) forms.Add(t + e);
            var s = stem[..^1];
            foreach (var e in new[] { "ה", "ית", "ים", "ות" }) forms.Add("מו" + s + e);
            forms.Add("יו" + stem);
            forms.Add("תו" + stem);
            return;
        }
        foreach (var e in PastEndings) forms.Add(Join(past, e));
        foreach (var p in new[] { "יו", "תו", "או", "נו" }) forms.Add(p + stem);
        forms.Add("יו" + Join(stem, "ו"));
        forms.Add("תו" + Join(stem, "ו"));
        // Two-letter stems (הוקם, הושג) give present forms that are common nouns (מוקם, מושג): left out.
        if (stem.Length >= 3)
        {
            foreach (var e in PresentEndings) forms.Add("מו" + Join(stem, e));
        }
    }

    /// <summary>A stem and an ending; a final letter (ך ם ן ף ץ) takes its ordinary form when an ending follows.</summary>
    private static string Join(string stem, string ending) =>
        ending.Length == 0 ? stem : string.Concat(stem.AsSpan(0, stem.Length - 1), HebrewWordForms.Ordinary(stem[^1]).ToString(), ending);

    /// <summary>True when the sentence has a passive verb.</summary>
    public bool IsPassive(TextAnalysis text, in Sentence sentence)
    {
        foreach (var word in text.WordsOf(sentence))
        {
            if (IsPassiveVerb(text.Text(word))) return true;
        }
        return false;
    }

    /// <summary>True when a word, or the word after an attached ו, ש, ה or כש, is a passive form.</summary>
    public bool IsPassiveVerb(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[Math.Min(word.Length, 64)];
        int n = HebrewWordForms.StripPoints(word, buffer);
        var w = buffer[..n];
        var lookup = _forms.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(w)) return true;
        foreach (var a in AttachedWords)
        {
            if (w.Length > a.Length + 2 && w.StartsWith(a, StringComparison.Ordinal) && lookup.Contains(w[a.Length..])) return true;
        }
        return false;
    }
}

/// <summary>
/// Hebrew word forms by rules of our own. Points (niqqud) and cantillation marks are ignored. A text word is a form of
/// a keyphrase word when, after taking off a chain of attached one-letter words (ו, then ש or כש, then ב כ ל מ, then
/// ה: "ובבית", "שהבית", "וכשהילד"), it is the keyphrase word itself, or both reduce to the same base: the plural
/// endings ים, ות and יים and the possessive endings (י ך ו ה נו כם כן ם ן יו יה יהם יהן ינו יך ייך יכם) come off, and a
/// final ת of a feminine or construct form is read as ה (מדינת, מדינתנו → מדינה). Final letters are compared in their
/// ordinary form (שולחן, שולחנות). Bases keep at least three letters.
/// </summary>
public static class HebrewWordForms
{
    private const int MinimumBase = 3;
    private static readonly string[] Endings =
    [
        "יהם", "יהן", "ייך", "יכם", "יכן", "ינו", "יים", "ים", "ות", "יו", "יה", "יך", "נו", "כם", "כן", "הם", "הן", "י", "ך", "ו", "ה", "ם", "ן",
    ];

    /// <summary>True when <paramref name="token"/> is a form of the keyphrase word <paramref name="word"/> (both lower case).</summary>
    public static bool IsWordForm(string word, ReadOnlySpan<char> token)
    {
        Span<char> wb = stackalloc char[Math.Min(word.Length, 64)];
        Span<char> tb = stackalloc char[Math.Min(token.Length, 64)];
        var w = wb[..StripPoints(word, wb)];
        var t = tb[..StripPoints(token, tb)];
        if (t.SequenceEqual(w)) return true;
        var wordBases = Bases(w);
        // Every way of reading the token's first letters as attached words.
        for (int cut = 0; cut <= 4 && t.Length - cut >= MinimumBase; cut++)
        {
            if (cut > 0 && !IsAttachedChain(t[..cut])) continue;
            var rest = t[cut..];
            if (rest.SequenceEqual(w)) return true;
            foreach (var b in Bases(rest))
            {
                if (wordBases.Contains(b)) return true;
            }
        }
        return false;
    }

    /// <summary>The bases of a word: itself without a final ה or ת, and without each ending that leaves three letters.</summary>
    public static HashSet<string> Bases(ReadOnlySpan<char> word)
    {
        var bases = new HashSet<string>(StringComparer.Ordinal);
        Add(bases, word);
        foreach (var e in Endings)
        {
            if (word.Length - e.Length >= MinimumBase && word.EndsWith(e, StringComparison.Ordinal))
            {
                var rest = word[..^e.Length];
                Add(bases, rest);
                // מדינתנו → מדינת → מדינה
                if (rest[^1] == 'ת') Add(bases, rest[..^1]);
            }
        }
        return bases;
    }

    private static void Add(HashSet<string> bases, ReadOnlySpan<char> w)
    {
        // The feminine ה and its construct ת both come off, so מדינה, מדינת and מדינות share the base מדינ.
        if (w.Length > MinimumBase && w[^1] is 'ה' or 'ת') bases.Add(Ordinary(w[..^1]));
        if (w.Length >= MinimumBase) bases.Add(Ordinary(w));
    }

    /// <summary>The word with its final letters in their ordinary form (שולחן and שולחנות share שולחנ).</summary>
    private static string Ordinary(ReadOnlySpan<char> w)
    {
        Span<char> buffer = stackalloc char[w.Length];
        for (int i = 0; i < w.Length; i++) buffer[i] = Ordinary(w[i]);
        return new string(buffer);
    }

    /// <summary>The ordinary form of a final letter (ך→כ, ם→מ, ן→נ, ף→פ, ץ→צ); other letters unchanged.</summary>
    public static char Ordinary(char c) => c switch
    {
        'ך' => 'כ',
        'ם' => 'מ',
        'ן' => 'נ',
        'ף' => 'פ',
        'ץ' => 'צ',
        _ => c,
    };

    /// <summary>True for a chain of attached one-letter words: ו? (ש|כש)? (ב|כ|ל|מ)? ה?, not empty.</summary>
    public static bool IsAttachedChain(ReadOnlySpan<char> s)
    {
        int i = 0;
        if (i < s.Length && s[i] == 'ו') i++;
        if (i + 1 < s.Length && s[i] == 'כ' && s[i + 1] == 'ש') i += 2;
        else if (i < s.Length && s[i] == 'ש') i++;
        if (i < s.Length && s[i] is 'ב' or 'כ' or 'ל' or 'מ') i++;
        if (i < s.Length && s[i] == 'ה') i++;
        return i == s.Length && i > 0;
    }

    /// <summary>Copies the word without Hebrew points and cantillation marks (U+0591–U+05C7 except the maqaf and punctuation).</summary>
    public static int StripPoints(ReadOnlySpan<char> word, Span<char> destination)
    {
        int n = 0;
        foreach (char c in word)
        {
            if (n == destination.Length) break;
            if (c is >= '\u0591' and <= '\u05C7' && c is not ('\u05BE' or '\u05C0' or '\u05C3' or '\u05C6')) continue;
            destination[n++] = c;
        }
        return n;
    }
}
