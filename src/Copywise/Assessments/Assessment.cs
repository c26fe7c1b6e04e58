using System.Globalization;
using System.Runtime.CompilerServices;
using Copywise.Analysis;
using Copywise.Research;

namespace Copywise.Assessments;

/// <summary>
/// One check: reads research from the context, applies its thresholds, returns a scored result.
/// Ids are stable and equal the reference's, so results compare one to one.
/// </summary>
public abstract class Assessment
{
    /// <summary>The stable identifier.</summary>
    public abstract string Id { get; }

    /// <summary>The short name shown before the message.</summary>
    public abstract string Name { get; }

    /// <summary>What the assessment checks, in one sentence.</summary>
    public abstract string Summary { get; }

    /// <summary>
    /// True when the paper's language has what the assessment needs (a word list, a detector). A readability group in
    /// which some assessment is not supported is scored more strictly, as the reference does.
    /// </summary>
    public virtual bool IsSupported(AnalysisContext context) => true;

    /// <summary>True when the result counts in its group's overall score (false for information such as the Flesch score).</summary>
    public virtual bool CountsInScore => true;

    /// <summary>True when the assessment has something to say about this paper.</summary>
    public virtual bool IsApplicable(AnalysisContext context, Topic topic) => true;

    /// <summary>Assesses the paper.</summary>
    public abstract AssessmentResult Assess(AnalysisContext context, Topic topic);

    /// <summary>A result with no marks.</summary>
    protected AssessmentResult Result(int score, string message, string fix = "") =>
        new(Id, score, string.Concat(Name, ": ", message), []) { Fix = fix };

    /// <summary>A result with marks.</summary>
    protected AssessmentResult Result(int score, string message, IReadOnlyList<Mark> marks, string fix = "") =>
        new(Id, score, string.Concat(Name, ": ", message), marks) { Fix = fix };

    /// <summary>A result with no marks, its message written straight after the name.</summary>
    protected AssessmentResult Result(int score, [InterpolatedStringHandlerArgument("")] ref Message message, string fix = "") =>
        new(Id, score, message.ToStringAndClear(), []) { Fix = fix };

    /// <summary>A result with marks, its message written straight after the name.</summary>
    protected AssessmentResult Result(int score, [InterpolatedStringHandlerArgument("")] ref Message message, IReadOnlyList<Mark> marks, string fix = "") =>
        new(Id, score, message.ToStringAndClear(), marks) { Fix = fix };

    /// <summary>Part of a message, with numbers written the same way whatever the culture of the calling thread.</summary>
    protected static string Say(ref Message text) => text.ToStringAndClear();

    /// <summary>
    /// Writes a message: the interpolated text, after the assessment's name when it is a result's message, in one
    /// string. Numbers are formatted in the invariant culture, so that "44.4%" reads the same in every host.
    /// </summary>
    [InterpolatedStringHandler]
    protected ref struct Message
    {
        private DefaultInterpolatedStringHandler _text;

        /// <summary>A part of a message.</summary>
        public Message(int literalLength, int formattedCount) =>
            _text = new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture);

        /// <summary>A result's message: the name, a colon, the text.</summary>
        public Message(int literalLength, int formattedCount, Assessment assessment)
        {
            _text = new DefaultInterpolatedStringHandler(literalLength + assessment.Name.Length + 2, formattedCount, CultureInfo.InvariantCulture);
            _text.AppendLiteral(assessment.Name);
            _text.AppendLiteral(": ");
        }

        /// <summary>Appends text as written.</summary>
        public void AppendLiteral(string value) => _text.AppendLiteral(value);
        /// <summary>Appends a value.</summary>
        public void AppendFormatted<T>(T value) => _text.AppendFormatted(value);
        /// <summary>Appends a value in a format.</summary>
        public void AppendFormatted<T>(T value, string? format) => _text.AppendFormatted(value, format);
        /// <summary>Appends characters.</summary>
        public void AppendFormatted(scoped ReadOnlySpan<char> value) => _text.AppendFormatted(value);
        /// <summary>Appends a string.</summary>
        public void AppendFormatted(string? value) => _text.AppendFormatted(value);
        /// <summary>The message; the handler is empty afterwards.</summary>
        public string ToStringAndClear() => _text.ToStringAndClear();
    }

    /// <summary>"1 word", "2 words".</summary>
    protected static string Plural(int n, string one, string many) => n == 1 ? string.Concat("1 ", one) : Say($"{n} {many}");
}
