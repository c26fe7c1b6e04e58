using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Copywise.Analysis;

/// <summary>
/// A handful of named numbers in the order they were added, read as a dictionary: one array instead of a hash table,
/// for the few measurements every result carries (<see cref="Facts.Extra"/>). Lookups are linear, which for a handful
/// of names is as fast as hashing.
/// </summary>
internal sealed class NamedNumbers(int capacity) : IReadOnlyDictionary<string, double>
{
    private KeyValuePair<string, double>[] _items = new KeyValuePair<string, double>[capacity];
    private int _count;

    /// <summary>Sets a number, replacing the one of the same name.</summary>
    public double this[string key]
    {
        get => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No number named '{key}'.");
        set
        {
            int i = IndexOf(key);
            if (i >= 0) { _items[i] = new(key, value); return; }
            if (_count == _items.Length) Array.Resize(ref _items, Math.Max(4, _count * 2));
            _items[_count++] = new(key, value);
        }
    }

    /// <inheritdoc/>
    public int Count => _count;
    /// <inheritdoc/>
    public IEnumerable<string> Keys => _items.Take(_count).Select(p => p.Key);
    /// <inheritdoc/>
    public IEnumerable<double> Values => _items.Take(_count).Select(p => p.Value);
    /// <inheritdoc/>
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc/>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out double value)
    {
        int i = IndexOf(key);
        value = i >= 0 ? _items[i].Value : 0;
        return i >= 0;
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, double>> GetEnumerator()
    {
        for (int i = 0; i < _count; i++) yield return _items[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        for (int i = 0; i < _count; i++) if (string.Equals(_items[i].Key, key, StringComparison.Ordinal)) return i;
        return -1;
    }
}
