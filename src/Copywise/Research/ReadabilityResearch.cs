using Copywise.Text;

namespace Copywise.Research;

/// <summary>The text split at headings: each section's heading (or none, for text before the first) and word count.</summary>
public sealed class Sections : IResearch<Sections>
{
    /// <summary>One section.</summary>
    /// <param name="Heading">Index of the heading block, -1 for text before the first heading.</param>
    /// <param name="FirstBlock">First block of the section's text.</param>
    /// <param name="LastBlock">Last block (inclusive), less than <paramref name="FirstBlock"/> when empty.</param>
    /// <param name="Words">Words in the section's text.</param>
    public readonly record struct Section(int Heading, int FirstBlock, int LastBlock, int Words);

    /// <summary>The sections in order.</summary>
    public IReadOnlyList<Section> All { get; private init; } = [];
    /// <summary>True when the text has headings.</summary>
    public bool HasHeadings { get; private init; }

    /// <inheritdoc/>
    public static Sections Compute(AnalysisContext context)
    {
        var blocks = context.Document.Blocks;
        // A pooled buffer and an exact array at the end: no list object and no arrays outgrown on the way.
        var list = new PooledBuffer<Section>(8);
        int heading = -1, first = 0, words = 0;
        bool hasHeadings = false;
        for (int i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Kind == BlockKind.Heading)
            {
                if (heading >= 0 || words > 0) list.Add(new Section(heading, first, i - 1, words));
                heading = i;
                first = i + 1;
                words = 0;
                hasHeadings = true;
                continue;
            }
            words += context.Text.Blocks[i].WordCount;
        }
        if (heading >= 0 || words > 0) list.Add(new Section(heading, first, blocks.Count - 1, words));
        return new Sections { All = list.ToArrayAndRelease(), HasHeadings = hasHeadings };
    }
}

/// <summary>Which sentences contain a transition word, phrase or two-part pair, or begin with a leading transition word.</summary>
public sealed class TransitionSentences : IResearch<TransitionSentences>
{
    /// <summary>Per sentence, true when it has a transition.</summary>
    public bool[] Has { get; private init; } = [];
    /// <summary>How many sentences have one.</summary>
    public int Count { get; private init; }

    /// <inheritdoc/>
    public static TransitionSentences Compute(AnalysisContext context)
    {
        var sentences = context.Text.Sentences;
        var has = new bool[sentences.Length];
        var language = context.Language;
        if (language.TransitionWords.Count == 0 && language.TwoPartTransitionWords.Count == 0) return new TransitionSentences { Has = has };
        var index = context.Get<MatchTokenIndex>();
        // The phrases whose words all occur in the body, as id sequences in one pooled buffer. Single phrases are chained
        // under their first id (an array, since every token of the text is looked up in it, as long as the text has
        // distinct words); most phrases of a list never occur, and their first word alone rules them out.
        var phraseIds = new PooledBuffer<int>(64);
        var chain = new PooledBuffer<Phrase>(32);
        var leading = new PooledBuffer<Phrase>(8);
        var pairs = new PooledBuffer<(Phrase First, Phrase Second)>(4);
        var head = System.Buffers.ArrayPool<int>.Shared.Rent(Math.Max(1, index.DistinctCount));
        head.AsSpan(0, index.DistinctCount).Fill(-1);
        try
        {
            // Indexed loops: a foreach over the lists' interface would make an enumerator each.
            var transitions = language.TransitionWords;
            for (int i = 0; i < transitions.Count; i++)
            {
                if (Add(index, transitions[i], ref phraseIds) is not { } phrase) continue;
                int first = phraseIds.Items[phrase.Start];
                chain.Add(phrase with { Next = head[first] });
                head[first] = chain.Count - 1;
            }
            var leadingWords = language.LeadingTransitionWords;
            for (int i = 0; i < leadingWords.Count; i++)
            {
                if (Add(index, leadingWords[i], ref phraseIds) is { } phrase) leading.Add(phrase);
            }
            var twoPart = language.TwoPartTransitionWords;
            for (int i = 0; i < twoPart.Count; i++)
            {
                var (a, b) = twoPart[i];
                int mark = phraseIds.Count;
                if (Add(index, a, ref phraseIds) is { } first && Add(index, b, ref phraseIds) is { } second) pairs.Add((first, second));
                else phraseIds.Count = mark;
            }
            int count = 0;
            var tokens = index.Id;
            var ids = phraseIds.Items.AsSpan(0, phraseIds.Count);
            var chained = chain.Items.AsSpan(0, chain.Count);
            var leadingPhrases = leading.Items.AsSpan(0, leading.Count);
            var pairPhrases = pairs.Items.AsSpan(0, pairs.Count);
            for (int s = 0; s < sentences.Length; s++)
            {
                var (from, to) = index.TokensOfSentence(s);
                has[s] = HasTransition(tokens, from, to, head, chained, ids, pairPhrases) || StartsWithAny(tokens, from, to, leadingPhrases, ids);
                if (has[s]) count++;
            }
            return new TransitionSentences { Has = has, Count = count };
        }
        finally
        {
            System.Buffers.ArrayPool<int>.Shared.Return(head);
            phraseIds.Release();
            chain.Release();
            leading.Release();
            pairs.Release();
        }
    }

    // A phrase's ids in the shared buffer, and the next phrase with the same first id (-1 at the end of a chain).
    private readonly record struct Phrase(int Start, int Length, int Next = -1);

    // Appends the ids of a phrase's words; null (and nothing appended) when the body lacks one of them.
    private static Phrase? Add(MatchTokenIndex index, string[] words, ref PooledBuffer<int> ids)
    {
        if (words.Length == 0 || index.IdOf(words[0]) < 0) return null;
        int start = ids.Count;
        foreach (var word in words)
        {
            int id = index.IdOf(word);
            if (id < 0) { ids.Count = start; return null; }
            ids.Add(id);
        }
        return new Phrase(start, words.Length);
    }

    private static bool HasTransition(ReadOnlySpan<int> tokens, int from, int to, int[] head, ReadOnlySpan<Phrase> chained,
        ReadOnlySpan<int> ids, ReadOnlySpan<(Phrase First, Phrase Second)> pairs)
    {
        for (int t = from; t < to; t++)
        {
            for (int p = head[tokens[t]]; p >= 0; p = chained[p].Next)
            {
                if (At(tokens, t, to, ids, chained[p])) return true;
            }
        }
        foreach (var (a, b) in pairs)
        {
            for (int t = from; t < to; t++)
            {
                if (!At(tokens, t, to, ids, a)) continue;
                for (int u = t + a.Length; u < to; u++)
                {
                    if (At(tokens, u, to, ids, b)) return true;
                }
            }
        }
        return false;
    }

    private static bool StartsWithAny(ReadOnlySpan<int> tokens, int from, int to, ReadOnlySpan<Phrase> phrases, ReadOnlySpan<int> ids)
    {
        foreach (var phrase in phrases) if (At(tokens, from, to, ids, phrase)) return true;
        return false;
    }

    private static bool At(ReadOnlySpan<int> tokens, int index, int to, ReadOnlySpan<int> ids, Phrase phrase) =>
        index + phrase.Length <= to && tokens.Slice(index, phrase.Length).SequenceEqual(ids.Slice(phrase.Start, phrase.Length));
}

/// <summary>
/// Which sentences are in the passive voice, and the share's units: the sentences of the prose, with a table taken as
/// one unit (its cells are data, not sentences, and would dilute the share; the reference counts a table as one
/// sentence too).
/// </summary>
public sealed class PassiveSentences : IResearch<PassiveSentences>
{
    /// <summary>Indexes of the passive sentences.</summary>
    public IReadOnlyList<int> Indexes { get; private init; } = [];
    /// <summary>Sentences outside tables plus one per table: the base of the passive share.</summary>
    public int Units { get; private init; }
    /// <summary>Passive sentences outside tables plus the tables that have one.</summary>
    public int PassiveUnits { get; private init; }

    /// <inheritdoc/>
    public static PassiveSentences Compute(AnalysisContext context)
    {
        var list = new PooledBuffer<int>(16);
        var sentences = context.Text.Sentences;
        var blocks = context.Document.Blocks;
        bool passiveVoice = context.Language.HasPassiveVoice;
        int units = 0, passiveUnits = 0;
        // A run of sentences in table cells is one table; it is passive when one of its sentences is.
        bool inTable = false, tablePassive = false;
        for (int i = 0; i < sentences.Length; i++)
        {
            bool passive = passiveVoice && context.Language.IsPassive(context.Text, sentences[i]);
            if (passive) list.Add(i);
            if (blocks[sentences[i].Block].Kind == BlockKind.TableCell)
            {
                if (!inTable) { units++; inTable = true; tablePassive = false; }
                if (passive && !tablePassive) { passiveUnits++; tablePassive = true; }
                continue;
            }
            inTable = false;
            units++;
            if (passive) passiveUnits++;
        }
        return new PassiveSentences { Indexes = list.ToArrayAndRelease(), Units = units, PassiveUnits = passiveUnits };
    }
}

/// <summary>
/// Runs of consecutive sentences that begin with the same word (or the same two words after an article, numeral or
/// demonstrative). Sentences in lists and tables are left out, as in the reference: list items often begin alike on
/// purpose, and the sentences around a list still follow each other.
/// </summary>
public sealed class SentenceBeginnings : IResearch<SentenceBeginnings>
{
    /// <summary>A run of sentences with the same beginning.</summary>
    /// <param name="Beginning">The shared beginning, lower case.</param>
    /// <param name="FirstSentence">Index of the first sentence of the run.</param>
    /// <param name="Count">How many sentences in a row.</param>
    /// <param name="LastSentence">Index of the last sentence of the run (after <paramref name="FirstSentence"/> + <paramref name="Count"/> − 1 when a list lies between).</param>
    public readonly record struct Run(string Beginning, int FirstSentence, int Count, int LastSentence);

    /// <summary>The runs of two or more sentences, in order. A sentence whose beginning no neighbour shares is in none.</summary>
    public IReadOnlyList<Run> Runs { get; private init; } = [];

    /// <inheritdoc/>
    public static SentenceBeginnings Compute(AnalysisContext context)
    {
        var sentences = context.Text.Sentences;
        var blocks = context.Document.Blocks;
        var rules = new Rules(context);
        // Each beginning is built in one of two buffers and compared with the one before: a string is taken only for a
        // run of two or more, which most texts have few of (a shared one: beginnings are a few short words).
        var current = System.Buffers.ArrayPool<char>.Shared.Rent(64);
        var next = System.Buffers.ArrayPool<char>.Shared.Rent(64);
        var runs = new PooledBuffer<Run>(8);
        int currentLength = 0, start = 0, count = 0, last = 0;
        for (int i = 0; i < sentences.Length; i++)
        {
            if (blocks[sentences[i].Block].Kind is BlockKind.ListItem or BlockKind.TableCell) continue;
            int length = rules.Build(i, ref next);
            if (length > 0 && currentLength > 0 && next.AsSpan(0, length).SequenceEqual(current.AsSpan(0, currentLength)))
            {
                count++;
                last = i;
                continue;
            }
            if (currentLength > 0 && count > 1) runs.Add(new Run(Languages.WordStrings.Get(current.AsSpan(0, currentLength)), start, count, last));
            (current, next) = (next, current);
            currentLength = length;
            start = last = i;
            count = 1;
        }
        if (currentLength > 0 && count > 1) runs.Add(new Run(Languages.WordStrings.Get(current.AsSpan(0, currentLength)), start, count, last));
        System.Buffers.ArrayPool<char>.Shared.Return(current);
        System.Buffers.ArrayPool<char>.Shared.Return(next);
        return new SentenceBeginnings { Runs = runs.ToArrayAndRelease() };
    }

    /// <summary>
    /// The beginning of one sentence as runs compare it (lower case; two or three words after an article, numeral or
    /// demonstrative); empty when the sentence has no word.
    /// </summary>
    public static string BeginningOf(AnalysisContext context, int sentence)
    {
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(64);
        var beginning = new string(buffer, 0, new Rules(context).Build(sentence, ref buffer));
        System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        return beginning;
    }

    private readonly struct Rules(AnalysisContext context)
    {
        private readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _exceptions =
            context.Language.SentenceBeginningExceptions.GetAlternateLookup<ReadOnlySpan<char>>();
        private readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _secondExceptions =
            context.Language.SentenceBeginningSecondWordExceptions.GetAlternateLookup<ReadOnlySpan<char>>();
        private readonly bool _turkic = context.Language.TurkicCasing;

        // Writes the sentence's beginning into the buffer and returns its length.
        public int Build(int sentence, ref char[] buffer)
        {
            var text = context.Text;
            var words = text.WordsOf(text.Sentences[sentence]);
            if (words.Length == 0) return 0;
            int length = Append(ref buffer, 0, text.Text(words[0]), _turkic);
            if (words.Length > 1 && _exceptions.Contains(buffer.AsSpan(0, length)))
            {
                var second = text.Text(words[1]);
                length = Append(ref buffer, length, second, _turkic);
                if (words.Length > 2 && _secondExceptions.Contains(second)) length = Append(ref buffer, length, text.Text(words[2]), _turkic);
            }
            return length;
        }
    }

    // Appends a normalized word to the beginning in the buffer (after a space when it is not the first), growing it as
    // needed; the buffer is rented, and so is a larger one.
    private static int Append(ref char[] buffer, int length, ReadOnlySpan<char> word, bool turkic)
    {
        int needed = length + 1 + word.Length;
        if (needed > buffer.Length) PooledArrays.Grow(ref buffer, length, needed);
        if (length > 0) buffer[length++] = ' ';
        return length + MatchTokens.Normalize(word, buffer.AsSpan(length), turkic);
    }
}

/// <summary>Syllables and the readability formulas computed from the counts of words, sentences and syllables.</summary>
public sealed class ReadabilityStatistics : IResearch<ReadabilityStatistics>
{
    /// <summary>Words that are not numbers (the base of the formulas).</summary>
    public int Words { get; private init; }
    /// <summary>Sentences.</summary>
    public int Sentences { get; private init; }
    /// <summary>Syllables in <see cref="Words"/>; 0 when the language cannot count them.</summary>
    public int Syllables { get; private init; }
    /// <summary>Words of three or more syllables.</summary>
    public int PolysyllabicWords { get; private init; }
    /// <summary>Letters and digits in <see cref="Words"/>.</summary>
    public int Characters { get; private init; }
    /// <summary>Flesch reading ease rounded to one decimal and kept within 0 to 100; null without a formula or with 10 words or fewer.</summary>
    public double? FleschReadingEase { get; private init; }

    /// <inheritdoc/>
    public static ReadabilityStatistics Compute(AnalysisContext context)
    {
        int words = 0, syllables = 0, poly = 0, characters = 0;
        var language = context.Language;
        bool counts = language.CountSyllables("a") is not null;
        var all = context.Text.Words;
        // A word's figures are worked out once per distinct spelling: the first word of each normalized form keeps them,
        // and a later word of that form takes them when it is spelled the same (a counter may read capitals: "TV").
        var index = context.Get<MatchTokenIndex>();
        var wordId = index.WordId;
        var known = System.Buffers.ArrayPool<FormFigures>.Shared.Rent(index.DistinctCount);
        try
        {
            Array.Clear(known, 0, index.DistinctCount);
            for (int i = 0; i < all.Length; i++)
            {
                var word = context.Text.Text(all[i]);
                ref var kept = ref known[wordId[i]];
                FormFigures figures;
                if (kept.Known && context.Text.Text(all[kept.Word]).SequenceEqual(word)) figures = kept;
                else
                {
                    figures = FiguresOf(word, i, language, counts);
                    if (!kept.Known) kept = figures;
                }
                if (figures.IsNumber) continue;
                words++;
                characters += figures.Characters;
                syllables += figures.Syllables;
                if (figures.Syllables >= 3) poly++;
            }
        }
        finally
        {
            System.Buffers.ArrayPool<FormFigures>.Shared.Return(known);
        }
        int sentences = context.Text.Sentences.Length;
        double? fre = null;
        if (counts && sentences > 0 && words > 10 && language.FleschReadingEase(words, sentences, syllables) is { } raw)
        {
            fre = Math.Clamp(Math.Round(raw, 1, MidpointRounding.AwayFromZero), 0, 100);
        }
        return new ReadabilityStatistics { Words = words, Sentences = sentences, Syllables = syllables, PolysyllabicWords = poly, Characters = characters, FleschReadingEase = fre };
    }

    // Word: the index of the word they were worked out from.
    private readonly record struct FormFigures(bool Known, int Word, bool IsNumber, int Characters, int Syllables);

    private static FormFigures FiguresOf(ReadOnlySpan<char> word, int index, Languages.Language language, bool countsSyllables)
    {
        if (IsNumber(word)) return new FormFigures(true, index, true, 0, 0);
        int characters = 0;
        // Most words are plain ASCII letters: one vectorized check instead of a test per character.
        if (!word.ContainsAnyExcept(AsciiLettersAndDigits)) characters = word.Length;
        else foreach (char c in word) if (char.IsLetterOrDigit(c)) characters++;
        // Counted once per word of the language, then remembered (Language.SyllablesOf).
        return new FormFigures(true, index, false, characters, countsSyllables ? language.SyllablesOf(word) : 0);
    }

    private static readonly System.Buffers.SearchValues<char> AsciiLettersAndDigits =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        foreach (char c in word) if (!char.IsDigit(c) && c is not ('.' or ',' or '%' or '-' or '/' or ':')) return false;
        return true;
    }
}
