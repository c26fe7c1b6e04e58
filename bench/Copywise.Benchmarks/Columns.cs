using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Copywise.Documents;

namespace Copywise.Benchmarks;

/// <summary>
/// Extra columns that relate each benchmark to the size of its input, so that linear growth shows as a flat column:
/// counted words, input size, time per word, throughput and bytes allocated per input byte.
/// The input is found from the benchmark's <c>Words</c> parameter and the format its method name carries.
/// </summary>
public sealed class SizeColumn(string name, string legend, Func<Summary, BenchmarkCase, int, Paper, string?> value) : IColumn
{
    /// <summary>The columns every benchmark class of this project shows.</summary>
    public static readonly IColumn[] All =
    [
        new SizeColumn("Counted", "Words our analysis counts in the article", (_, _, w, _) => Articles.WordCount(w).ToString("#,0", CultureInfo.InvariantCulture)),
        new SizeColumn("Input KB", "Size of the input text in UTF-8, 1 KB = 1,000 bytes", (_, _, _, p) => (Articles.InputBytes(p) / 1000.0).ToString("#,0.0", CultureInfo.InvariantCulture)),
        new SizeColumn("ns/word", "Median time divided by the counted words", (s, b, w, _) => Median(s, b) is { } ns ? (ns / Articles.WordCount(w)).ToString("0.0", CultureInfo.InvariantCulture) : null),
        new SizeColumn("MB/s", "Input (10^6 bytes of UTF-8) per second at the median time, one thread", (s, b, _, p) => Median(s, b) is { } ns ? (Articles.InputBytes(p) / 1e6 / (ns / 1e9)).ToString("0.00", CultureInfo.InvariantCulture) : null),
        new SizeColumn("Alloc/input", "Bytes allocated per byte of input", (s, b, _, p) => s[b]?.GcStats is { } gc && gc.GetBytesAllocatedPerOperation(b) is long bytes ? (bytes / (double)Articles.InputBytes(p)).ToString("0.00", CultureInfo.InvariantCulture) : null),
    ];

    /// <summary>A config holding <see cref="All"/>.</summary>
    public sealed class Config : ManualConfig
    {
        /// <summary>Adds the columns.</summary>
        public Config() => AddColumn([StatisticColumn.Median, StatisticColumn.Min, .. All]);
    }

    // The median rather than the mean: on a shared machine an iteration that another process slowed moves the mean a lot.
    private static double? Median(Summary s, BenchmarkCase b) => s[b]?.ResultStatistics?.Median;

    private static (int Words, Paper Paper)? InputOf(BenchmarkCase b)
    {
        var words = b.Parameters.Items.FirstOrDefault(p => p.Name == "Words")?.Value;
        if (words is not int w) return null;
        string method = b.Descriptor.WorkloadMethod.Name;
        var format = method.Contains("Markdown", StringComparison.Ordinal) ? DocumentFormat.Markdown
            : method.Contains("PlainText", StringComparison.Ordinal) ? DocumentFormat.Text
            : DocumentFormat.Html;
        return (w, Articles.Get(w, format));
    }

    /// <inheritdoc/>
    public string Id => nameof(SizeColumn) + "." + ColumnName;
    /// <inheritdoc/>
    public string ColumnName => name;
    /// <inheritdoc/>
    public bool AlwaysShow => true;
    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;
    /// <inheritdoc/>
    public int PriorityInCategory => 0;
    /// <inheritdoc/>
    public bool IsNumeric => true;
    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;
    /// <inheritdoc/>
    public string Legend => legend;
    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;
    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);
    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        InputOf(benchmarkCase) is { } input ? value(summary, benchmarkCase, input.Words, input.Paper) ?? "-" : "-";
    /// <inheritdoc/>
    public override string ToString() => ColumnName;
}
