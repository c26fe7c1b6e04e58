namespace Copywise.Research;

/// <summary>Arrays rented from the shared pool that research grows as it fills them.</summary>
internal static class PooledArrays
{
    /// <summary>Replaces <paramref name="array"/> with a rented one twice as long holding its first <paramref name="used"/> items, and gives the old one back to the pool.</summary>
    public static void Grow(ref int[] array, int used)
    {
        var pool = System.Buffers.ArrayPool<int>.Shared;
        var larger = pool.Rent(Math.Max(16, used * 2));
        Array.Copy(array, larger, used);
        pool.Return(array);
        array = larger;
    }
}
