using System.Globalization;
using System.Text;
using Copywise.Text;

namespace Copywise.Tests.Text;

/// <summary>
/// TitleWidth against Text/Data/title-widths.chromium.tsv: titles measured by tools/measure-title-widths.mjs in headless
/// Chromium (canvas measureText, "20px Arial" resolved to Liberation Sans), checked in so that no browser is needed here.
/// </summary>
public class TitleWidthTests
{
    /// <summary>
    /// For titles that Liberation Sans draws whole the table reproduces the browser's shaping (advances, kerning,
    /// composition), so the only difference left is the fixture's rounding to 0.01 px; a single missed or extra
    /// kerning pair would be off by 0.36 px or more.
    /// </summary>
    private const double FontTolerancePx = 0.01;

    /// <summary>
    /// Arabic, CJK, Hangul and emoji come from fallback fonts that differ between systems; TitleWidth estimates them
    /// per kind of character (see its remarks), which stays within 5% of the browser here.
    /// </summary>
    private const double FallbackTolerance = 0.05;

    private static readonly string Fixture =
        Path.Combine(TestPaths.RepoRoot, "tests", "Copywise.Tests", "Text", "Data", "title-widths.chromium.tsv");

    /// <summary>Latin, Greek, Cyrillic, Hebrew, and the punctuation, currency signs and symbols around them.</summary>
    private static bool DrawnByTheFont(string title) =>
        title.EnumerateRunes().All(r => r.Value < 0x600 || r.Value is >= 0x1E00 and <= 0x22FF);

    private static IEnumerable<(string Title, double Width)> Rows() =>
        File.ReadLines(Fixture)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(p => (p[0], double.Parse(p[1], CultureInfo.InvariantCulture)));

    private static TheoryData<string, double> Titles(bool drawnByTheFont)
    {
        var data = new TheoryData<string, double>();
        foreach (var (title, width) in Rows().Where(r => DrawnByTheFont(r.Title) == drawnByTheFont)) data.Add(title, width);
        return data;
    }

    public static TheoryData<string, double> FontTitles => Titles(drawnByTheFont: true);

    public static TheoryData<string, double> FallbackTitles => Titles(drawnByTheFont: false);

    [Theory]
    [MemberData(nameof(FontTitles))]
    public void Latin_Greek_Cyrillic_and_Hebrew_titles_measure_as_in_the_browser(string title, double width) =>
        Assert.InRange(TitleWidth.Measure(title), width - FontTolerancePx, width + FontTolerancePx);

    [Theory]
    [MemberData(nameof(FallbackTitles))]
    public void Titles_in_other_scripts_are_estimated_closely(string title, double width) =>
        Assert.InRange(TitleWidth.Measure(title), width * (1 - FallbackTolerance), width * (1 + FallbackTolerance));

    [Fact]
    public void The_fixture_spans_the_scripts_it_vouches_for()
    {
        var titles = Rows().Select(r => r.Title).ToList();
        bool Has(int from, int to) => titles.Any(t => t.EnumerateRunes().Any(r => r.Value >= from && r.Value <= to));
        Assert.True(titles.Count(DrawnByTheFont) >= 60);
        Assert.True(titles.Count(t => !DrawnByTheFont(t)) >= 10);
        Assert.True(Has(0xC0, 0x24F) && Has(0x1E00, 0x1EFF), "accented Latin, Vietnamese");
        Assert.True(Has(0x400, 0x4FF) && Has(0x370, 0x3FF) && Has(0x590, 0x5FF), "Cyrillic, Greek, Hebrew");
        Assert.True(Has(0x600, 0x6FF) && Has(0x4E00, 0x9FFF) && Has(0xAC00, 0xD7A3) && Has(0x1F300, 0x1FAFF), "Arabic, CJK, Hangul, emoji");
    }

    // Expected widths below were measured in the same browser.
    [Theory]
    [InlineData("AV", 25.1953125)]
    [InlineData("To", 21.123046875)]
    [InlineData("ΑΤ", 24.072265625)]
    [InlineData("Т,", 15.556640625)]
    [InlineData("11", 20.76171875)]
    public void Pairs_are_kerned(string text, double width) => Assert.Equal(width, TitleWidth.Measure(text), 6);

    [Theory]
    [InlineData(" A", 18.896484375)]
    [InlineData("AV AV", 55.947265625)]
    [InlineData("«Т", 23.33984375)]
    public void No_kerning_across_a_space_or_where_the_font_has_no_pair(string text, double width) =>
        Assert.Equal(width, TitleWidth.Measure(text), 6);

    [Theory]
    [InlineData("A\u0308V", "ÄV")]
    [InlineData("Pho\u031B\u0309", "Phở")]
    [InlineData("a\u00ADb", "ab")]
    [InlineData("a\u200Bb", "ab")]
    [InlineData("A\u200DV", "AV")]
    [InlineData("a\tb\nc", "a b c")]
    public void Accents_compose_and_invisible_characters_add_nothing(string text, string same) =>
        Assert.Equal(TitleWidth.Measure(same), TitleWidth.Measure(text), 6);

    [Theory]
    [InlineData("🔥")]
    [InlineData("👨\u200D👩\u200D👧\u200D👦")]
    [InlineData("👍🏽")]
    [InlineData("🇮🇹")]
    [InlineData("☀\uFE0F")]
    [InlineData("1\uFE0F\u20E3")]
    public void An_emoji_sequence_is_one_emoji(string emoji) => Assert.Equal(25, TitleWidth.Measure(emoji), 6);

    [Fact]
    public void Two_flags_are_two_emoji() => Assert.Equal(50, TitleWidth.Measure("🇮🇹🇫🇷"), 6);

    [Fact]
    public void Odd_input_measures_without_error()
    {
        // Built here rather than in attributes, whose serialisation would repair the unpaired surrogates.
        Assert.Equal(0, TitleWidth.Measure(""));
        Assert.Equal(TitleWidth.Measure("\uFFFD"), TitleWidth.Measure(new string('\uD800', 1)), 6);
        Assert.Equal(TitleWidth.Measure("x\uFFFD\uFFFDy"), TitleWidth.Measure("x" + '\uDC00' + '\uD800' + "y"), 6);
        Assert.Equal(TitleWidth.Measure("x"), TitleWidth.Measure("\u0301\u0000x\u0001"), 6);
    }

    [Fact]
    public void Measuring_allocates_nothing_per_character()
    {
        string shortTitle = "Größte Fußballfans", longTitle = string.Concat(Enumerable.Repeat("Größte Fußballfans Ελλάδα Москва ", 10));
        TitleWidth.Measure(longTitle);
        long Allocated(string t)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            TitleWidth.Measure(t);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }
        Assert.Equal(0, Allocated(shortTitle));
        Assert.Equal(0, Allocated(longTitle));
    }
}
