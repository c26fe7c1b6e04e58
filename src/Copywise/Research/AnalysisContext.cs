using Copywise.Documents;
using Copywise.Languages;
using Copywise.Text;

namespace Copywise.Research;

/// <summary>Options of one analysis.</summary>
public sealed record AnalysisOptions
{
    /// <summary>Match word forms of the keyphrase (plurals, verb forms, ...). Off gives the reference's free behaviour.</summary>
    public bool WordForms { get; init; } = true;

    /// <summary>
    /// Ids of assessments not to run (a site switches off checks that do not apply to it). Their results are left out
    /// and the overall scores are computed from the others.
    /// </summary>
    public IReadOnlySet<string> DisabledAssessments { get; init; } = new HashSet<string>();

    /// <summary>The defaults.</summary>
    public static readonly AnalysisOptions Default = new();
}

/// <summary>A measurement computed at most once per paper and shared by every assessment that reads it.</summary>
/// <typeparam name="TSelf">The research type.</typeparam>
public interface IResearch<TSelf> where TSelf : class, IResearch<TSelf>
{
    /// <summary>Computes the research for a paper.</summary>
    static abstract TSelf Compute(AnalysisContext context);
}

/// <summary>A measurement that depends on a topic (the focus keyphrase or one related keyphrase).</summary>
/// <typeparam name="TSelf">The research type.</typeparam>
public interface ITopicResearch<TSelf> where TSelf : class, ITopicResearch<TSelf>
{
    /// <summary>Computes the research for a paper and topic.</summary>
    static abstract TSelf Compute(AnalysisContext context, Topic topic);
}

/// <summary>What the keyphrase-based assessments are about: a keyphrase and its synonyms.</summary>
/// <param name="Keyphrase">The keyphrase as the writer entered it.</param>
/// <param name="Synonyms">Its synonyms, comma separated.</param>
/// <param name="IsRelated">True for a related keyphrase, false for the focus keyphrase.</param>
public sealed record Topic(string Keyphrase, string Synonyms, bool IsRelated = false);

/// <summary>
/// The researcher: one paper, its parsed text, and every measurement made on it so far.
/// Assessments read measurements from here and never parse text themselves.
/// </summary>
/// <remarks>
/// Some research keeps its buffers in shared pools; disposing the context returns them. The context and its research
/// must not be used after that. A context that is never disposed is simply collected.
/// </remarks>
public sealed class AnalysisContext : IDisposable
{
    private bool _disposed;
    // One slot per kind of research, indexed by a number each kind draws once (ResearchSlot<T>): a lookup is an array
    // read, and the array is rented, since an analysis computes about twenty kinds.
    private object?[] _research = RentSlots(Math.Max(32, ResearchSlots.Count));
    // Research for a topic: the same slots, one rented array per topic (the focus keyphrase and up to four related
    // ones), found by a short search.
    private (Topic Topic, object?[] Slots)[] _topics = System.Buffers.ArrayPool<(Topic, object?[])>.Shared.Rent(Analysis.Analyzer.MaxRelatedKeyphrases + 1);
    private int _topicCount;

    /// <summary>Creates a context for a parsed paper.</summary>
    public AnalysisContext(Paper paper, TextDocument document, Language language, AnalysisOptions options)
    {
        Paper = paper;
        Document = document;
        Language = language;
        Options = options;
        Text = TextAnalysis.Analyze(document, language);
        Focus = new Topic(paper.Keyphrase, paper.Synonyms);
    }

    /// <summary>The paper, its attributes completed from the body.</summary>
    public Paper Paper { get; }
    /// <summary>The body's prose.</summary>
    public TextDocument Document { get; }
    /// <summary>Sentences and words.</summary>
    public TextAnalysis Text { get; }
    /// <summary>The language of the text.</summary>
    public Language Language { get; }
    /// <summary>The analysis options.</summary>
    public AnalysisOptions Options { get; }
    /// <summary>The focus keyphrase topic.</summary>
    public Topic Focus { get; }
    /// <summary>Whether the paper is cornerstone content.</summary>
    public bool Cornerstone => Paper.Cornerstone;

    /// <summary>The research of type <typeparamref name="T"/>, computed on first use.</summary>
    public T Get<T>() where T : class, IResearch<T>
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        int slot = ResearchSlot<T>.Index;
        if (slot < _research.Length && _research[slot] is { } value) return (T)value;
        var computed = T.Compute(this);
        Store(ref _research, slot, computed);
        return computed;
    }

    /// <summary>The research of type <typeparamref name="T"/> for a topic, computed on first use.</summary>
    public T Get<T>(Topic topic) where T : class, ITopicResearch<T>
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        int slot = ResearchSlot<T>.Index;
        var slots = SlotsOf(topic);
        if (slot < slots.Length && slots[slot] is { } value) return (T)value;
        var computed = T.Compute(this, topic);
        // Computing may have filed other research of the topic (and moved the table): the slots are looked up again.
        Store(ref SlotsOf(topic), slot, computed);
        return computed;
    }

    // Files research in its slot, first moving the slots to a larger rented array when a new kind has a higher number.
    private static void Store(ref object?[] slots, int slot, object research)
    {
        if (slot >= slots.Length)
        {
            var larger = RentSlots(Math.Max(slot + 1, slots.Length * 2));
            slots.CopyTo(larger, 0);
            System.Buffers.ArrayPool<object?>.Shared.Return(slots, clearArray: true);
            slots = larger;
        }
        slots[slot] = research;
    }

    private ref object?[] SlotsOf(Topic topic)
    {
        for (int i = 0; i < _topicCount; i++)
        {
            if (ReferenceEquals(_topics[i].Topic, topic) || _topics[i].Topic.Equals(topic)) return ref _topics[i].Slots;
        }
        if (_topicCount == _topics.Length) PooledArrays.Grow(ref _topics, _topicCount);
        _topics[_topicCount] = (topic, RentSlots(Math.Max(32, ResearchSlots.Count)));
        return ref _topics[_topicCount++].Slots;
    }

    /// <summary>Returns the pooled buffers of the research made so far; the context must not be used afterwards.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        foreach (var value in _research) (value as IDisposable)?.Dispose();
        System.Buffers.ArrayPool<object?>.Shared.Return(_research, clearArray: true);
        _research = [];
        for (int i = 0; i < _topicCount; i++)
        {
            foreach (var value in _topics[i].Slots) (value as IDisposable)?.Dispose();
            System.Buffers.ArrayPool<object?>.Shared.Return(_topics[i].Slots, clearArray: true);
        }
        System.Buffers.ArrayPool<(Topic, object?[])>.Shared.Return(_topics, clearArray: true);
        _topics = [];
        _topicCount = 0;
        Text.Dispose();
    }

    // A pooled array may come back from another user uncleared: an empty slot must be empty.
    private static object?[] RentSlots(int length)
    {
        var slots = System.Buffers.ArrayPool<object?>.Shared.Rent(length);
        Array.Clear(slots);
        return slots;
    }

    /// <summary>Maps a range of the prose to a mark in the source.</summary>
    public Analysis.Mark MarkOf(int textStart, int textEnd)
    {
        var (s, e) = Document.ToSource(textStart, textEnd);
        return new Analysis.Mark(s, e);
    }
}

/// <summary>Hands each kind of research a slot number of its own, once.</summary>
internal static class ResearchSlots
{
    private static int _count;
    /// <summary>Slots handed out so far.</summary>
    public static int Count => Volatile.Read(ref _count);
    /// <summary>The next free slot.</summary>
    public static int Next() => Interlocked.Increment(ref _count) - 1;
}

/// <summary>The slot of research of type <typeparamref name="T"/> in a context.</summary>
internal static class ResearchSlot<T>
{
    public static readonly int Index = ResearchSlots.Next();
}
