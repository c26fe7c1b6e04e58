namespace Copywise.Documents;

/// <summary>The input cannot be read as an article: the message says why, in one line.</summary>
public sealed class CopywiseInputException(string message) : Exception(message);
