using Copywise.Documents;

namespace Copywise.Cli;

/// <summary>Reads an input file or standard input as text, with one-line errors for what cannot be read.</summary>
public static class InputReader
{
    /// <summary>The largest input we read, in bytes.</summary>
    public const long MaxInputBytes = 512L * 1024 * 1024;

    /// <summary>Reads <paramref name="path"/> ("-" or null for standard input).</summary>
    /// <exception cref="CopywiseInputException">Missing, a directory, unreadable, binary or not UTF-8.</exception>
    public static string ReadText(string? path, TextReader? stdin = null)
    {
        byte[] bytes = ReadBytes(path, stdin);
        return InputDecoder.Decode(bytes);
    }

    /// <summary>Reads the raw bytes.</summary>
    public static byte[] ReadBytes(string? path, TextReader? stdin = null)
    {
        if (path is null or "-")
        {
            if (stdin != null) return System.Text.Encoding.UTF8.GetBytes(stdin.ReadToEnd());
            using var s = Console.OpenStandardInput();
            using var ms = new MemoryStream();
            s.CopyTo(ms);
            return ms.ToArray();
        }
        if (Directory.Exists(path)) throw new CopywiseInputException($"{path}: is a directory, not a file");
        if (!File.Exists(path)) throw new CopywiseInputException($"{path}: no such file");
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxInputBytes) throw new CopywiseInputException($"{path}: {info.Length} bytes is more than the {MaxInputBytes / (1024 * 1024)} MB we read");
            return File.ReadAllBytes(path);
        }
        catch (UnauthorizedAccessException) { throw new CopywiseInputException($"{path}: permission denied"); }
        catch (IOException e) { throw new CopywiseInputException($"{path}: {e.Message}"); }
    }
}
