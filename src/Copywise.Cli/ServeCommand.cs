using Copywise.Server;
using Microsoft.AspNetCore.Builder;

namespace Copywise.Cli;

/// <summary>
/// <c>copywise serve [--urls URL]</c>: the HTTP service and the web editor. Settings of the service pass through as
/// <c>--Copywise:Name=value</c> (see <see cref="ServerOptions"/>), and logging as <c>--Logging:...=value</c>.
/// </summary>
internal static class ServeCommand
{
    private static readonly string[] PassedPrefixes = ["--Copywise:", "--Logging:"];

    public static int Run(string[] args, TextWriter stderr)
    {
        var settings = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            var a = args[i];
            bool passed = a == "--urls" || a.StartsWith("--urls=", StringComparison.Ordinal)
                || PassedPrefixes.Any(p => a.StartsWith(p, StringComparison.OrdinalIgnoreCase));
            if (!passed) throw new UsageException(a.StartsWith('-') ? $"unknown option {a} (serve takes --urls URL and --Copywise:Setting=value)" : $"serve takes no argument '{a}'");
            settings.Add(a);
            if (!a.Contains('='))
            {
                if (i + 1 >= args.Length) throw new UsageException($"option {a} needs a value");
                settings.Add(args[++i]);
            }
        }
        WebApplication app;
        try
        {
            app = ServerApp.Build([.. settings]);
        }
        catch (InvalidOperationException e)
        {
            throw new UsageException(FirstLine(e.Message));
        }
        try
        {
            app.Run();
        }
        catch (IOException e)
        {
            // Kestrel's word for an address that is taken or cannot be had.
            stderr.WriteLine("copywise: cannot listen: " + FirstLine(e.Message));
            return Program.CannotServe;
        }
        catch (InvalidOperationException e)
        {
            stderr.WriteLine("copywise: cannot listen: " + FirstLine(e.Message));
            return Program.CannotServe;
        }
        return Program.Ok;
    }

    private static string FirstLine(string s) { int i = s.IndexOf('\n'); return (i < 0 ? s : s[..i]).Trim(); }
}
