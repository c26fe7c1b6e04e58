namespace Copywise.Documents;

/// <summary>The input cannot be read as an article: the message says why, in one line.</summary>
/// <param name="message">Why, in one line.</param>
/// <param name="field">The offending field of a paper given as JSON (<c>format</c>, <c>related[1]</c>, ...), if one is to blame.</param>
public sealed class CopywiseInputException(string message, string? field = null) : Exception(message)
{
    /// <summary>The offending field of a paper given as JSON, or null.</summary>
    public string? Field { get; } = field;
}
