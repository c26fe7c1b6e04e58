using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Copywise.Analysis;

/// <summary>
/// Up to eight named numbers read as a dictionary: the names are one shared array and the numbers are kept inside the
/// object, for the few measurements every result carries (<see cref="Facts.Extra"/>): one small object per analysis.
/// Lookups are linear, which for a handful of names is as fast as hashing.
/// </summary>
internal sealed class NamedNumbers : IReadOnlyDictionary<string, double>
{
    /// <summary>The most numbers it holds.</summary>
    public const int Capacity = 8;

    private readonly string[] _names;
    private readonly Numbers _values;

    [System.Runtime.CompilerServices.InlineArray(Capacity)]
    private struct Numbers
    {
        private double _first;
    }

    /// <summary>The numbers <paramref name="values"/> under the names <paramref name="names"/>, in the same order.</summary>
    public NamedNumbers(string[] names, ReadOnlySpan<double> values)
    {
        if (names.Length != values.Length) throw new ArgumentException("One number for each name.", nameof(values));
        if (names.Length > Capacity) throw new ArgumentException($"At most {Capacity} numbers.", nameof(names));
        _names = names;
        values.CopyTo(_values);
    }

    /// <inheritdoc/>
    public double this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No number named '{key}'.");

    /// <inheritdoc/>
    public int Count => _names.Length;
    /// <inheritdoc/>
    public IEnumerable<string> Keys => _names;
    /// <inheritdoc/>
    public IEnumerable<double> Values => ((ReadOnlySpan<double>)_values)[.._names.Length].ToArray();
    /// <inheritdoc/>
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc/>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out double value)
    {
        int i = IndexOf(key);
        value = i >= 0 ? _values[i] : 0;
        return i >= 0;
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, double>> GetEnumerator()
    {
        for (int i = 0; i < _names.Length; i++) yield return new(_names[i], _values[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        for (int i = 0; i < _names.Length; i++) if (string.Equals(_names[i], key, StringComparison.Ordinal)) return i;
        return -1;
    }
}
