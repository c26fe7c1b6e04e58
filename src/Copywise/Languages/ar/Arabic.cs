using System.Collections.Frozen;
using Copywise.Text;
using Lucene.Net.Analysis.Ar;

namespace Copywise.Languages;

/// <summary>
/// Arabic: data files under <c>Languages/ar</c>; keyphrase words match with the attached conjunctions, prepositions
/// and article (<see cref="ProcliticForms"/>); the morphological passive; word forms by Lucene.Net's Arabic
/// normaliser and light stemmer.
/// </summary>
public sealed class Arabic : DataLanguage
{
    /// <summary>The one instance.</summary>
    public static readonly Arabic Instance = new();

    private static readonly string[] ArticlePrefixes = ["ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وبال", "فبال", "وكال", "فكال"];

    /// <summary>
    /// The letters and letter groups written attached to the next word: the conjunctions و and ف, the prepositions
    /// ب, ل and ك, the future particle س, the article ال, and their combinations. Only the groups that end in the
    /// article are taken off a keyphrase word: a single letter may be the word's own first letter (كتاب, وزير).
    /// </summary>
    public static readonly ProcliticForms Proclitics = new(
        ["و", "ف", "ب", "ل", "ك", "س", .. ArticlePrefixes, "وب", "ول", "وك", "وس", "فب", "فل", "فك", "فس"],
        ArticlePrefixes);

    // Prepositions and conjunctions that the light stemmer leaves on a text word ("بمدرستنا", "لكتابها").
    private static readonly ProcliticForms TokenProclitics = new(["و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"]);

    private static readonly LightStemming Stemming = new(() =>
    {
        var normalizer = new ArabicNormalizer();
        var stemmer = new ArabicStemmer();
        return (buffer, length) => stemmer.Stem(buffer, normalizer.Normalize(buffer, length));
    });

    // Prefixes only: the stemmer takes "ات" off "نبات" as if it were a plural ending, so the word with only its
    // prefixes removed is a second reading.
    private static readonly LightStemming PrefixStemming = new(() =>
    {
        var normalizer = new ArabicNormalizer();
        var stemmer = new ArabicStemmer();
        return (buffer, length) => stemmer.StemPrefix(buffer, normalizer.Normalize(buffer, length));
    });

    private const int MinimumStem = 3;
    private static readonly string[] PronounSuffixes = ["هما", "هم", "هن", "ها", "كما", "كم", "كن", "نا", "ه", "ك", "ي"];

    private readonly Lazy<ArabicPassiveVoice> _passive = new(() => new ArabicPassiveVoice(LoadList("ar", "passive-verbs.txt")));
    private readonly Lazy<string[][]> _transitions;

    private Arabic() : base("ar")
    {
        _transitions = new(() => ProcliticForms.WithPrefixes(base.TransitionWords, ["و", "ف"]));
    }

    /// <inheritdoc/>
    public override string Code => "ar";
    /// <inheritdoc/>
    public override string Name => "Arabic";

    /// <summary>The listed transitions, and each single-word one also with و or ف attached ("لكن", "ولكن").</summary>
    public override IReadOnlyList<string[]> TransitionWords => _transitions.Value;

    /// <inheritdoc/>
    public override bool HasPassiveVoice => true;
    /// <inheritdoc/>
    public override bool IsPassive(TextAnalysis text, in Sentence sentence) => _passive.Value.IsPassive(text, sentence);

    /// <summary>The word with and without the attached prefixes, with or without word forms (the reference's free behaviour too).</summary>
    public override FrozenSet<string> WordForms(string word, bool wordForms) => Proclitics.Forms(word);

    /// <inheritdoc/>
    public override bool MatchesByStem => true;

    /// <summary>
    /// True when the token and the word share a stem after normalisation (hamza forms of alef, teh marbuta, short
    /// vowels, tatweel). Each has up to three readings: its light stem (the article and suffixes removed), the word
    /// with its prefixes removed only, and, when a pronoun suffix follows a ت, the light stem of the word with that ت
    /// read as the teh marbuta it stands for ("مدرستها" → "مدرسة"). The token is also read without an attached
    /// preposition or conjunction that the light stemmer keeps ("بمدرستنا", "لكتابها") and without the alef of the
    /// accusative ending ("كتابًا").
    /// </summary>
    public override bool IsWordForm(string word, ReadOnlySpan<char> token)
    {
        if (token.SequenceEqual(word)) return true;
        var a = new string?[3];
        var b = new string?[9];
        Readings(word, a);
        Readings(token, b.AsSpan(0, 3));
        var prefix = TokenProclitics.PrefixOf(token);
        if (prefix.Length > 0) Readings(token[prefix.Length..], b.AsSpan(3, 3));
        // The alef of the accusative ending (كتابًا, كتابا).
        var accusative = token.TrimEnd('\u064B');
        if (accusative.Length > MinimumStem && accusative[^1] == 'ا') Readings(accusative[..^1], b.AsSpan(6, 3));
        foreach (var x in a)
        {
            if (x is not { Length: >= MinimumStem }) continue;
            foreach (var y in b)
            {
                if (x == y) return true;
            }
        }
        return false;
    }

    private static void Readings(ReadOnlySpan<char> word, Span<string?> readings)
    {
        readings[0] = Stemming.Stem(word);
        readings[1] = PrefixStemming.Stem(word);
        readings[2] = TehMarbuta(word) is { } w ? Stemming.Stem(w) : null;
    }

    /// <summary>The word with a ت before a pronoun suffix read as teh marbuta, the suffix removed; null when it has none.</summary>
    public static string? TehMarbuta(ReadOnlySpan<char> word)
    {
        foreach (var suffix in PronounSuffixes)
        {
            int t = word.Length - suffix.Length - 1;
            if (t >= MinimumStem && word.EndsWith(suffix, StringComparison.Ordinal) && word[t] == 'ت') return string.Concat(word[..t], "ة");
        }
        return null;
    }

    /// <summary>The normalised light stem of a word.</summary>
    public static string Stem(string word) => Stemming.Stem(word);
}

/// <summary>
/// The Arabic passive: a word whose first letter carries a damma (كُتب, يُكتب), or a listed passive form whose spelling
/// shows the passive without vowel marks (نوقش, قيل, يسمى). A word may have the conjunction و or ف attached.
/// </summary>
public sealed class ArabicPassiveVoice
{
    private const char Damma = '\u064F';
    private static readonly string[] PerfectEndings = ["", "ت", "تا", "ا", "وا", "ن", "نا", "تم", "تما", "تن"];
    private readonly FrozenSet<string> _forms;

    /// <summary>Creates the rule from the list; entries ending in + stand for the perfect stem with its person endings.</summary>
    public ArabicPassiveVoice(IEnumerable<string> entries)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            if (e.EndsWith('+'))
            {
                var stem = e[..^1];
                foreach (var ending in PerfectEndings) forms.Add(stem + ending);
            }
            else
            {
                forms.Add(e);
            }
        }
        _forms = forms.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>True when the sentence has a passive verb.</summary>
    public bool IsPassive(TextAnalysis text, in Sentence sentence)
    {
        foreach (var word in text.WordsOf(sentence))
        {
            if (IsPassiveVerb(text.Text(word))) return true;
        }
        return false;
    }

    /// <summary>True when a word, or the word after an attached و or ف, is a passive form.</summary>
    public bool IsPassiveVerb(ReadOnlySpan<char> word)
    {
        if (IsPassiveForm(word)) return true;
        return word.Length > 2 && word[0] is 'و' or 'ف' && IsPassiveForm(word[1..]);
    }

    private bool IsPassiveForm(ReadOnlySpan<char> w) =>
        w.Length >= 2 && w[1] == Damma || _forms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w);
}
