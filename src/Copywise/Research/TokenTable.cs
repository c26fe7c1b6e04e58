using Copywise.Text;

namespace Copywise.Research;

/// <summary>
/// Numbers the distinct tokens of one text. Keys are slices of that text rather than strings of their own, so
/// indexing a text needs a few integer arrays instead of a string and a dictionary entry per distinct word; the
/// arrays are rented from the shared pool and go back with <see cref="Release"/>.
/// Open addressing with linear probing, at most half full. Keys are hashed with a cheap multiplicative hash; a text
/// crafted to collide (a probe run longer than <see cref="MaxProbes"/>) switches the table to the runtime's randomized
/// string hash, as the framework's own dictionaries do.
/// </summary>
internal sealed class TokenTable
{
    private readonly char[] _text;
    private int[] _slots;          // id + 1 per slot; 0 = empty; the first _slotCount are used (a rented array may be longer)
    private int _slotCount;
    private int[] _start, _length, _hash;
    private int _count;
    private bool _randomized;

    private const int MaxProbes = 64;

    /// <summary>A table over <paramref name="text"/>, sized for <paramref name="expected"/> distinct tokens.</summary>
    public TokenTable(char[] text, int expected)
    {
        _text = text;
        int capacity = Math.Max(16, expected);
        _slotCount = SlotsFor(capacity);
        _slots = RentCleared(_slotCount);
        _start = Pool.Rent(capacity);
        _length = Pool.Rent(capacity);
        _hash = Pool.Rent(capacity);
    }

    /// <summary>A table over a string's characters (tests and callers without a buffer of their own).</summary>
    public TokenTable(string text, int expected) : this(text.ToCharArray(), expected)
    {
    }

    private static System.Buffers.ArrayPool<int> Pool => System.Buffers.ArrayPool<int>.Shared;

    private static int[] RentCleared(int length)
    {
        var array = Pool.Rent(length);
        Array.Clear(array, 0, length);
        return array;
    }

    /// <summary>Returns the arrays to the pool; the table must not be used afterwards.</summary>
    public void Release()
    {
        Pool.Return(_slots);
        Pool.Return(_start);
        Pool.Return(_length);
        Pool.Return(_hash);
        _slots = _start = _length = _hash = [];
        _slotCount = 0;
        _count = 0;
    }

    /// <summary>True once a run of colliding keys has switched the table to the randomized hash.</summary>
    public bool IsRandomized => _randomized;

    /// <summary>Distinct tokens so far; their ids are 0 to Count − 1.</summary>
    public int Count => _count;

    /// <summary>The token with the given id.</summary>
    public ReadOnlySpan<char> Key(int id) => _text.AsSpan(_start[id], _length[id]);

    /// <summary>The id of a token, or −1 when the text never has it.</summary>
    public int Find(ReadOnlySpan<char> key)
    {
        ObjectDisposedException.ThrowIf(_slotCount == 0, this);
        int hash = HashOf(key);
        int mask = _slotCount - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            int id = _slots[slot] - 1;
            if (id < 0) return -1;
            if (_hash[id] == hash && Key(id).SequenceEqual(key)) return id;
        }
    }

    /// <summary>The id of <c>text[start..start+length]</c>, numbered now when it is new.</summary>
    public int GetOrAdd(int start, int length)
    {
        ObjectDisposedException.ThrowIf(_slotCount == 0, this);
        var key = _text.AsSpan(start, length);
        int hash = HashOf(key);
        int mask = _slotCount - 1;
        int slot = hash & mask;
        for (int probes = 0; ; slot = (slot + 1) & mask, probes++)
        {
            int found = _slots[slot] - 1;
            if (found < 0) break;
            if (_hash[found] == hash && Key(found).SequenceEqual(key)) return found;
            if (probes == MaxProbes && !_randomized)
            {
                Randomize();
                return GetOrAdd(start, length);
            }
        }
        int id = _count++;
        // Rented arrays may be longer than asked for: each grows when it is full.
        if (id == _start.Length) PooledArrays.Grow(ref _start, id);
        if (id == _length.Length) PooledArrays.Grow(ref _length, id);
        if (id == _hash.Length) PooledArrays.Grow(ref _hash, id);
        _start[id] = start;
        _length[id] = length;
        _hash[id] = hash;
        if (_count * 2 > _slotCount) Rehash();
        else _slots[slot] = id + 1;
        return id;
    }

    private int HashOf(ReadOnlySpan<char> key) => _randomized ? string.GetHashCode(key) : CheapHash(key);

    // FNV-1a over the UTF-16 code units, then a final mix so that the low bits (the slot) depend on every character.
    internal static int CheapHash(ReadOnlySpan<char> key)
    {
        uint h = 2166136261;
        foreach (char c in key) h = (h ^ c) * 16777619;
        h ^= h >> 15;
        h *= 0x2C1B3C6D;
        h ^= h >> 12;
        return (int)h;
    }

    private void Randomize()
    {
        _randomized = true;
        for (int id = 0; id < _count; id++) _hash[id] = HashOf(Key(id));
        Rehash(_slotCount);
    }

    private static int SlotsFor(int capacity)
    {
        int slots = 16;
        while (slots < capacity * 2) slots <<= 1;
        return slots;
    }

    private void Rehash() => Rehash(_slotCount * 2);

    private void Rehash(int size)
    {
        var slots = RentCleared(size);
        int mask = size - 1;
        for (int id = 0; id < _count; id++)
        {
            int slot = _hash[id] & mask;
            while (slots[slot] != 0) slot = (slot + 1) & mask;
            slots[slot] = id + 1;
        }
        Pool.Return(_slots);
        _slots = slots;
        _slotCount = size;
    }
}
