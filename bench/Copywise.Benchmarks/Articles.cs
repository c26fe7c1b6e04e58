using System.Collections.Concurrent;
using System.Text;
using Copywise.Analysis;
using Copywise.Documents;
using Copywise.Text;

namespace Copywise.Benchmarks;

/// <summary>
/// English articles of a chosen length, built deterministically from the synthetic papers of
/// bench/data/generated-en.jsonl (about 15,600 words of HTML): their blocks one after the other, from the first paper on
/// and round again, until the article has the words asked for. Title, description, slug and keyphrase are those of the
/// first paper that has a keyphrase. The Markdown and plain-text forms carry the same blocks.
/// </summary>
public static class Articles
{
    private static readonly Lazy<Source> Data = new(Load);
    private static readonly ConcurrentDictionary<(int, DocumentFormat), Paper> Cache = new();
    private static readonly ConcurrentDictionary<int, int> CountedWords = new();

    private sealed record Source(string[] Blocks, int[] BlockWords, Paper Template);

    /// <summary>An article of at least <paramref name="words"/> words (cut at the end of a block) in a format.</summary>
    public static Paper Get(int words, DocumentFormat format = DocumentFormat.Html) =>
        Cache.GetOrAdd((words, format), static k => Build(k.Item1, k.Item2));

    /// <summary>The words our analysis counts in the HTML article of <paramref name="words"/> words.</summary>
    public static int WordCount(int words) =>
        CountedWords.GetOrAdd(words, static w => Analyzer.Analyze(Get(w)).Facts.WordCount);

    /// <summary>The size of a paper's text in UTF-8 bytes.</summary>
    public static long InputBytes(Paper paper) => Encoding.UTF8.GetByteCount(paper.Text);

    private static Paper Build(int words, DocumentFormat format)
    {
        var html = BuildHtml(words);
        return format switch
        {
            DocumentFormat.Html => html,
            DocumentFormat.Markdown => html with { Text = ToMarkdown(html), Format = DocumentFormat.Markdown },
            DocumentFormat.Text => html with { Text = ToPlainText(html), Format = DocumentFormat.Text },
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
    }

    private static Paper BuildHtml(int words)
    {
        var data = Data.Value;
        var sb = new StringBuilder(words * 7);
        int count = 0;
        for (int i = 0; count < words; i = (i + 1) % data.Blocks.Length)
        {
            sb.Append(data.Blocks[i]).Append('\n');
            count += data.BlockWords[i];
        }
        return data.Template with { Text = sb.ToString() };
    }

    // The same blocks in Markdown, from what the HTML parser found: headings keep their level, list items stay items.
    private static string ToMarkdown(Paper html)
    {
        var doc = DocumentParser.Parse(html).Document;
        var sb = new StringBuilder(html.Text.Length);
        BlockKind previous = BlockKind.Paragraph;
        foreach (var b in doc.Blocks)
        {
            if (sb.Length > 0) sb.Append(b.Kind == BlockKind.ListItem && previous == BlockKind.ListItem ? "\n" : "\n\n");
            if (b.Kind == BlockKind.Heading) sb.Append('#', b.Level).Append(' ');
            else if (b.Kind == BlockKind.ListItem) sb.Append("- ");
            sb.Append(doc.BlockText(b));
            previous = b.Kind;
        }
        return sb.Append('\n').ToString();
    }

    // Plain text as news copy is filed: the headline, then one block per line with blank lines between.
    private static string ToPlainText(Paper html)
    {
        var doc = DocumentParser.Parse(html).Document;
        var sb = new StringBuilder(html.Text.Length);
        sb.Append(html.Title).Append('\n');
        foreach (var b in doc.Blocks) sb.Append('\n').Append(doc.BlockText(b)).Append('\n');
        return sb.ToString();
    }

    private static Source Load()
    {
        using var stream = typeof(Articles).Assembly.GetManifestResourceStream("generated-en.jsonl")
            ?? throw new InvalidOperationException("generated-en.jsonl is not embedded");
        using var reader = new StreamReader(stream);
        var blocks = new List<string>();
        Paper? template = null;
        while (reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var (_, paper) = PaperJson.Parse(line, new Paper());
            if (template is null && paper.Keyphrase.Length > 0) template = paper with { Locale = "en_US", Format = DocumentFormat.Html };
            foreach (var block in paper.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) blocks.Add(block);
        }
        var counts = blocks.Select(CountWords).ToArray();
        return new Source(blocks.ToArray(), counts, template ?? throw new InvalidOperationException("no paper has a keyphrase"));
    }

    // A rough count (white-space separated runs outside tags) that only decides where to stop appending blocks.
    private static int CountWords(string html)
    {
        int n = 0;
        bool inTag = false, inWord = false;
        foreach (char c in html)
        {
            if (c == '<') { inTag = true; inWord = false; continue; }
            if (c == '>') { inTag = false; continue; }
            if (inTag) continue;
            bool word = !char.IsWhiteSpace(c);
            if (word && !inWord) n++;
            inWord = word;
        }
        return n;
    }
}
