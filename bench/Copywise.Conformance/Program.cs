using System.Globalization;
using Copywise.Conformance;

// copywise-conformance [report] [--corpus F --oracle F]... [--lang xx] [--markdown FILE] [--min-agreement P] [--deviations FILE]
//   compares our analysis with the reference's output; with no corpus given, the shared corpus and seed beside the repo
//   and the articles written for languages without a corpus paper (bench/data/*-articles.jsonl).
// copywise-conformance generate --seed N --count K [-o FILE]      synthetic English papers
// copywise-conformance speed --ours A --oracle B --corpus PAPERS   joins timed runs of both engines (bench/side-by-side.sh)
var argsList = args.ToList();
if (argsList.Count > 0 && argsList[0] == "report") argsList.RemoveAt(0);
if (argsList.Count > 0 && argsList[0] == "generate") return Generator.Run(argsList.Skip(1).ToArray());
if (argsList.Count > 0 && argsList[0] == "languages") return LanguageTable.Run(argsList.Skip(1).ToArray());
if (argsList.Count > 0 && argsList[0] == "speed") return SpeedReport.Run(argsList.Skip(1).ToArray());
var corpora = new List<string>();
var oracles = new List<string>();
string? lang = null, markdown = null, deviations = null;
double? min = null;
for (int i = 0; i < argsList.Count; i++)
{
    string Next() => i + 1 < argsList.Count ? argsList[++i] : throw new ArgumentException($"{argsList[i]} needs a value");
    try
    {
        switch (argsList[i])
        {
            case "--corpus": corpora.Add(Next()); break;
            case "--oracle": oracles.Add(Next()); break;
            case "--lang": lang = Next(); break;
            case "--markdown": markdown = Next(); break;
            case "--deviations": deviations = Next(); break;
            case "--min-agreement": min = double.Parse(Next(), CultureInfo.InvariantCulture); break;
            default: Console.Error.WriteLine($"conformance: unknown argument {argsList[i]}"); return 2;
        }
    }
    catch (Exception e) when (e is ArgumentException or FormatException)
    {
        Console.Error.WriteLine("conformance: " + e.Message);
        return 2;
    }
}
string root = FindRoot();
string shared = Path.GetFullPath(Path.Combine(root, "..", "shared"));
if (corpora.Count == 0)
{
    if (!Directory.Exists(shared))
    {
        Console.WriteLine("conformance: ../shared is absent beside the repository; nothing to compare (skipped).");
        return 0;
    }
    corpora.AddRange([Path.Combine(shared, "corpus", "yoast-fulltext.jsonl"), Path.Combine(shared, "corpus", "seed.jsonl")]);
    oracles.AddRange([Path.Combine(shared, "oracle", "yoast-3.6.0.fulltext.jsonl"), Path.Combine(shared, "oracle", "yoast-3.6.0.seed.jsonl")]);
    // Articles written for languages the shared corpus lacks (bench/data/<code>-articles.jsonl), with the reference's
    // output beside them (<code>-articles.oracle.jsonl).
    var data = Path.Combine(root, "bench", "data");
    if (Directory.Exists(data))
    {
        foreach (var articles in Directory.GetFiles(data, "*-articles.jsonl").Order(StringComparer.Ordinal))
        {
            var oracle = Path.ChangeExtension(articles, ".oracle.jsonl");
            if (!File.Exists(oracle)) continue;
            corpora.Add(articles);
            oracles.Add(oracle);
        }
    }
}
if (corpora.Count != oracles.Count)
{
    Console.Error.WriteLine("conformance: give one --oracle per --corpus");
    return 2;
}
foreach (var f in corpora.Concat(oracles))
{
    if (!File.Exists(f)) { Console.Error.WriteLine($"conformance: {f}: no such file"); return 3; }
}
var known = KnownDeviations.Load(deviations ?? Path.Combine(root, "bench", "known-deviations.txt"));
var report = ConformanceReport.Build(corpora.SelectMany(File.ReadLines), oracles.SelectMany(File.ReadLines), lang, known);
string command = "dotnet run --project bench/Copywise.Conformance -c Release" + (lang != null ? $" -- --lang {lang}" : "");
var text = report.ToMarkdown(command);
Console.Write(text);
if (markdown != null)
{
    var tmp = markdown + ".tmp";
    File.WriteAllText(tmp, text);
    File.Move(tmp, markdown, overwrite: true);
}
if (min is { } floor && report.Agreement < floor)
{
    Console.Error.WriteLine($"conformance: agreement {report.Agreement.ToString(CultureInfo.InvariantCulture)}% is under the floor of {floor.ToString(CultureInfo.InvariantCulture)}%");
    return 1;
}
return 0;

static string FindRoot()
{
    var dir = AppContext.BaseDirectory;
    while (dir != null && !File.Exists(Path.Combine(dir, "Copywise.sln"))) dir = Path.GetDirectoryName(dir);
    return dir ?? Directory.GetCurrentDirectory();
}
