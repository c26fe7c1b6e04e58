using System.Collections.Frozen;
using System.Globalization;

namespace Copywise.Languages;

/// <summary>
/// Counts English syllables from spelling. A word has one syllable per group of vowels (y is a vowel after a
/// consonant), corrected by the rules of English spelling: a final e is silent ("make") except in -le and -re after a
/// consonant ("table", "centre"); -es and -ed are silent except after sibilants and t/d ("makes", "wishes", "wanted");
/// some vowel pairs are two syllables ("radio", "idea", "quiet", "going") and some i+vowel pairs are one after
/// c, t, s, g ("nation", "special", "Russia"); compounds whose first part ends in a silent e are counted part by part
/// ("homework", "lovely", "someone"); contractions add a syllable where they are spoken as one ("didn't",
/// "could've"). Words that no rule gets right are listed in <c>Languages/en/syllable-exceptions.txt</c>.
/// Letters without a vowel are spelled out when written in capitals ("TV", "HTML") and have no syllable otherwise.
/// </summary>
public static class EnglishSyllables
{
    private const int MaxLength = 64;

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Exceptions = English.SyllableExceptions()
        .Select(line => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        .Where(p => p.Length == 2)
        .ToFrozenDictionary(p => p[0].ToLowerInvariant(), p => int.Parse(p[1], CultureInfo.InvariantCulture), StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Second parts of compounds and suffixes spoken as their own syllables. A word ending in one of them is counted
    // part by part when its first part ends in a silent e ("home|work", "love|ly") or when the two parts would
    // otherwise merge their vowels ("any|one"). Longer parts first: "stone" before "one".
    private static readonly string[] SecondParts =
    [
        "keepers", "keeper", "burgers", "burger", "writers", "writer", "makers", "maker", "owners", "owner", "things",
        "thing", "stones", "stone", "styles", "style", "houses", "house", "places", "place", "tables", "table", "boards",
        "board", "guards", "guard", "coming", "where", "times", "time", "lines", "line", "books", "book", "works",
        "work", "sides", "side", "pages", "page", "fully", "ments", "ment", "towns", "town", "lands", "land", "yards",
        "yard", "walks", "walk", "ships", "ship", "wives", "wife", "backs", "back", "teens", "teen", "rooms", "room",
        "sales", "sale", "casts", "cast", "cakes", "cake", "craft", "stock", "ness", "less", "some", "body", "ones",
        "one", "days", "day", "ball", "fire", "made", "wide", "fore", "what", "hold", "ways", "way", "well", "lets",
        "let", "man", "men", "wise", "most", "kick", "foot", "over", "outs", "out", "box", "ful", "how", "ly", "ty",
    ];

    // First parts of compounds that end in a silent e: "eye|brows", "home|town", "life|guard".
    private static readonly string[] FirstParts =
    [
        "cheese", "house", "space", "grave", "score", "skate", "whole", "state", "place", "home", "fire", "life", "base",
        "side", "care", "time", "note", "safe", "wire", "game", "rose", "name", "eye", "ice",
    ];

    // The parts above filed by their last two letters (second parts) and first two letters (first parts), in their
    // order: a word is compared only with the few parts it can end or start with, not with all 150 of them.
    private static readonly string[][] SecondPartsByEnd = FileByPair(SecondParts, p => (p[^2], p[^1]));
    private static readonly string[][] FirstPartsByStart = FileByPair(FirstParts, p => (p[0], p[1]));

    private static string[][] FileByPair(string[] parts, Func<string, (char, char)> pair)
    {
        var buckets = new string[26 * 26][];
        for (int b = 0; b < buckets.Length; b++) buckets[b] = [];
        foreach (var part in parts)
        {
            var (a, z) = pair(part);
            int b = PairIndex(a, z);
            buckets[b] = [.. buckets[b], part];
        }
        return buckets;
    }

    private static int PairIndex(char a, char b) => (a - 'a') * 26 + (b - 'a');

    /// <summary>Counts the syllables of one word as written (letters count; digits and symbols do not).</summary>
    public static int Count(ReadOnlySpan<char> word)
    {
        // Parts joined by hyphens or slashes are spoken one after another: "day-to-day", "and/or".
        int total = 0, start = 0;
        for (int i = 0; i <= word.Length; i++)
        {
            if (i < word.Length && word[i] is not ('-' or '/' or '‐' or '‑' or '–' or '—')) continue;
            if (i > start) total += CountPart(word[start..i]);
            start = i + 1;
        }
        return total;
    }

    private static int CountPart(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        int n = 0, apostrophe = -1;
        bool capitals = true;
        foreach (char ch in word)
        {
            // ASCII letters, nearly every character of English text, without the general case mapping.
            if ((uint)((ch | 0x20) - 'a') <= 'z' - 'a')
            {
                if (ch >= 'a') capitals = false;
                if (n == MaxLength) break;
                buffer[n++] = (char)(ch | 0x20);
                continue;
            }
            if (ch is '\'' or '’' or '‘')
            {
                if (apostrophe < 0 && n > 0) apostrophe = n;
                continue;
            }
            char c = Fold(char.ToLowerInvariant(ch));
            if (c is < 'a' or > 'z') continue;
            if (char.IsLower(ch)) capitals = false;
            if (n == MaxLength) break;
            buffer[n++] = c;
        }
        if (n == 0) return 0;
        var w = buffer[..n];
        if (apostrophe > 0 && apostrophe < n)
        {
            var head = w[..apostrophe];
            var tail = w[apostrophe..];
            if (Contraction(head, tail) is { } extra) return CountWord(tail is "t" ? head[..^1] : head, capitals) + extra;
        }
        return CountWord(w, capitals);
    }

    // The syllables a contraction adds to the word before it, or null when the tail is not a contraction.
    private static int? Contraction(ReadOnlySpan<char> head, ReadOnlySpan<char> tail)
    {
        if (head.Length == 0) return null;
        char last = head[^1];
        switch (tail)
        {
            case "t" when last == 'n' && head.Length >= 2:
                // "didn't", "isn't", "haven't" are two syllables; "don't", "can't", "won't" one.
                char before = head[^2];
                bool silentE = before == 'e' && head.Length >= 3 && !IsVowelLetter(head[^3]);
                return !IsVowelLetter(before) && before != 'y' || silentE ? 1 : 0;
            case "ve" or "ll":
                return IsVowelLetter(last) || last is 'y' or 'e' ? 0 : 1; // "could've", "it'll"; "I've", "you'll"
            case "d":
                return last is 't' or 'd' ? 1 : 0; // "it'd"; "I'd", "you'd"
            case "re" or "m":
                return 0;
            case "s":
                // "George's", "boss's", "Alex's" add a syllable; "Joost's" does not.
                return last is 's' or 'x' or 'z' || head.EndsWith("ch") || head.EndsWith("sh")
                    || head.Length >= 2 && last == 'e' && head[^2] is 'c' or 'g' or 's' or 'z' ? 1 : 0;
            default:
                return null;
        }
    }

    private static int CountWord(ReadOnlySpan<char> w, bool capitals)
    {
        if (w.Length == 0) return 0;
        if (Exceptions.TryGetValue(w, out int listed)) return listed;
        if (!HasVowel(w)) return capitals ? SpelledOut(w) : 0;
        if (w.Length < 2) return CountByRules(w);
        foreach (var head in FirstPartsByStart[PairIndex(w[0], w[1])])
        {
            if (w.Length < head.Length + 3 || !w.StartsWith(head)) continue;
            var rest = w[head.Length..];
            if (!IsVowelLetter(rest[0]) && rest[0] != 'y' && HasVowel(rest)) return CountWord(w[..head.Length], false) + CountWord(rest, false);
        }
        foreach (var part in SecondPartsByEnd[PairIndex(w[^2], w[^1])])
        {
            if (w.Length <= part.Length + 2 || !w.EndsWith(part)) continue;
            var first = w[..^part.Length];
            bool silentE = first[^1] == 'e' && !IsVowelLetter(first[^2]) && first[^2] != 'y';
            bool merging = IsVowel(first, first.Length - 1) && IsVowelLetter(part[0]);
            if ((silentE || merging) && HasVowel(first[..^1])) return CountWord(first, false) + CountWord(part, false);
        }
        return CountByRules(w);
    }

    private static int CountByRules(ReadOnlySpan<char> w)
    {
        int n = w.Length;
        int count = 0;
        bool previous = false;
        for (int i = 0; i < n; i++)
        {
            bool vowel = IsVowel(w, i);
            if (vowel && !previous) count++;
            else if (vowel && Splits(w, i)) count++;
            previous = vowel;
        }

        // Endings: a silent final e, a silent -es or -ed.
        if (count > 1)
        {
            if (w[^1] == 'e' && n >= 3 && SilentEnding(w, n - 1)) count--;
            else if (n > 3 && (w.EndsWith("es") || w.EndsWith("ed")) && SilentEnding(w, n - 2)) count--;
        }
        // "league", "tongue", "unique": the u and e after g or q are not spoken.
        if (count > 1 && SilentUe(w)) count--;
        // "tourism", "sarcasm", "rhythm": the final m is a syllable of its own.
        var stem = w.EndsWith("s") && n > 3 ? w[..^1] : w;
        if (stem.EndsWith("sm") || stem.EndsWith("thm")) count++;
        return Math.Max(1, count);
    }

    // Whether the e at position e (final, or before a final s or d) is silent.
    private static bool SilentEnding(ReadOnlySpan<char> w, int e)
    {
        bool final = e == w.Length - 1;
        char before = w[e - 1];
        if (IsVowel(w, e - 1)) return false; // "free", "tie", "agreed", "values": part of a vowel group
        if (e < 2) return false;
        bool consonantBefore = !IsVowel(w, e - 2);
        // -le and -re after a consonant are syllables: "table", "tables", "settled", "centre", "hundred"; not after l, r
        // or w: "called", "curled", "crawled".
        if (before == 'l' && consonantBefore && w[e - 2] is not ('l' or 'r' or 'w')) return false;
        if (before == 'r' && consonantBefore && w[e - 2] != 'r') return false;
        // -ire is two syllables: "fire", "tired", "require".
        if (before == 'r' && w[e - 2] == 'i' && e >= 3 && (!IsVowel(w, e - 3) || e >= 4 && w[e - 3] == 'u' && w[e - 4] == 'q')) return false;
        if (final) return true;
        if (w[^1] == 's')
        {
            // -es after a sibilant is a syllable: "places", "pages", "boxes", "wishes".
            if (before is 's' or 'x' or 'z' or 'c' or 'g') return false;
            if (before == 'h' && w[e - 2] is 'c' or 's') return false;
            return true;
        }
        return before is not ('t' or 'd'); // -ed after t or d is a syllable: "wanted", "needed"
    }

    private static bool SilentUe(ReadOnlySpan<char> w)
    {
        var s = w.EndsWith("ues") || w.EndsWith("ued") ? w[..^1] : w;
        if (s.Length < 4 || !s.EndsWith("ue")) return false;
        char c = s[^3];
        if (c == 'q') return true;
        return c == 'g' && (IsVowelLetter(s[^4]) || s[^4] == 'n');
    }

    // Whether the vowel at i starts a new syllable although the letter before it is a vowel too.
    private static bool Splits(ReadOnlySpan<char> w, int i)
    {
        int n = w.Length;
        char a = w[i - 1], b = w[i];
        char p = i >= 2 ? w[i - 2] : '\0';
        char next = i + 1 < n ? w[i + 1] : '\0';
        var rest = w[(i + 1)..];
        // -ing after a vowel: "going", "being", "seeing", "lying".
        if (b == 'i' && (rest is "ng" or "ngs")) return true;
        switch (a, b)
        {
            case ('i', 'a'):
                if (p is 'c' or 't') return next == 't' && !rest.StartsWith("tiv"); // "initiate", "appreciate"; but "special", "initiative"
                if (p == 's') return rest.StartsWith("s"); // "enthusiasm"; but "Asia", "Russian"
                if (p == 'g') return i == 2; // "giant"; but "Georgia", "Belgian"
                if (p == 'l' && i >= 3 && w[i - 3] == 'l') return false; // "brilliant", "William"
                if (p == 'r' && rest is "ge" or "ges") return false; // "marriage", "carriage"
                return true; // "media", "trial", "radiation"
            case ('i', 'o'):
                if (p is 'c' or 't' or 's' or 'g' or 'x' or 'h') return next is not ('n' or 'u'); // "nation", "gracious", "fashion"; "patio"
                if (p == 'n' && next is 'n' or 'r') return false; // "union", "opinion", "junior"
                if (p == 'l' && i >= 3 && w[i - 3] == 'l') return false; // "million", "rebellion"
                if (p == 'v' && (next == 'r' || next == 'u' && i + 2 < n && w[i + 2] == 'r')) return false; // "behavior", "behaviour"
                return true; // "radio", "violin", "various"
            case ('i', 'u'):
                return p is not ('n' or 'g'); // "medium", "premium"; but "genius", "Belgium"
            case ('i', 'e'):
                if (next == 't') return true; // "quiet", "diet", "society"
                if (next == 's' && i + 2 < n && w[i + 2] == 't') return HasVowel(w[..(i - 1)]); // "happiest"; but "priest"
                if (next == 'r' && (rest is "r" or "rs")) return HasVowel(w[..(i - 1)]); // "easier", "earlier"; but "pier"
                if (next == 'n')
                {
                    if (i + 2 < n && w[i + 2] == 'd') return false; // "friend"
                    if (p is 't' or 's' or 'g') return false; // "patient", "hygiene"
                    if (p == 'c') return i >= 3 && w[i - 3] == 's'; // "science"; but "ancient", "efficient"
                    return true; // "client", "audience", "experience"
                }
                return false; // "field", "piece", "tried", "cities"
            case ('e', 'o'):
                if (p == 'g') return i == 2 && next != 'r'; // "geography"; but "pigeon", "gorgeous", "George"
                if (p == 'h' && i >= 3 && w[i - 3] == 'c') return false; // "luncheon"
                if (i == 2 && (w.StartsWith("peop") || w.StartsWith("leop") || w.StartsWith("jeop") || w.StartsWith("yeom"))) return false;
                return true; // "video", "theory", "neon"
            case ('e', 'a'):
                // "area", "idea", "Korea": a final a after e.
                if ((i == n - 1 || i == n - 2 && w[^1] == 's') && p is 'd' or 'r' or 'n' or 'm' && HasVowel(w[..(i - 2)])) return true;
                // "create", "theatre": a prefix before a vowel.
                if (i == 3 && (w.StartsWith("creat") && i + 2 < n && IsVowelLetter(w[i + 2]) && w[i + 2] != 'u' || w.StartsWith("theat"))) return true;
                if (i == 2 && w[0] is 'r' or 'd' && RePrefix(w[1..], rest)) return true; // "react", "realize", "deactivate"
                // "European", "Caribbean".
                if ((rest is "n" or "ns") && p != 'c' && VowelGroups(w[..(i - 1)]) >= 2) return true;
                return false;
            case ('e', 'u'):
                if ((rest is "m" or "ms") && i >= 2) return true; // "museum"
                if (i == 2 && w[0] == 'r' && next is 'n' or 's' or 'p' or 't') return true; // "reunion", "reuse"
                if ((rest is "s") && HasVowel(w[..(i - 1)])) return true; // "nucleus"
                return false;
            case ('e', 'i'):
                if (rest.StartsWith("ty") || rest.StartsWith("st") || rest.StartsWith("sm")) return true; // "deity", "atheist"; but "either"
                if (i == 2 && w[0] == 'r' && (rest.StartsWith("nf") || rest.StartsWith("nv") || rest.StartsWith("ns") || rest.StartsWith("nt")
                    || rest.StartsWith("mb") || rest.StartsWith("te"))) return true; // "reinforce", "reinvent", "reimburse", "reiterate"
                return false;
            case ('e', 'e'):
                return i == 2 && w[0] == 'r' && next is 'x' or 'v' or 'n' or 's' || i == 3 && w.StartsWith("preex"); // "reenter", "preexisting"
            case ('u', 'a'):
                return p is not ('q' or 'g'); // "actual", "usual"; but "quality", "language"
            case ('u', 'e'):
                if (p is 'q' or 'g') return false; // "queen", "guess"
                return next is 'l' or 't' || next == 'n' && i + 2 < n && w[i + 2] is 't' or 'c'; // "cruel", "duet", "fluent", "influence"
            case ('u', 'i'):
                if (p == 'q') return false; // "quite", "equity"
                if (rest.StartsWith("ty") || rest.StartsWith("tio") || rest.StartsWith("tiv")) return true; // "continuity", "intuition"
                if (p == 'g') return false; // "guide", "guilt"
                return rest is "d" or "ds" or "n" or "ns" or "ne" or "nes" or "ned" or "ning" || rest.StartsWith("cid") || rest.StartsWith("sm"); // "fluid", "ruin", "genuine", "suicide"
            case ('u', 'o'):
                return p != 'q'; // "continuous", "duo"; but "quote"
            case ('o', 'e'):
                return next is 'm' or 't' or 'x' or 'l' or 'r' or 'v'; // "poem", "poet", "coexist", "doer", "whoever"; but "does", "shoe"
            case ('o', 'i'):
                return rest is "c" or "cs" || i == 2 && w.StartsWith("coinc"); // "heroic", "coincide"
            case ('o', 'o'):
                return i == 2 && n > 5 && (w.StartsWith("coopera") || w.StartsWith("coord") || w.StartsWith("zool")); // "cooperate", "coordinate"
            case ('o', 'a'):
                return i == 1 && w.StartsWith("oas") || i == 2 && (w.StartsWith("coalit") || w.StartsWith("coalesc")); // "oasis", "coalition"
            case ('a', 'i'):
                return rest is "c" or "cs"; // "mosaic", "archaic"
            case ('a', 'o'):
                return rest is "s"; // "chaos"
            default:
                return false;
        }
    }

    // After an initial "re" or "de", the letters that show a prefix before a vowel: "react", "realize", "reassure".
    private static bool RePrefix(ReadOnlySpan<char> fromE, ReadOnlySpan<char> afterA)
    {
        if (fromE[0] == 'e' && afterA.StartsWith("ct")) return true;
        if (fromE.Length == 0 || afterA.Length < 2) return false;
        return afterA.StartsWith("liz") || afterA.StartsWith("lis") || afterA.StartsWith("lit") || afterA.StartsWith("ss")
            || afterA.StartsWith("pp") || afterA.StartsWith("rr") || afterA.StartsWith("ff") || afterA.StartsWith("dj")
            || afterA.StartsWith("lig") || afterA.StartsWith("llo") || afterA.StartsWith("cq") || afterA.StartsWith("wak");
    }

    private static int SpelledOut(ReadOnlySpan<char> w)
    {
        int s = 0;
        foreach (char c in w) s += c == 'w' ? 3 : 1;
        return s;
    }

    private static int VowelGroups(ReadOnlySpan<char> w)
    {
        int groups = 0;
        bool previous = false;
        for (int i = 0; i < w.Length; i++)
        {
            bool vowel = IsVowel(w, i);
            if (vowel && !previous) groups++;
            previous = vowel;
        }
        return groups;
    }

    private static bool HasVowel(ReadOnlySpan<char> w)
    {
        for (int i = 0; i < w.Length; i++) if (IsVowel(w, i)) return true;
        return false;
    }

    private static bool IsVowelLetter(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    // y is a vowel after a consonant ("gym", "happy"), a consonant at the start or after a vowel ("yes", "play").
    private static bool IsVowel(ReadOnlySpan<char> w, int i)
    {
        char c = w[i];
        if (IsVowelLetter(c)) return true;
        return c == 'y' && i > 0 && !IsVowelLetter(w[i - 1]);
    }

    // Latin letters with diacritics count as their base letter ("café", "naïve").
    private static char Fold(char c) => c switch
    {
        'à' or 'á' or 'â' or 'ä' or 'ã' or 'å' => 'a',
        'è' or 'é' or 'ê' or 'ë' => 'e',
        'ì' or 'í' or 'î' or 'ï' => 'i',
        'ò' or 'ó' or 'ô' or 'ö' or 'õ' => 'o',
        'ù' or 'ú' or 'û' or 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        'ý' or 'ÿ' => 'y',
        _ => c,
    };
}
