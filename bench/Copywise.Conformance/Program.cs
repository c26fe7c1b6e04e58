using System.Globalization;
using Copywise.Conformance;

// copywise-conformance [report] [--corpus F --oracle F]... [--shared-oracle] [--lang xx] [--markdown FILE]
//                      [--floors FILE] [--min-agreement P] [--deviations FILE]
//   compares our analysis with the reference's output. With no corpus given: the shared corpus and seed beside the
//   repository with the reference's output made one paper per process (bench/data/*.per-paper.jsonl, made by
//   bench/oracle-per-paper.sh), the articles written for languages without a corpus paper
//   (bench/data/*-articles.jsonl), the generated English articles (bench/data/generated-en.jsonl), the keyphrase-shape
//   articles (keyphrase-shapes-<code>.jsonl) and the articles written like real sites (web-<code>.jsonl), each with the
//   reference's output beside it (X.oracle.jsonl); --shared-oracle takes the shared output made in one run instead
//   for the shared corpus and seed.
//   --floors checks the per-language floors of bench/conformance-floor.txt (exit code 1 under a floor).
// copywise-conformance generate --seed N --count K [-o FILE]      synthetic English papers
// copywise-conformance speed --ours A --oracle B --corpus PAPERS   joins timed runs of both engines (bench/side-by-side.sh)
var argsList = args.ToList();
if (argsList.Count > 0 && argsList[0] == "report") argsList.RemoveAt(0);
if (argsList.Count > 0 && argsList[0] == "generate") return Generator.Run(argsList.Skip(1).ToArray());
if (argsList.Count > 0 && argsList[0] == "languages") return LanguageTable.Run(argsList.Skip(1).ToArray());
if (argsList.Count > 0 && argsList[0] == "speed") return SpeedReport.Run(argsList.Skip(1).ToArray());
var corpora = new List<string>();
var oracles = new List<string>();
string? lang = null, markdown = null, deviations = null, floorsFile = null;
bool sharedOracle = false;
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
            case "--floors": floorsFile = Next(); break;
            case "--shared-oracle": sharedOracle = true; break;
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
string? sources = null;
if (corpora.Count == 0)
{
    if (!Directory.Exists(shared))
    {
        Console.WriteLine("conformance: ../shared is absent beside the repository; nothing to compare (skipped).");
        return 0;
    }
    var data = Path.Combine(root, "bench", "data");
    corpora.AddRange([Path.Combine(shared, "corpus", "yoast-fulltext.jsonl"), Path.Combine(shared, "corpus", "seed.jsonl")]);
    oracles.AddRange(sharedOracle
        ? [Path.Combine(shared, "oracle", "yoast-3.6.0.fulltext.jsonl"), Path.Combine(shared, "oracle", "yoast-3.6.0.seed.jsonl")]
        : [Path.Combine(data, "yoast-3.6.0.fulltext.per-paper.jsonl"), Path.Combine(data, "yoast-3.6.0.seed.per-paper.jsonl")]);
    // Every set of papers kept in bench/data with the reference's output beside it (X.jsonl and X.oracle.jsonl): the
    // articles written for languages the shared corpus lacks (<code>-articles.jsonl), the generated English articles of
    // the differential test (generated-en.jsonl), the keyphrase-shape articles and the articles written like real sites.
    if (Directory.Exists(data))
    {
        foreach (var oracle in Directory.GetFiles(data, "*.oracle.jsonl").Order(StringComparer.Ordinal))
        {
            var papers = oracle[..^".oracle.jsonl".Length] + ".jsonl";
            if (!File.Exists(papers)) continue;
            corpora.Add(papers);
            oracles.Add(oracle);
        }
    }
    sources = sharedOracle ? SharedSources : PerPaperSources;
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
Floors? floors = null;
if (floorsFile != null)
{
    try { floors = Floors.Parse(File.ReadLines(floorsFile)); }
    catch (Exception e) when (e is FormatException or IOException)
    {
        Console.Error.WriteLine($"conformance: {floorsFile}: {e.Message}");
        return 2;
    }
}
var known = KnownDeviations.Load(deviations ?? Path.Combine(root, "bench", "known-deviations.txt"));
var report = ConformanceReport.Build(corpora.SelectMany(File.ReadLines), oracles.SelectMany(File.ReadLines), lang, known);
var options = new List<string>();
if (sharedOracle) options.Add("--shared-oracle");
if (lang != null) options.AddRange(["--lang", lang]);
if (floorsFile != null) options.AddRange(["--floors", Path.GetRelativePath(root, Path.GetFullPath(floorsFile)).Replace('\\', '/')]);
string command = "dotnet run --project bench/Copywise.Conformance -c Release" + (options.Count > 0 ? " -- " + string.Join(' ', options) : "");
var text = report.ToMarkdown(command, sources, floors);
Console.Write(text);
if (markdown != null)
{
    var tmp = markdown + ".tmp";
    File.WriteAllText(tmp, text);
    File.Move(tmp, markdown, overwrite: true);
}
int status = 0;
if (min is { } floor && report.Agreement < floor)
{
    Console.Error.WriteLine($"conformance: agreement {report.Agreement.ToString(CultureInfo.InvariantCulture)}% is under the floor of {floor.ToString(CultureInfo.InvariantCulture)}%");
    status = 1;
}
if (floors != null)
{
    var (held, lines) = floors.Check(report, lang);
    foreach (var line in lines) Console.Error.WriteLine(line);
    if (!held) status = 1;
}
return status;

static string FindRoot()
{
    var dir = AppContext.BaseDirectory;
    while (dir != null && !File.Exists(Path.Combine(dir, "Copywise.sln"))) dir = Path.GetDirectoryName(dir);
    return dir ?? Directory.GetCurrentDirectory();
}

partial class Program
{
    // Where the reference's output comes from, said at the top of the report.
    private const string PerPaperSources = """
        <a id="reference-output"></a>
        **Reference output.** The shared corpus and the seed are compared with `bench/data/yoast-3.6.0.fulltext.per-paper.jsonl`
        and `bench/data/yoast-3.6.0.seed.per-paper.jsonl`; the papers kept in `bench/data` (the articles written per language,
        `*-articles.jsonl`; the 40 generated English articles of the differential test, `generated-en.jsonl`; and articles
        written around the common shapes of a search keyphrase, `keyphrase-shapes-<code>.jsonl`: how-to, best and cheap,
        things to do, questions; 12 to 18 per language in 19 languages; and articles written the way sites publish them,
        `web-<code>.jsonl`: news, recipes, reviews, notices, guides and columns in block-editor markup, 3 to 8 per language
        in 21 languages) with the `*.oracle.jsonl` beside them. `bench/oracle-per-paper.sh` makes them all. It runs the reference (`../shared/oracle/yoast-oracle`) on each paper in a
        process of its own, because the reference keeps the first paper's function words for the rest of a process
        ([deviations](deviations.md#function-words-of-the-first-paper)), and it registers the reference's own keyphrase
        distribution research, which the free build ships but does not register, so that keyphrase distribution is the
        reference's computation rather than a constant "good" ([deviations](deviations.md#keyphrase-distribution)).
        `--shared-oracle` compares with the shared output made in one run (`../shared/oracle/yoast-3.6.0.fulltext.jsonl`)
        instead. CI checks the floors of `bench/conformance-floor.txt` against this report (`--floors`): a floor for SEO and
        one for readability per language, at the agreement reached. The shared output has no floors of its own: where it
        differs from this one, the difference is the reference's cache and its constant, not our analysis, so a floor on it
        would guard nothing more. [deviations.md](deviations.md#agreement-per-language) gives both per language.

        **Explained.** A disagreement counts as explained when `bench/known-deviations.txt` ties it to a section of
        [deviations.md](deviations.md), or when its documented cause is measured on the paper (`MeasuredDeviations`, so
        that the differential test's fresh articles need no entry): the reference's passive share is our passive
        sentences over a whole number of its sentences ([passive share](deviations.md#passive-voice-share)); a quoted
        keyphrase found as often by both differs only in the weight of its length
        ([exact keyphrase](deviations.md#exact-keyphrase-length)); English sentences with "last" or "another" inside,
        counted as the reference counts them, give its transition-word score ([transition words](deviations.md#transition-words)).
        """;

    private const string SharedSources = """
        **Reference output.** The shared output made in one run (`../shared/oracle/yoast-3.6.0.fulltext.jsonl`,
        `yoast-3.6.0.seed.jsonl`): every paper after the first (Arabic) was scored with Arabic function words, and
        keyphrase distribution is the free build's constant. The papers kept in `bench/data` are compared with the
        `*.oracle.jsonl` beside them. See [the report against the output made one paper at a time](conformance.md).
        """;
}
