using System.Diagnostics;
using System.Globalization;
using Copywise.AuditBench;

// copywise-audit-bench generate DIR [--pages N] [--words W] [--seed S]
//   writes a generated site of Markdown pages with front matter for the audit benchmark and tests.
if (args.Length < 2 || args[0] != "generate")
{
    Console.Error.WriteLine("usage: generate DIR [--pages N] [--words W] [--seed S]");
    return 2;
}
int pages = 1000, words = 1000, seed = 1;
for (int i = 2; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    switch (args[i])
    {
        case "--pages": pages = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--words": words = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--seed": seed = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        default: Console.Error.WriteLine($"generate: unknown argument {args[i]}"); return 2;
    }
}
var clock = Stopwatch.StartNew();
long bytes = SiteGenerator.Write(args[1], pages, words, seed);
Console.WriteLine($"generated {pages} pages of about {words} words ({bytes / (1024.0 * 1024):0} MB) in {clock.Elapsed.TotalSeconds:0.0} s");
return 0;
