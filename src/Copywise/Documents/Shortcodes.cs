using System.Collections.Frozen;

namespace Copywise.Documents;

/// <summary>
/// WordPress shortcodes in the text of a page: <c>[caption id="attachment_12" width="800"]</c>, <c>[/caption]</c>,
/// <c>[gallery ids="1,2"]</c>, <c>[contact-form-7 id="5"]</c>. They are markup that WordPress replaces when it renders
/// the page, not words the reader sees. Bracketed words of the prose ("[sic]", "[1]", "[Update]") are not shortcodes.
/// </summary>
internal static class Shortcodes
{
    // Shortcodes of WordPress itself and of common plugins and page builders that may stand without attributes.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Known = new[]
    {
        "caption", "wp_caption", "gallery", "embed", "audio", "video", "playlist", "contact-form-7", "contact-form",
        "gravityform", "gravityforms", "wpforms", "ninja_form", "mc4wp_form", "toc", "ez-toc", "lwptoc", "youtube",
        "vimeo", "tweet", "instagram", "soundcloud", "spotify", "googlemaps", "products", "product", "add_to_cart",
        "woocommerce_cart", "woocommerce_checkout", "woocommerce_my_account", "wpseo_breadcrumb", "rank_math_breadcrumb",
        "row", "column", "one_half", "one_half_last", "one_third", "one_third_last", "two_third", "two_third_last",
        "one_fourth", "one_fourth_last", "three_fourth", "three_fourth_last", "tabs", "tab", "accordion", "toggle",
        "divider", "spacer", "clear", "button", "dropcap", "highlight", "box", "alert", "fa", "icon",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Prefixes of page builders' shortcodes (WPBakery, Divi, Avada, Shortcodes Ultimate, Enfold, ...).
    private static readonly string[] KnownPrefixes = ["vc_", "et_pb_", "fusion_", "su_", "av_", "mk_", "cs_", "ux_", "tm_", "themify_", "elementor-"];

    /// <summary>The length of the shortcode tag that starts <paramref name="text"/> (at its '['), or 0 when there is none.</summary>
    public static int Length(ReadOnlySpan<char> text)
    {
        if (text.Length < 3 || text[0] != '[') return 0;
        bool closing = text[1] == '/';
        int nameStart = closing ? 2 : 1;
        int i = nameStart;
        if (i >= text.Length || !char.IsAsciiLetter(text[i])) return 0;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '-')) i++;
        if (i >= text.Length) return 0;
        var name = text[nameStart..i];
        if (closing) return text[i] == ']' ? i + 1 : 0;
        if (text[i] == ']') return IsKnown(name) ? i + 1 : 0;
        if (text[i] == '/' && i + 1 < text.Length && text[i + 1] == ']') return i + 2;
        if (!char.IsWhiteSpace(text[i])) return 0;
        // Attributes up to the closing bracket, on a reasonable length and without another opening bracket.
        int end = text[i..Math.Min(text.Length, i + 2048)].IndexOfAny('[', ']');
        if (end < 0 || text[i + end] != ']') return 0;
        var attributes = text[i..(i + end)];
        return attributes.Contains('=') || IsKnown(name) ? i + end + 1 : 0;
    }

    // Shortcodes that WordPress renders as a box of their own (a figure, a gallery, a player, a builder's row or
    // module): the text around them belongs to separate paragraphs.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Boxes = new[]
    {
        "caption", "wp_caption", "gallery", "embed", "audio", "video", "playlist", "row", "column", "tabs", "tab",
        "accordion", "toggle", "divider", "spacer", "box", "alert", "toc", "ez-toc", "lwptoc",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the shortcode tag (as <see cref="Length"/> found it) renders as a box of its own.</summary>
    public static bool IsBox(ReadOnlySpan<char> tag)
    {
        int i = tag.Length > 1 && tag[1] == '/' ? 2 : 1, start = i;
        while (i < tag.Length && (char.IsAsciiLetterOrDigit(tag[i]) || tag[i] is '_' or '-')) i++;
        var name = tag[start..i];
        return Boxes.Contains(name) || IsBuilderTag(name);
    }

    private static bool IsKnown(ReadOnlySpan<char> name) => Known.Contains(name) || IsBuilderTag(name);

    // A page builder's tag: its modules and rows, each a box of its own.
    private static bool IsBuilderTag(ReadOnlySpan<char> name)
    {
        foreach (var prefix in KnownPrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
