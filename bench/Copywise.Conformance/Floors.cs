using System.Globalization;

namespace Copywise.Conformance;

/// <summary>
/// Agreement floors read from <c>bench/conformance-floor.txt</c>: lines of <c>scope seo readability</c>, where scope
/// is a language code or <c>all</c> and the floors are percentages of (paper, assessment) pairs that agree with the
/// reference in each group. CI fails when a scope falls under either floor.
/// </summary>
public sealed class Floors
{
    /// <summary>One line of the file.</summary>
    /// <param name="Scope">A language code, or <c>all</c> for every paper.</param>
    /// <param name="Seo">The floor of SEO agreement, in percent.</param>
    /// <param name="Readability">The floor of readability agreement, in percent.</param>
    public readonly record struct Floor(string Scope, double Seo, double Readability);

    /// <summary>The floors in file order.</summary>
    public IReadOnlyList<Floor> All { get; }

    private Floors(IReadOnlyList<Floor> all) => All = all;

    /// <summary>The floor of a scope, or null when the file has none.</summary>
    public Floor? Of(string scope) => All.Where(f => f.Scope == scope).Select(f => (Floor?)f).FirstOrDefault();

    /// <summary>Parses the file's lines; blank lines and lines starting with <c>#</c> are skipped.</summary>
    /// <exception cref="FormatException">A line is not <c>scope seo readability</c> or a scope repeats.</exception>
    public static Floors Parse(IEnumerable<string> lines)
    {
        var list = new List<Floor>();
        int n = 0;
        foreach (var raw in lines)
        {
            n++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 3
                || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var seo)
                || !double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var readability)
                || seo is < 0 or > 100 || readability is < 0 or > 100)
                throw new FormatException($"line {n}: expected \"scope seo readability\" with two percentages, got \"{line}\"");
            if (list.Any(f => f.Scope == parts[0])) throw new FormatException($"line {n}: {parts[0]} has a floor already");
            list.Add(new Floor(parts[0], seo, readability));
        }
        return new Floors(list);
    }

    /// <summary>
    /// Checks every floor against the report (only that of <paramref name="language"/> when the report is limited to
    /// one): one line per scope, and whether all hold. A scope without any comparison fails, so that a floor cannot
    /// pass because its papers went missing.
    /// </summary>
    public (bool Held, List<string> Lines) Check(ConformanceReport report, string? language = null)
    {
        var inv = CultureInfo.InvariantCulture;
        var lines = new List<string>();
        bool held = true;
        foreach (var f in All)
        {
            if (language != null && f.Scope != language) continue;
            string? scope = f.Scope == "all" ? null : f.Scope;
            var (seo, seoCount) = report.AgreementOf(scope, "seo");
            var (read, readCount) = report.AgreementOf(scope, "readability");
            if (seoCount == 0 && readCount == 0)
            {
                lines.Add($"conformance ({f.Scope}): no paper compared; the floor cannot be checked");
                held = false;
                continue;
            }
            bool ok = seo >= f.Seo && read >= f.Readability;
            held &= ok;
            lines.Add($"conformance ({f.Scope}): SEO {seo.ToString(inv)}% (floor {f.Seo.ToString(inv)}), readability {read.ToString(inv)}% (floor {f.Readability.ToString(inv)}){(ok ? "" : ": UNDER THE FLOOR")}");
        }
        return (held, lines);
    }
}
