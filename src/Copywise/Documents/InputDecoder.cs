using System.Text;

namespace Copywise.Documents;

/// <summary>Turns bytes into text, refusing what is not text: binary data and invalid UTF-8 get a clear message.</summary>
public static class InputDecoder
{
    /// <summary>Decodes UTF-8 (with or without BOM) or UTF-16 with a BOM.</summary>
    /// <exception cref="CopywiseInputException">The bytes are binary or not valid UTF-8.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return DecodeStrict(new UnicodeEncoding(false, true, true), bytes[2..], "UTF-16");
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return DecodeStrict(new UnicodeEncoding(true, true, true), bytes[2..], "UTF-16");
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) bytes = bytes[3..];
        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0) throw new CopywiseInputException($"binary data, not text (NUL byte at offset {nul})");
        var status = System.Text.Unicode.Utf8.IsValid(bytes);
        if (!status)
        {
            int offset = FirstInvalidUtf8(bytes);
            throw new CopywiseInputException($"invalid UTF-8 at byte offset {offset}");
        }
        int controls = 0;
        int sample = Math.Min(bytes.Length, 8192);
        for (int i = 0; i < sample; i++)
        {
            byte b = bytes[i];
            if (b < 0x20 && b != (byte)'\n' && b != (byte)'\r' && b != (byte)'\t' && b != 0x0C) controls++;
        }
        if (sample > 0 && controls * 10 > sample) throw new CopywiseInputException("binary data, not text (too many control characters)");
        return Encoding.UTF8.GetString(bytes);
    }

    private static string DecodeStrict(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try { return encoding.GetString(bytes); }
        catch (DecoderFallbackException e) { throw new CopywiseInputException($"invalid {name} at byte offset {e.Index}"); }
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        int i = 0;
        while (i < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out int consumed);
            if (status != System.Buffers.OperationStatus.Done) return i;
            i += consumed;
        }
        return i;
    }
}
