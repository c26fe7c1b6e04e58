using System.Buffers;

namespace Copywise.Text;

/// <summary>
/// A growable array rented from the shared pool: what the analysis fills once per text (its characters, words and
/// sentences) is written straight into the array it keeps, and a long text regrows from the pool rather than from the heap.
/// </summary>
/// <remarks>A mutable struct: pass it by reference. Its owner either keeps <see cref="Items"/> or calls <see cref="Release"/>.</remarks>
internal struct PooledBuffer<T>
{
    /// <summary>The rented array; the first <see cref="Count"/> items are in use.</summary>
    public T[] Items;
    /// <summary>Items in use.</summary>
    public int Count;

    /// <summary>A buffer with room for at least <paramref name="capacity"/> items (none rented for 0).</summary>
    public PooledBuffer(int capacity)
    {
        Items = capacity > 0 ? ArrayPool<T>.Shared.Rent(capacity) : [];
        Count = 0;
    }

    /// <summary>Adds an item, growing the array when it is full.</summary>
    public void Add(T item)
    {
        if (Count == Items.Length) Grow(Count + 1);
        Items[Count++] = item;
    }

    /// <summary>Adds the items of a span.</summary>
    public void AddRange(ReadOnlySpan<T> items)
    {
        EnsureCapacity(Count + items.Length);
        items.CopyTo(Items.AsSpan(Count));
        Count += items.Length;
    }

    /// <summary>Makes room for at least <paramref name="needed"/> items in all, keeping those in use.</summary>
    private void EnsureCapacity(int needed)
    {
        if (needed > Items.Length) Grow(needed);
    }

    private void Grow(int needed) => PooledArrays.Grow(ref Items, Count, needed);

    /// <summary>The items in use in an array of their own (the empty array for none); the buffer is released.</summary>
    public T[] ToArrayAndRelease()
    {
        var items = Count == 0 ? [] : Items.AsSpan(0, Count).ToArray();
        Release();
        return items;
    }

    /// <summary>Gives the array back to the pool and leaves the buffer empty.</summary>
    public void Release()
    {
        Return(Items);
        Items = [];
        Count = 0;
    }

    private static void Return(T[] array)
    {
        if (array.Length > 0) ArrayPool<T>.Shared.Return(array);
    }
}

/// <summary>Arrays rented from the shared pool that grow as they fill.</summary>
internal static class PooledArrays
{
    /// <summary>
    /// Replaces <paramref name="array"/> with a rented one at least twice as long (and at least <paramref name="needed"/>)
    /// holding its first <paramref name="used"/> items, and gives the old one back to the pool.
    /// </summary>
    public static void Grow<T>(ref T[] array, int used, int needed = 0)
    {
        var pool = ArrayPool<T>.Shared;
        var larger = pool.Rent(Math.Max(needed, Math.Max(16, Math.Max(array.Length, used) * 2)));
        Array.Copy(array, larger, used);
        if (array.Length > 0) pool.Return(array);
        array = larger;
    }
}
