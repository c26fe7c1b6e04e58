using System.Collections.Frozen;
using Copywise.Research;
using Copywise.Text;

namespace Copywise.Languages;

/// <summary>
/// English passive voice: a form of "be" or "get", then up to three adverbs or "not", then a past participle
/// (a word ending in -ed, or a listed irregular participle), excluding adjective-like participles ("is tired").
/// </summary>
public sealed class EnglishPassiveVoice(FrozenSet<string> irregularParticiples, FrozenSet<string> exceptions)
{
    private static readonly FrozenSet<string> Auxiliaries = new[]
    {
        "am", "is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "gotten", "getting",
        "isn't", "aren't", "wasn't", "weren't", "'s", "'re", "'m",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the sentence has a passive construction.</summary>
    public bool IsPassive(TextAnalysis text, in Sentence sentence)
    {
        var words = text.WordsOf(sentence);
        Span<char> buffer = stackalloc char[64];
        int afterAuxiliary = -1;
        for (int i = 0; i < words.Length; i++)
        {
            var raw = text.Text(words[i]);
            if (raw.Length > buffer.Length) { afterAuxiliary = -1; continue; }
            int n = MatchTokens.Normalize(raw, buffer);
            var w = buffer[..n];
            if (IsAuxiliary(w)) { afterAuxiliary = 0; continue; }
            if (afterAuxiliary < 0) continue;
            if (IsParticiple(w)) return true;
            // Adverbs ("was quickly sold") and negation may stand between auxiliary and participle.
            if ((w.EndsWith("ly") || w.SequenceEqual("not") || w.SequenceEqual("never") || w.SequenceEqual("also") || w.SequenceEqual("already")) && afterAuxiliary < 3)
            {
                afterAuxiliary++;
                continue;
            }
            afterAuxiliary = -1;
        }
        return false;
    }

    private static bool IsAuxiliary(ReadOnlySpan<char> w)
    {
        if (Auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w)) return true;
        // Contractions: "it's", "they're" — "'s" is also possessive, so only pronoun contractions count.
        int apostrophe = w.IndexOf('\'');
        if (apostrophe > 0)
        {
            var head = w[..apostrophe];
            var tail = w[(apostrophe + 1)..];
            return tail is "re" or "m" || (tail is "s" && head is "it" or "he" or "she" or "that" or "there" or "what" or "who");
        }
        return false;
    }

    private bool IsParticiple(ReadOnlySpan<char> w)
    {
        if (exceptions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w)) return false;
        if (irregularParticiples.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w)) return true;
        return w.Length > 4 && w.EndsWith("ed");
    }
}
