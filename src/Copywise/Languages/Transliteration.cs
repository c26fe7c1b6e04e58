using System.Text;

namespace Copywise.Languages;

/// <summary>Writes text in plain Latin letters, as slugs are usually spelled.</summary>
public static class Transliteration
{
    // The base letter of every character from U+00C0 to U+024F whose canonical decomposition is an ASCII letter and
    // marks (č → c, ő → o, ş → s); other characters stand for themselves. Generated from the Unicode decompositions:
    // string.Normalize is not available where globalization is invariant.
    private const int First = 0xC0;
    private const string Bases =
        "AAAAAAÆCEEEEIIIIÐNOOOOO×ØUUUUYÞßaaaaaaæceeeeiiiiðnooooo÷øuuuuyþyAaAaAaCcCcCcCcDdĐđEeEeEeEeEeGgGgGgGgHhĦħIiIiIiIiIıĲĳJjKkĸLlLlLlĿŀŁłNnNnNnŉŊŋOoOoOoŒœRrRrRrSsSsSsSsTtTtŦŧUuUuUuUuUuUuWwYyYZzZzZzſƀƁƂƃƄƅƆƇƈƉƊƋƌƍƎƏƐƑƒƓƔƕƖƗƘƙƚƛƜƝƞƟOoƢƣƤƥƦƧƨƩƪƫƬƭƮUuƱƲƳƴƵƶƷƸƹƺƻƼƽƾƿǀǁǂǃǄǅǆǇǈǉǊǋǌAaIiOoUuUuUuUuUuǝAaAaǢǣǤǥGgKkOoOoǮǯjǱǲǳGgǶǷNnAaǼǽǾǿAaAaEeEeIiIiOoOoRrRrUuUuSsTtȜȝHhȠȡȢȣȤȥAaEeOoOoOoOoYyȴȵȶȷȸȹȺȻȼȽȾȿɀɁɂɃɄɅɆɇɈɉɊɋɌɍɎɏ";

    /// <summary>
    /// The text without accents: letters with marks lose them (č → c, ő → o, ş → s), and letters that do not decompose
    /// are replaced (ł → l, ı → i, ø → o, đ → d, ß → ss, æ → ae, œ → oe).
    /// </summary>
    public static string RemoveDiacritics(string text)
    {
        bool ascii = true;
        foreach (char c in text) if (c >= 0x80) { ascii = false; break; }
        if (ascii) return text;
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            switch (c)
            {
                case 'ł': sb.Append('l'); break;
                case 'Ł': sb.Append('L'); break;
                case 'ı': sb.Append('i'); break;
                case 'ø': sb.Append('o'); break;
                case 'Ø': sb.Append('O'); break;
                case 'đ': sb.Append('d'); break;
                case 'Đ': sb.Append('D'); break;
                case 'ħ': sb.Append('h'); break;
                case 'Ħ': sb.Append('H'); break;
                case 'ß': sb.Append("ss"); break;
                case 'æ': sb.Append("ae"); break;
                case 'Æ': sb.Append("AE"); break;
                case 'œ': sb.Append("oe"); break;
                case 'Œ': sb.Append("OE"); break;
                default:
                    // Combining marks typed after a letter (c + ◌̌) are dropped.
                    if (c is >= '\u0300' and <= '\u036F') break;
                    sb.Append(c >= First && c < First + Bases.Length ? Bases[c - First] : c);
                    break;
            }
        }
        return sb.ToString();
    }
}
