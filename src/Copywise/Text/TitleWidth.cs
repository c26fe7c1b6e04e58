using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Copywise.Text;

/// <summary>
/// Measures a title in pixels as a search result renders it (Arial, 20 px), the way a browser measures text
/// (Chromium's canvas <c>measureText</c> with its defaults), and checked against widths measured there.
/// </summary>
/// <remarks>
/// <para>Characters of Liberation Sans (metric-compatible with Arial: Latin, Greek, Cyrillic, Hebrew, punctuation,
/// digits and common symbols) take their advance width from a table generated from the font by
/// <c>tools/font-widths.py</c>, plus the font's pair kerning, which browsers apply by default. As the browser's shaper
/// does, a title with combining characters is composed to NFC first (a letter typed with a combining accent measures as the accented letter),
/// marks and invisible format characters (soft hyphen, joiners, direction marks) add nothing and kerning looks through
/// them, a pair never kerns across a space (each word is shaped on its own) nor across a change of script, and tabs
/// and line breaks count as spaces.</para>
/// <para>Other characters are drawn from fallback fonts that differ between systems, so they get a documented
/// estimate: emoji 1.25 em, counted once for a whole sequence (skin tone, joiner sequences, flags, keycaps, and a
/// symbol made emoji by U+FE0F); CJK ideographs, kana and full-width forms 1 em; Hangul 0.92 em; half-width forms
/// 0.5 em; other symbols 0.85 em; letters of other scripts (Arabic, Indic, Thai, ...) 0.5 em.</para>
/// </remarks>
public static class TitleWidth
{
    /// <summary>Width of an emoji (Noto Color Emoji draws them about 1.25 em wide).</summary>
    private const double EmojiEm = 1.25;
    private const double WideEm = 1;
    private const double HangulEm = 0.92;
    private const double HalfWidthEm = 0.5;
    private const double SymbolEm = 0.85;
    private const double OtherEm = 0.5;

    private static readonly Lazy<FontTable> Table = new(FontTable.Load);

    /// <summary>The width of <paramref name="title"/> in pixels at <paramref name="fontSize"/> px.</summary>
    public static double Measure(string title, double fontSize = 20)
    {
        if (string.IsNullOrEmpty(title)) return 0;
        var font = Table.Value;
        title = Compose(title);
        double units = 0, em = font.UnitsPerEm;
        byte run = font.FirstRun(title);
        int kernLeft = -1;         // the previous character, when a kerning pair may start with it
        var last = default(Rune);  // the previous visible character
        double lastWidth = 0;
        bool lastIsEmoji = false, joinEmoji = false, flagOpen = false;
        foreach (var rune in title.EnumerateRunes())
        {
            int c = rune.Value;
            if (c is '\t' or '\n' or '\f' or '\r') c = ' ';
            byte cls = font.ClassOf(c);
            if (cls == FontTable.Skip)
            {
                if (c == 0x200D) joinEmoji = lastIsEmoji;
                continue;
            }
            double width;
            bool isEmoji = false;
            if (cls != FontTable.Missing)
            {
                if (cls >= FontTable.FirstScript && cls != run) { run = cls; kernLeft = -1; }
                width = font.Advance(c);
                if (kernLeft >= 0) width += font.Kerning(run, kernLeft, c);
                kernLeft = c;
            }
            else
            {
                kernLeft = -1;
                var category = Rune.GetUnicodeCategory(rune);
                if (c == 0xFE0F)
                {
                    // The emoji presentation selector turns a preceding symbol, digit or sign into an emoji.
                    if (!lastIsEmoji && last.Value != 0 && !Rune.IsLetter(last) && !Rune.IsWhiteSpace(last))
                    {
                        units += EmojiEm * em - lastWidth;
                        lastWidth = EmojiEm * em;
                        lastIsEmoji = true;
                    }
                    continue;
                }
                if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
                    or UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
                    continue;
                if (Rune.IsLetter(rune)) run = FontTable.OtherScript;
                if (c is >= 0x1F3FB and <= 0x1F3FF && lastIsEmoji) { joinEmoji = false; continue; }  // skin tone
                if (c is >= 0x1F1E6 and <= 0x1F1FF && flagOpen) { flagOpen = false; continue; }  // a flag's second letter
                isEmoji = IsEmoji(c);
                if (isEmoji && joinEmoji) { joinEmoji = false; continue; }
                width = em * (isEmoji ? EmojiEm
                    : IsHangul(c) ? HangulEm
                    : c is >= 0xFF61 and <= 0xFFDC or >= 0xFFE8 and <= 0xFFEE ? HalfWidthEm
                    : IsWide(c) ? WideEm
                    : category == UnicodeCategory.OtherSymbol ? SymbolEm
                    : OtherEm);
            }
            flagOpen = c is >= 0x1F1E6 and <= 0x1F1FF;
            units += width;
            last = rune;
            lastWidth = width;
            lastIsEmoji = isEmoji;
            joinEmoji = false;
        }
        return units * fontSize / em;
    }

    /// <summary>
    /// The shaper draws a base letter and its combining accents as the font's accented letter, which NFC composition
    /// gives. Only titles with combining characters need it (and only they pay for it).
    /// </summary>
    private static string Compose(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] < 0x300) continue;
            if (CharUnicodeInfo.GetUnicodeCategory(s, i) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.EnclosingMark || s[i] is >= '\u1161' and <= '\u11FF')
            {
                try
                {
                    return s.Normalize(NormalizationForm.FormC);
                }
                catch (ArgumentException)
                {
                    return s;  // unpaired surrogates: measured as they are
                }
            }
        }
        return s;
    }

    /// <summary>Pictographs and the symbols that are emoji by default (Emoji_Presentation).</summary>
    private static bool IsEmoji(int c) =>
        c is >= 0x1F000 and <= 0x1FAFF
            or 0x231A or 0x231B or >= 0x23E9 and <= 0x23EC or 0x23F0 or 0x23F3 or 0x25FD or 0x25FE or 0x2614 or 0x2615
            or >= 0x2648 and <= 0x2653 or 0x267F or 0x2693 or 0x26A1 or 0x26AA or 0x26AB or 0x26BD or 0x26BE or 0x26C4
            or 0x26C5 or 0x26CE or 0x26D4 or 0x26EA or 0x26F2 or 0x26F3 or 0x26F5 or 0x26FA or 0x26FD or 0x2705 or 0x270A
            or 0x270B or 0x2728 or 0x274C or 0x274E or >= 0x2753 and <= 0x2755 or 0x2757 or >= 0x2795 and <= 0x2797
            or 0x27B0 or 0x27BF or 0x2B1B or 0x2B1C or 0x2B50 or 0x2B55;

    private static bool IsHangul(int c) =>
        c is >= 0x1100 and <= 0x11FF or >= 0x3130 and <= 0x318F or >= 0xA960 and <= 0xA97F or >= 0xAC00 and <= 0xD7FF;

    /// <summary>East Asian wide and full-width characters.</summary>
    private static bool IsWide(int c) =>
        c is >= 0x2E80 and <= 0x303E or >= 0x3041 and <= 0x33FF or >= 0x3400 and <= 0x4DBF or >= 0x4E00 and <= 0x9FFF
            or >= 0xA000 and <= 0xA4CF or >= 0xF900 and <= 0xFAFF or >= 0xFE10 and <= 0xFE19 or >= 0xFE30 and <= 0xFE6F
            or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x20000 and <= 0x3FFFD;

    /// <summary>The generated table: advances, run classes and kerning pairs by code point.</summary>
    private sealed class FontTable
    {
        public const byte Missing = 0, Common = 1, Skip = 2, OtherScript = 3, FirstScript = 3;

        public int UnitsPerEm { get; private set; } = 2048;
        private readonly short[] _advances = new short[0x10000];
        private readonly byte[] _classes = new byte[0x10000];
        private byte _hebrew = byte.MaxValue;
        private FrozenDictionary<int, short> _kern = FrozenDictionary<int, short>.Empty;
        private FrozenDictionary<int, short> _hebrewKern = FrozenDictionary<int, short>.Empty;

        public byte ClassOf(int c) => (uint)c < (uint)_classes.Length ? _classes[c] : Missing;

        public int Advance(int c) => _advances[c];

        public int Kerning(byte run, int left, int right) =>
            (run == _hebrew ? _hebrewKern : _kern).TryGetValue(left << 16 | right, out var k) ? k : 0;

        /// <summary>Characters before the first letter take its script, as the shaper's script runs do.</summary>
        public byte FirstRun(string title)
        {
            foreach (var rune in title.EnumerateRunes())
            {
                byte cls = ClassOf(rune.Value);
                if (cls >= FirstScript) return cls;
                if (cls == Missing && Rune.IsLetter(rune)) return OtherScript;
            }
            return Common;
        }

        public static FontTable Load()
        {
            using var stream = typeof(TitleWidth).Assembly.GetManifestResourceStream("Copywise.Text.title-font-widths.txt")
                ?? throw new InvalidOperationException("missing title-font-widths.txt");
            using var reader = new StreamReader(stream);
            var table = new FontTable();
            var scripts = new Dictionary<string, byte>(StringComparer.Ordinal);
            var kern = new Dictionary<int, short>();
            var hebrewKern = new Dictionary<int, short>();
            while (reader.ReadLine() is { } line)
            {
                if (line.Length == 0 || line[0] == '#') continue;
                var parts = line.Split(' ');
                switch (parts)
                {
                    case ["unitsPerEm", var units]:
                        table.UnitsPerEm = int.Parse(units, CultureInfo.InvariantCulture);
                        break;
                    case ["kern" or "kern-hebr", var left, var right, var value]:
                        (parts[0] == "kern" ? kern : hebrewKern)[Hex(left) << 16 | Hex(right)] = short.Parse(value, CultureInfo.InvariantCulture);
                        break;
                    case [var code, var advance, var cls]:
                        int c = Hex(code);
                        if (c >= table._classes.Length) break;
                        table._advances[c] = short.Parse(advance, CultureInfo.InvariantCulture);
                        table._classes[c] = cls switch
                        {
                            "Zyyy" => Common,
                            "skip" => Skip,
                            _ => scripts.TryGetValue(cls, out var id) ? id : scripts[cls] = (byte)(FirstScript + 1 + scripts.Count),
                        };
                        break;
                }
            }
            if (scripts.TryGetValue("Hebr", out var hebrew)) table._hebrew = hebrew;
            table._kern = kern.ToFrozenDictionary();
            table._hebrewKern = hebrewKern.ToFrozenDictionary();
            return table;
        }

        private static int Hex(string s) => int.Parse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
    }
}
