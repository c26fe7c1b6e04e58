using System.Globalization;
using System.Text;

namespace Copywise.Text;

/// <summary>
/// Measures a title in pixels as a search result renders it (Arial, 20 px), from an advance-width table generated
/// from Liberation Sans (metric-compatible with Arial) by <c>tools/font-widths.py</c>. Characters outside the table:
/// CJK and full-width forms count one em; others count the width of an average lower-case Latin letter.
/// No kerning, as browsers apply none to Arial at this size by default.
/// </summary>
public static class TitleWidth
{
    private static readonly Lazy<(Dictionary<int, int> Advances, int UnitsPerEm)> Table = new(Load);

    /// <summary>The width of <paramref name="title"/> in pixels at <paramref name="fontSize"/> px.</summary>
    public static double Measure(string title, double fontSize = 20)
    {
        var (advances, units) = Table.Value;
        double fallback = advances.TryGetValue('a', out var a) ? a : units / 2.0;
        double total = 0;
        foreach (var rune in title.EnumerateRunes())
        {
            int c = rune.Value;
            if (advances.TryGetValue(c, out var w)) total += w;
            else if (IsWide(c)) total += units;
            else if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format or UnicodeCategory.Control) { }
            else total += fallback;
        }
        return total * fontSize / units;
    }

    private static bool IsWide(int c) =>
        c is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x1F300 and <= 0x1FAFF or >= 0x20000 and <= 0x3FFFD;

    private static (Dictionary<int, int>, int) Load()
    {
        using var stream = typeof(TitleWidth).Assembly.GetManifestResourceStream("Copywise.Text.title-font-widths.txt")
            ?? throw new InvalidOperationException("missing title-font-widths.txt");
        using var reader = new StreamReader(stream);
        var advances = new Dictionary<int, int>();
        int units = 2048;
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split(' ');
            if (parts.Length != 2) continue;
            if (parts[0] == "unitsPerEm") { units = int.Parse(parts[1], CultureInfo.InvariantCulture); continue; }
            advances[int.Parse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture)] = int.Parse(parts[1], CultureInfo.InvariantCulture);
        }
        return (advances, units);
    }
}
