using Copywise.Documents;
using Copywise.Research;

namespace Copywise.Cli;

/// <summary>The analysis options shared by analyze and batch.</summary>
internal static class PaperOptions
{
    public static readonly string[] ValueOptions =
    [
        "--keyphrase", "--synonyms", "--related", "--title", "--description", "--slug", "--permalink", "--locale",
        "--title-width", "--used-keyphrases", "--from", "--fail-under",
    ];

    public static readonly string[] Flags = ["--cornerstone", "--no-word-forms"];

    public static Paper Apply(CommandLine cl, Paper paper)
    {
        var p = paper;
        if (cl.Value("--keyphrase") is { } k) p = p with { Keyphrase = k };
        if (cl.Value("--synonyms") is { } s) p = p with { Synonyms = s };
        if (cl.Values("--related") is { Count: > 0 } related) p = p with { Related = related.Select(r => new RelatedKeyphrase(r)).ToArray() };
        if (cl.Value("--title") is { } t) p = p with { Title = t };
        if (cl.Value("--description") is { } d) p = p with { Description = d };
        if (cl.Value("--slug") is { } slug) p = p with { Slug = slug };
        if (cl.Value("--permalink") is { } url) p = p with { Permalink = url };
        if (cl.Value("--locale") is { } locale) p = p with { Locale = locale };
        if (cl.Has("--cornerstone")) p = p with { Cornerstone = true };
        if (cl.Value("--title-width") is { } w)
        {
            if (!double.TryParse(w, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var width) || width < 0 || width > 100000)
                throw new UsageException($"option --title-width takes a number of pixels from 0 to 100000, not '{w}'");
            p = p with { TitleWidth = width };
        }
        if (cl.Value("--from") is { } f)
        {
            if (!DocumentFormats.TryParse(f, out var format)) throw new UsageException($"option --from takes html, markdown or text, not '{f}'");
            p = p with { Format = format };
        }
        if (cl.Value("--used-keyphrases") is { } file) p = p with { UsedKeyphrases = ReadUsedKeyphrases(file) };
        return p;
    }

    public static AnalysisOptions Options(CommandLine cl) => new() { WordForms = !cl.Has("--no-word-forms") };

    public static int? FailUnder(CommandLine cl) => cl.Value("--fail-under") is null ? null : cl.Int("--fail-under", 0, 0, 100);

    private static IReadOnlyList<UsedKeyphrase> ReadUsedKeyphrases(string path)
    {
        var text = InputReader.ReadText(path);
        var list = new List<UsedKeyphrase>();
        int lineNo = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNo++;
            var l = line.TrimEnd('\r');
            if (l.Trim().Length == 0 || l.TrimStart().StartsWith('#')) continue;
            int tab = l.IndexOf('\t');
            if (tab <= 0) throw new CopywiseInputException($"{path}:{lineNo}: expected 'keyphrase<TAB>url'");
            list.Add(new UsedKeyphrase(l[..tab].Trim(), l[(tab + 1)..].Trim()));
        }
        return list;
    }
}
