using System.Collections.Frozen;
using Copywise.Research;
using Copywise.Text;

namespace Copywise.Languages;

/// <summary>
/// The periphrastic passive of the Romance languages: a form of the passive auxiliary ("être", "ser", "essere",
/// "venire") and, later in the same clause, a past participle ("est construite", "fue escrito", "viene usato").
/// A clause ends at a comma, colon, semicolon, bracket or dash, at a word that starts a new clause (a conjunction,
/// a relative pronoun) and at the next auxiliary. The auxiliary does not count when it is a reflexive verb form
/// ("se sont", "s'est", "si è"), a noun ("l'été"), or a copula before a noun phrase ("est la", "es un"); the
/// participle does not count when a determiner or preposition stands right before it ("est un passé"), when another
/// verb stands between them ("est allé manger"), or when the language lists it as an adjective or as the perfect of
/// a verb conjugated with the auxiliary in the active voice ("il est arrivé", "è nato").
/// </summary>
public sealed class RomancePassiveVoice
{
    /// <summary>Forms of the passive auxiliary, lower case.</summary>
    public required FrozenSet<string> Auxiliaries { get; init; }
    /// <summary>Words that start a new clause: conjunctions, relative and interrogative words.</summary>
    public required FrozenSet<string> ClauseBreakers { get; init; }
    /// <summary>Words right after the auxiliary that make it a copula before a noun phrase (articles, determiners).</summary>
    public required FrozenSet<string> CopulaFollowers { get; init; }
    /// <summary>Words that cannot stand right before a participle (articles, determiners, prepositions); also, right before an auxiliary, they make it a noun.</summary>
    public required FrozenSet<string> NotBeforeParticiple { get; init; }
    /// <summary>Verbs that take over the clause when they stand between the auxiliary and a participle.</summary>
    public required FrozenSet<string> OtherVerbs { get; init; }
    /// <summary>Reflexive pronouns (one or two words: "se", "nous nous") that, right before the auxiliary, make a reflexive verb form.</summary>
    public required FrozenSet<string> ReflexivePronouns { get; init; }
    /// <summary>
    /// Elided words (with their apostrophe: "c'", "s'", "l'") that, fused to the auxiliary, make it no passive
    /// auxiliary, and whole words that look like an elided auxiliary but are not one ("d'été").
    /// </summary>
    public FrozenSet<string> NonAuxiliaryElisions { get; init; } = FrozenSet<string>.Empty;
    /// <summary>True when a lower-case word is a past participle that can be passive.</summary>
    public required Func<string, bool> IsParticiple { get; init; }

    [ThreadStatic] private static List<(int Start, int End)>? t_tokens;
    [ThreadStatic] private static char[]? t_lower;

    /// <summary>True when the sentence has a passive clause.</summary>
    public bool IsPassive(TextAnalysis text, in Sentence sentence)
    {
        var source = text.Document.Text;
        var tokens = t_tokens ??= new List<(int, int)>();
        tokens.Clear();
        MatchTokens.ForEach(source, sentence.Start, sentence.End, ref tokens, static (ref List<(int, int)> list, int s, int e) => list.Add((s, e)));
        if (tokens.Count == 0) return false;
        // One lower-cased copy of the sentence (case mapping keeps the length): tokens are slices of it, no strings.
        if (t_lower is null || t_lower.Length < sentence.Length) t_lower = new char[Math.Max(sentence.Length, 256)];
        var lower = t_lower.AsSpan(0, sentence.Length);
        MatchTokens.Normalize(source.Slice(sentence.Start, sentence.Length), lower);
        var state = new Lookups(this);
        bool open = false;
        Range previous = default, beforePrevious = default;
        for (int i = 0; i < tokens.Count; i++)
        {
            var (start, end) = tokens[i];
            if (i > 0 && BreaksClause(source, tokens[i - 1].End, start)) open = false;
            var range = (start - sentence.Start)..(end - sentence.Start);
            var word = lower[range];
            int apostrophe = word.IndexOf('\'');
            int elision = apostrophe > 0 && apostrophe < word.Length - 1 ? apostrophe + 1 : 0;
            var elided = word[..elision];
            var core = word[elision..];
            if (state.ClauseBreakers.Contains(word) || elision > 0 && state.ClauseBreakers.Contains(elided)) open = false;
            if (state.Auxiliaries.Contains(core) && IsAuxiliary(state, word, elided, lower[previous], lower[beforePrevious]))
            {
                // An auxiliary ends the clause before it; it opens a passive clause unless a noun phrase follows.
                open = i + 1 >= tokens.Count || !FollowedByNounPhrase(state, lower[((tokens[i + 1].Start - sentence.Start)..(tokens[i + 1].End - sentence.Start))]);
            }
            else if (open)
            {
                if (state.OtherVerbs.Contains(core)) open = false;
                else if (elision == 0 && !state.NotBeforeParticiple.Contains(lower[previous]) && IsParticiple(word.ToString())) return true;
            }
            beforePrevious = previous;
            previous = range;
        }
        return false;
    }

    private bool IsAuxiliary(in Lookups state, ReadOnlySpan<char> word, ReadOnlySpan<char> elided, ReadOnlySpan<char> previous, ReadOnlySpan<char> beforePrevious)
    {
        if (elided.Length > 0 && (state.NonAuxiliaryElisions.Contains(elided) || state.NonAuxiliaryElisions.Contains(word))) return false;
        if (state.ReflexivePronouns.Contains(previous)) return false;
        // Reflexive pronouns may be two words: "nous nous sommes".
        if (beforePrevious.Length > 0 && ReflexivePronouns.Contains(string.Concat(beforePrevious, " ", previous))) return false;
        // After an article or a preposition the word is a noun ("en été").
        return elided.Length > 0 || !state.NotBeforeParticiple.Contains(previous);
    }

    private static bool FollowedByNounPhrase(in Lookups state, ReadOnlySpan<char> next)
    {
        if (state.CopulaFollowers.Contains(next)) return true;
        int apostrophe = next.IndexOf('\'');
        return apostrophe > 0 && state.CopulaFollowers.Contains(next[..(apostrophe + 1)]);
    }

    // The word lists, looked up by span.
    private readonly ref struct Lookups(RomancePassiveVoice rules)
    {
        public readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries = rules.Auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>();
        public readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseBreakers = rules.ClauseBreakers.GetAlternateLookup<ReadOnlySpan<char>>();
        public readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CopulaFollowers = rules.CopulaFollowers.GetAlternateLookup<ReadOnlySpan<char>>();
        public readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotBeforeParticiple = rules.NotBeforeParticiple.GetAlternateLookup<ReadOnlySpan<char>>();
        public readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherVerbs = rules.OtherVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
        public readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReflexivePronouns = rules.ReflexivePronouns.GetAlternateLookup<ReadOnlySpan<char>>();
        public readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NonAuxiliaryElisions = rules.NonAuxiliaryElisions.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // Punctuation between two words that ends a clause; a hyphen inside a word ("est-elle") does not.
    private static bool BreaksClause(ReadOnlySpan<char> source, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (source[k] is ',' or ';' or ':' or '(' or ')' or '[' or ']' or '—' or '–' or '"' or '«' or '»' or '“' or '”') return true;
        }
        return false;
    }
}
