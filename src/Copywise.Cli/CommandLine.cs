namespace Copywise.Cli;

/// <summary>A usage error: wrong options or arguments. Exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>
/// Parsed command-line options: <c>--name value</c>, <c>--name=value</c>, repeatable options, flags, and positional arguments.
/// Every option must be declared, so a typo is a usage error rather than silently ignored.
/// </summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    /// <summary>Positional arguments.</summary>
    public List<string> Positional { get; } = new();

    /// <summary>Parses <paramref name="args"/> given the options that take a value and the flags.</summary>
    public static CommandLine Parse(IEnumerable<string> args, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string> flagOptions)
    {
        var cl = new CommandLine();
        using var e = args.GetEnumerator();
        bool onlyPositional = false;
        while (e.MoveNext())
        {
            var a = e.Current;
            if (onlyPositional || a == "-" || !a.StartsWith("-", StringComparison.Ordinal))
            {
                cl.Positional.Add(a);
                continue;
            }
            if (a == "--") { onlyPositional = true; continue; }
            string name = a, value = "";
            bool inline = false;
            int eq = a.IndexOf('=');
            if (eq > 0) { name = a[..eq]; value = a[(eq + 1)..]; inline = true; }
            if (flagOptions.Contains(name))
            {
                if (inline) throw new UsageException($"option {name} takes no value");
                cl._flags.Add(name);
            }
            else if (valueOptions.Contains(name))
            {
                if (!inline)
                {
                    if (!e.MoveNext()) throw new UsageException($"option {name} needs a value");
                    value = e.Current;
                }
                if (!cl._values.TryGetValue(name, out var list)) cl._values[name] = list = new List<string>();
                list.Add(value);
            }
            else
            {
                throw new UsageException($"unknown option {name}");
            }
        }
        return cl;
    }

    /// <summary>True when the flag was given.</summary>
    public bool Has(string flag) => _flags.Contains(flag);

    /// <summary>The last value of an option, or null.</summary>
    public string? Value(string name) => _values.TryGetValue(name, out var list) ? list[^1] : null;

    /// <summary>All values of a repeatable option.</summary>
    public IReadOnlyList<string> Values(string name) => _values.TryGetValue(name, out var list) ? list : [];

    /// <summary>An integer option within a range, or the default.</summary>
    public int Int(string name, int @default, int min, int max)
    {
        var v = Value(name);
        if (v is null) return @default;
        if (!int.TryParse(v, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int n) || n < min || n > max)
            throw new UsageException($"option {name} takes a whole number from {min} to {max}, not '{v}'");
        return n;
    }
}
