using System.Collections.Frozen;
using Copywise.Research;
using Copywise.Text;
using Lucene.Net.Analysis.Fa;

namespace Copywise.Languages;

/// <summary>
/// Persian (Farsi): data files under <c>Languages/fa</c>; keyphrase words match with their attached pronoun and
/// indefinite endings (<see cref="PersianClitics"/>); the passive with شدن; word forms by Lucene.Net's Persian
/// normaliser and stemmer plus the endings; sentences are long above 25 words.
/// </summary>
public sealed class Persian : DataLanguage
{
    /// <summary>The one instance.</summary>
    public static readonly Persian Instance = new();

    private const int MinimumStem = 3;

    private static readonly LightStemming Stemming = new(() =>
    {
        var normalizer = new PersianNormalizer();
        var stemmer = new PersianStemmer();
        return (buffer, length) => stemmer.Stem(buffer, normalizer.Normalize(buffer, length));
    });

    private readonly Lazy<PersianPassiveVoice> _passive = new(() => new PersianPassiveVoice(LoadList("fa", "past-stems.txt"), LoadList("fa", "passive-nouns.txt")));

    private Persian() : base("fa") { }

    /// <inheritdoc/>
    public override string Code => "fa";
    /// <inheritdoc/>
    public override string Name => "Persian";

    /// <summary>Persian sentences are long above 25 words (the reference's limit for Farsi).</summary>
    public override int LongSentenceWords => 25;

    /// <inheritdoc/>
    public override bool HasPassiveVoice => true;
    /// <inheritdoc/>
    public override bool IsPassive(TextAnalysis text, in Sentence sentence) => _passive.Value.IsPassive(text, sentence);

    /// <summary>The word with and without its attached endings, with or without word forms (the reference's free behaviour too).</summary>
    public override FrozenSet<string> WordForms(string word, bool wordForms) => PersianClitics.Forms(word);

    /// <inheritdoc/>
    public override bool MatchesByStem => true;

    /// <summary>
    /// True when the token and the word share a stem: each is read as it is and without an attached ending
    /// (<see cref="PersianClitics.Detach"/>), and each reading is normalised (Arabic and Persian forms of ی and ک, heh
    /// with hamza) and stemmed by Lucene.Net's Persian stemmer (plurals ها ان ات, comparatives تر ترین).
    /// </summary>
    public override bool IsWordForm(string word, ReadOnlySpan<char> token)
    {
        if (token.SequenceEqual(word)) return true;
        var a1 = Stemming.Stem(word);
        var a2 = PersianClitics.Detach(word) is var dw && dw != word ? Stemming.Stem(dw) : null;
        var t = token.ToString();
        var b1 = Stemming.Stem(t);
        var b2 = PersianClitics.Detach(t) is var dt && dt != t ? Stemming.Stem(dt) : null;
        return Same(a1, b1) || Same(a1, b2) || Same(a2, b1) || Same(a2, b2);
    }

    private static bool Same(string? a, string? b) => a is { Length: >= MinimumStem } && a == b;

    /// <summary>The normalised stem of a word.</summary>
    public static string Stem(string word) => Stemming.Stem(word);
}

/// <summary>
/// Persian endings written on a noun: the pronoun endings (م ت ش مان تان شان, "my, your, his ..."), the indefinite
/// and ezafe ی, their forms after a vowel (یم یت یش یی ...) and after a silent ه (with a zero-width non-joiner: ‌ام
/// ‌اش ‌ای ...). A keyphrase word matches itself with any ending that suits how it ends, and when it carries an
/// ending, its base with any ending: "خرسش" finds "خرس" and "خرسی".
/// </summary>
public static class PersianClitics
{
    private const char Zwnj = '\u200C';
    private const int MinimumBase = 3;
    private static readonly string[] Consonantal = ["مان", "تان", "شان", "م", "ت", "ش", "ی"];
    private static readonly string[] AfterVowel = ["یمان", "یتان", "یشان", "یم", "یت", "یش", "یی", "ی"];
    private static readonly string[] AfterSilentHeh = ["\u200Cمان", "\u200Cتان", "\u200Cشان", "\u200Cام", "\u200Cات", "\u200Cاش", "\u200Cای", "\u200Cیی", "\u200Cی"];
    private static readonly string[] AfterPlural = ["یمان", "یتان", "یشان", "یم", "یت", "یش", "یی", "ی"];
    private static readonly string[] AfterYeh = ["\u200Cای", "\u200Cام", "\u200Cات", "\u200Cاش"];

    /// <summary>The word, the word with every ending that suits it, and, when it has an ending, its base with every ending.</summary>
    public static FrozenSet<string> Forms(string word)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal) { word };
        Attach(word, forms);
        var b = Detach(word);
        if (b != word)
        {
            forms.Add(b);
            Attach(b, forms);
        }
        return forms.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    private static void Attach(string w, HashSet<string> forms)
    {
        foreach (var e in EndingsFor(w)) forms.Add(w + e);
        if (w.EndsWith('ی')) foreach (var e in AfterYeh) forms.Add(w + e);
    }

    private static string[] EndingsFor(string w)
    {
        if (w.EndsWith("ها", StringComparison.Ordinal)) return AfterPlural;
        if (IsSilentHeh(w)) return AfterSilentHeh;
        if (w.EndsWith('ا') || w.EndsWith('و')) return AfterVowel;
        return Consonantal;
    }

    // A final ه after a letter other than و, ا and ی is the silent "e" (خانه), which takes endings after a non-joiner.
    private static bool IsSilentHeh(string w) => w.Length >= 2 && w[^1] == 'ه' && w[^2] is not ('و' or 'ا' or 'ی');

    /// <summary>The word without one attached ending (the longest that leaves a base of three letters that could take it), or the word itself.</summary>
    public static string Detach(string w)
    {
        // Endings after a non-joiner: خانه‌اش, صندلی‌ای.
        int zwnj = w.LastIndexOf(Zwnj);
        if (zwnj >= MinimumBase)
        {
            var tail = w[zwnj..];
            var head = w[..zwnj];
            if ((IsSilentHeh(head) && AfterSilentHeh.Contains(tail)) || (head.EndsWith('ی') && AfterYeh.Contains(tail))) return head;
        }
        foreach (var e in AfterPlural)
        {
            if (w.EndsWith("ها" + e, StringComparison.Ordinal) && w.Length - e.Length >= MinimumBase) return w[..^e.Length];
        }
        foreach (var e in AfterVowel)
        {
            if (w.Length - e.Length >= MinimumBase && w.EndsWith(e, StringComparison.Ordinal) && w[^(e.Length + 1)] is 'ا' or 'و') return w[..^e.Length];
        }
        foreach (var e in Consonantal)
        {
            if (w.Length - e.Length >= MinimumBase && w.EndsWith(e, StringComparison.Ordinal)) return w[..^e.Length];
        }
        return w;
    }
}

/// <summary>
/// The Persian passive: a form of the passive auxiliary شدن or گردیدن (شد، شده، می‌شود، شوند، نشد، خواهد شد ...) right after a
/// past participle (past stem + ه: "ساخته شد", "گفته می‌شود") or after a noun of action that makes a transitive compound
/// verb ("منتشر شد", "اعلام شده"). Words are split at the zero-width non-joiner, and the aspect prefixes می and نمی and a
/// future خواهد between the two are passed over.
/// </summary>
public sealed class PersianPassiveVoice
{
    private static readonly string[] AuxiliaryForms =
    [
        "شد", "شدم", "شدی", "شدیم", "شدید", "شدند", "شده", "شدن", "شود", "شوم", "شوی", "شویم", "شوید", "شوند",
        "گردید", "گردیدند", "گردیده", "گردد", "گردند",
    ];

    private readonly FrozenSet<string> _participles;
    private readonly FrozenSet<string> _nouns;
    private readonly FrozenSet<string> _auxiliary;

    /// <summary>Creates the rule from past stems and nouns of action.</summary>
    public PersianPassiveVoice(IEnumerable<string> pastStems, IEnumerable<string> nouns)
    {
        _participles = pastStems.Select(s => s + "ه").ToFrozenSet(StringComparer.Ordinal);
        _nouns = nouns.ToFrozenSet(StringComparer.Ordinal);
        var aux = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in AuxiliaryForms)
        {
            // Negative, subjunctive and continuous forms written in one word: نشد، بشود، میشود، نمیشود.
            foreach (var p in new[] { "", "ن", "ب", "می", "نمی" }) aux.Add(p + f);
        }
        _auxiliary = aux.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>True when the sentence has a passive construction.</summary>
    public bool IsPassive(TextAnalysis text, in Sentence sentence)
    {
        // One list per thread, emptied for each sentence: the parts are shared strings.
        var parts = t_parts ??= [];
        parts.Clear();
        foreach (var word in text.WordsOf(sentence))
        {
            // Split at non-joiners, each part a shared string: no array and no new string for a word seen before.
            var normalized = WordStrings.Normalized(text.Text(word)).AsSpan();
            foreach (var range in normalized.Split('\u200C'))
            {
                var part = normalized[range];
                // The continuous prefix written apart (می شود, می‌شود) belongs to the next word.
                if (part.IsEmpty || part is "می" or "نمی") continue;
                parts.Add(WordStrings.Get(part));
            }
        }
        return IsPassive(parts);
    }

    [ThreadStatic] private static List<string>? t_parts;

    /// <summary>True when the words (split at non-joiners) have a participle or noun of action followed by the auxiliary.</summary>
    public bool IsPassive(IReadOnlyList<string> parts)
    {
        for (int i = 1; i < parts.Count; i++)
        {
            if (!_auxiliary.Contains(parts[i])) continue;
            int before = i - 1;
            // Future: ساخته خواهد شد.
            if (before > 0 && parts[before].StartsWith("خواه", StringComparison.Ordinal)) before--;
            if (_participles.Contains(parts[before]) || _nouns.Contains(parts[before])) return true;
        }
        return false;
    }
}
