using System.Globalization;
using System.Runtime.CompilerServices;

namespace Copywise.Assessments;

/// <summary>
/// A reusable character buffer that an assessment writes a message into. Numbers are formatted in the invariant
/// culture, so that "44.4%" reads the same in every host. One buffer serves a thread: a message becomes a string only
/// when someone asks for it, and a writer (JSON, a report) can copy the characters without making a string at all.
/// </summary>
public sealed class MessageText
{
    private char[] _chars = new char[256];
    private int _length;

    /// <summary>The characters written so far.</summary>
    public ReadOnlySpan<char> Span => _chars.AsSpan(0, _length);

    /// <summary>The number of characters written so far.</summary>
    public int Length => _length;

    /// <summary>Forgets what was written.</summary>
    public void Clear() => _length = 0;

    /// <summary>Appends text as written.</summary>
    public MessageText Write(string? text) => Write(text.AsSpan());

    /// <summary>Appends characters.</summary>
    public MessageText Write(scoped ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _chars.Length) Grow(text.Length);
        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
        return this;
    }

    /// <summary>Appends interpolated text (the handler has already written it).</summary>
    public MessageText Write([InterpolatedStringHandlerArgument("")] ref Handler text) => this;

    /// <summary>The text as a string.</summary>
    public override string ToString() => new(Span);

    private void Grow(int more)
    {
        var bigger = new char[Math.Max(_chars.Length * 2, _length + more)];
        Span.CopyTo(bigger);
        _chars = bigger;
    }

    private void AppendFormatted<T>(T value, string? format)
    {
        if (value is ISpanFormattable)
        {
            while (true)
            {
                // Constrained call on the value itself: no boxing for numbers.
                if (((ISpanFormattable)value).TryFormat(_chars.AsSpan(_length), out int written, format, CultureInfo.InvariantCulture))
                {
                    _length += written;
                    return;
                }
                Grow(64);
            }
        }
        Write(value is IFormattable f ? f.ToString(format, CultureInfo.InvariantCulture) : value?.ToString());
    }

    [ThreadStatic] private static MessageText? _perThread;

    /// <summary>
    /// Lends the calling thread's buffer, empty, or a new one if the thread's is already lent (a message written while
    /// another is being written). Return it with <see cref="Return"/>.
    /// </summary>
    internal static MessageText Rent()
    {
        var text = _perThread ?? new MessageText();
        _perThread = null;
        text.Clear();
        return text;
    }

    /// <summary>Gives a buffer lent by <see cref="Rent"/> back to the thread.</summary>
    internal static void Return(MessageText text)
    {
        // A message that grew the buffer far beyond the usual does not keep it alive.
        if (text._chars.Length <= 16 * 1024) _perThread = text;
    }

    /// <summary>Writes an interpolated string straight into a <see cref="MessageText"/>.</summary>
    [InterpolatedStringHandler]
    public ref struct Handler
    {
        private readonly MessageText _text;

        /// <summary>Starts writing into <paramref name="text"/>.</summary>
        public Handler(int literalLength, int formattedCount, MessageText text) => _text = text;

        /// <summary>Appends text as written.</summary>
        public readonly void AppendLiteral(string value) => _text.Write(value.AsSpan());
        /// <summary>Appends a value.</summary>
        public readonly void AppendFormatted<T>(T value) => _text.AppendFormatted(value, null);
        /// <summary>Appends a value in a format.</summary>
        public readonly void AppendFormatted<T>(T value, string? format) => _text.AppendFormatted(value, format);
        /// <summary>Appends characters.</summary>
        public readonly void AppendFormatted(scoped ReadOnlySpan<char> value) => _text.Write(value);
        /// <summary>Appends a string.</summary>
        public readonly void AppendFormatted(string? value) => _text.Write(value.AsSpan());
    }
}

/// <summary>
/// What a result's message is written from: which message (<see cref="Kind"/>, the assessment's own numbering) and
/// the numbers and words it quotes. Kept inside the result, so that the message is written only when it is read.
/// </summary>
/// <param name="Kind">Which of the assessment's messages.</param>
/// <param name="A">A whole number the message quotes.</param>
/// <param name="B">A second whole number.</param>
/// <param name="C">A third whole number.</param>
/// <param name="D">A fourth whole number.</param>
/// <param name="X">A number with decimals (a percentage, a score).</param>
/// <param name="S">A word or phrase the message quotes.</param>
public readonly record struct MessageArgs(int Kind, int A = 0, int B = 0, int C = 0, int D = 0, double X = 0, string? S = null);

/// <summary>"1 word", "2 words": a count and its noun, written without making a string.</summary>
/// <param name="N">The count.</param>
/// <param name="One">The noun for one.</param>
/// <param name="Many">The noun for any other count.</param>
public readonly record struct Counted(int N, string One, string Many) : ISpanFormattable
{
    /// <inheritdoc/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        charsWritten = 0;
        if (!N.TryFormat(destination, out int n, default, CultureInfo.InvariantCulture)) return false;
        string noun = N == 1 ? One : Many;
        if (destination.Length < n + 1 + noun.Length) return false;
        destination[n] = ' ';
        noun.CopyTo(destination[(n + 1)..]);
        charsWritten = n + 1 + noun.Length;
        return true;
    }

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{N} {(N == 1 ? One : Many)}");
}
