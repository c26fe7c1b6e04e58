using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Copywise.Conformance;

/// <summary>
/// Generates synthetic English articles, deterministically from a seed, to compare our analysis with the reference's
/// on many shapes of text: headings at all levels, lists, tables, internal, outbound and nofollow links, images with and
/// without alt text, the keyphrase in title, slug, introduction, headings, alt text and anchors (or not), long and short
/// sentences and paragraphs, passive sentences, transition words, repeated sentence beginnings, quotes, abbreviations,
/// numbers and emoji. Every word comes from the word bank below, written for this generator.
/// </summary>
public static class Generator
{
    private static readonly string[] Topics = ["garden hose", "bike lights", "sourdough bread", "solar panels", "rain jacket", "budget travel", "home office", "dog training", "water filter", "city parks", "electric car", "tea"];
    private static readonly string[] Subjects = ["The team", "Our readers", "A neighbour", "The council", "Most people", "Every expert", "My sister", "The shop", "Local farmers", "This guide", "Many families", "The report"];
    private static readonly string[] Verbs = ["uses", "recommends", "tests", "compares", "repairs", "describes", "prefers", "cleans", "builds", "measures", "buys", "explains"];
    private static readonly string[] Objects = ["a simple plan", "the old model", "two cheap options", "the whole process", "several small parts", "a better routine", "the new rules", "each step", "the right size", "a spare battery"];
    private static readonly string[] Tails = ["before winter", "every morning", "without much effort", "in the spring", "for a few euros", "at the weekend", "after a long day", "with great care", "in most cities", "on a tight budget"];
    private static readonly string[] Transitions = ["However,", "For example,", "As a result,", "In addition,", "Therefore,", "Meanwhile,", "Finally,", "On the other hand,", "In short,", "Because of this,"];
    private static readonly string[] Passives = ["was tested by the team", "is often used in small gardens", "were repaired last year", "has been described many times", "is sold in most shops", "was built by hand"];
    private static readonly string[] Fillers = ["really", "quite", "usually", "sometimes", "clearly", "honestly"];
    private static readonly string[] Odd = ["Dr. Smith agrees.", "It costs 3.5 euros.", "Prices rose by 12% in 2024.", "\"Try it,\" she said.", "Is it worth it?", "Yes! 🙂", "See e.g. the U.S. market.", "Wait... really?", "J. R. Miller wrote about it."];

    /// <summary>Entry point: <c>generate --seed N --count K [-o FILE]</c>.</summary>
    public static int Run(string[] args)
    {
        int seed = 1, count = 40;
        string? output = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--seed": seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--count": count = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "-o": output = args[++i]; break;
                default: Console.Error.WriteLine($"generate: unknown argument {args[i]}"); return 2;
            }
        }
        var lines = Generate(seed, count).ToList();
        if (output is null) foreach (var l in lines) Console.WriteLine(l);
        else File.WriteAllLines(output, lines);
        return 0;
    }

    /// <summary>The papers as JSON lines.</summary>
    public static IEnumerable<string> Generate(int seed, int count)
    {
        for (int n = 0; n < count; n++)
        {
            var rng = new Random(seed * 7919 + n);
            yield return Paper(rng, $"gen-{seed}-{n}");
        }
    }

    private static T Pick<T>(Random rng, T[] items) => items[rng.Next(items.Length)];

    private static string Paper(Random rng, string id)
    {
        string topic = Pick(rng, Topics);
        string keyphrase = rng.Next(10) switch { 0 => "", 1 => "\"" + topic + "\"", 2 => "the best " + topic, _ => topic };
        string synonyms = rng.Next(3) == 0 ? "" : Pick(rng, Topics) + ", " + topic.Split(' ')[0] + " tips";
        var html = new StringBuilder();
        int paragraphs = rng.Next(1, 14);
        int sentenceMax = rng.Next(2) == 0 ? 12 : 30;
        bool keyInIntro = rng.Next(3) > 0;
        for (int p = 0; p < paragraphs; p++)
        {
            if (p > 0 && rng.Next(3) == 0)
            {
                int level = rng.Next(1, 5);
                string heading = rng.Next(2) == 0 ? $"How to choose {topic}" : $"{Pick(rng, Subjects)} and {Pick(rng, Objects)}";
                html.Append(CultureInfo.InvariantCulture, $"<h{level}>{heading}</h{level}>\n");
            }
            int kind = rng.Next(12);
            if (kind == 0)
            {
                html.Append("<ul>");
                for (int i = rng.Next(2, 6); i > 0; i--) html.Append("<li>").Append(Sentence(rng, topic, sentenceMax, false)).Append("</li>");
                html.Append("</ul>\n");
                continue;
            }
            if (kind == 1)
            {
                html.Append("<table><tr><th>Option</th><th>Price</th></tr>");
                for (int i = rng.Next(1, 4); i > 0; i--) html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Pick(rng, Objects)}</td><td>{rng.Next(5, 500)} euros</td></tr>");
                html.Append("</table>\n");
                continue;
            }
            string align = rng.Next(15) == 0 ? " class=\"has-text-align-center\"" : "";
            html.Append("<p").Append(align).Append('>');
            int sentences = rng.Next(1, rng.Next(2) == 0 ? 5 : 16);
            string? repeated = rng.Next(6) == 0 ? Pick(rng, Subjects) : null;
            for (int s = 0; s < sentences; s++)
            {
                bool withKey = (p == 0 && s == 0 && keyInIntro) || rng.Next(6) == 0;
                string sentence = Sentence(rng, topic, sentenceMax, withKey);
                if (repeated != null && s < 4) sentence = repeated + sentence[sentence.IndexOf(' ')..];
                html.Append(sentence).Append(' ');
                if (rng.Next(8) == 0) html.Append(Pick(rng, Odd)).Append(' ');
            }
            if (rng.Next(4) == 0) html.Append(Link(rng, topic));
            if (rng.Next(6) == 0) html.Append(Image(rng, topic));
            html.Append("</p>\n");
        }
        string slugWords = rng.Next(3) == 0 ? Pick(rng, Topics) : topic;
        string slug = rng.Next(8) == 0 ? "" : slugWords.Replace(' ', '-') + (rng.Next(2) == 0 ? "-guide" : "");
        string title = rng.Next(8) switch
        {
            0 => "",
            1 => $"A long and detailed guide to everything you ever wanted to know about {topic} and a lot more besides",
            2 => $"What we learned about {Pick(rng, Topics)}",
            3 => $"Tips: {topic} for beginners",
            _ => $"{Cap(topic)}: a practical guide",
        };
        string description = rng.Next(5) switch
        {
            0 => "",
            1 => $"Short note on {topic}.",
            2 => $"Everything about {topic}: how to choose, use and care for it, with prices, tips from experts and the mistakes that most beginners make when they start out.",
            _ => $"Our guide to {topic} explains what to look for, what it costs and how to keep it working for years, with simple tips for every budget.",
        };
        var paper = new Dictionary<string, object>
        {
            ["id"] = id,
            ["format"] = "html",
            ["text"] = html.ToString(),
            ["keyphrase"] = keyphrase,
            ["synonyms"] = synonyms,
            ["title"] = title,
            ["description"] = description,
            ["slug"] = slug,
            ["permalink"] = slug.Length > 0 ? "https://example.org/" + slug + "/" : "",
            ["locale"] = "en_US",
            ["titleWidth"] = title.Length == 0 ? 0 : Math.Round(title.Length * 8.4),
        };
        return JsonSerializer.Serialize(paper);
    }

    private static string Sentence(Random rng, string topic, int max, bool withKey)
    {
        var words = new List<string>();
        int form = rng.Next(5);
        if (form == 0) words.Add(Pick(rng, Transitions));
        words.Add(Pick(rng, Subjects));
        if (form == 1) words.Add(Pick(rng, Passives));
        else { words.Add(Pick(rng, Verbs)); words.Add(Pick(rng, Objects)); }
        if (withKey) words.Add("for " + (rng.Next(4) == 0 ? Cap(topic) : topic));
        while (string.Join(' ', words).Split(' ').Length < rng.Next(4, max + 1))
        {
            words.Add(rng.Next(3) == 0 ? Pick(rng, Fillers) : Pick(rng, Tails));
        }
        var s = string.Join(' ', words);
        if (words[0].EndsWith(',')) s = words[0] + " " + Lower(string.Join(' ', words.Skip(1)));
        return s + (rng.Next(10) == 0 ? "?" : ".");
    }

    private static string Link(Random rng, string topic) => rng.Next(5) switch
    {
        0 => $"<a href=\"/more-{topic.Replace(' ', '-')}\">{topic}</a> ",
        1 => "<a href=\"https://other.example/article\" rel=\"nofollow\">another view</a> ",
        2 => "<a href=\"https://example.org/about/\">about us</a> ",
        3 => "<a href=\"mailto:hello@example.org\">write to us</a> ",
        _ => "<a href=\"https://news.example.com/story\">a news story</a> ",
    };

    private static string Image(Random rng, string topic) => rng.Next(3) switch
    {
        0 => "<img src=\"/img/a.jpg\">",
        1 => $"<img src=\"/img/b.jpg\" alt=\"A photo of {topic}\">",
        _ => "<img src=\"/img/c.jpg\" alt=\"A sunny street\">",
    };

    private static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string Lower(string s) => s.Length == 0 || (s.Length > 1 && char.IsUpper(s[1])) ? s : char.ToLowerInvariant(s[0]) + s[1..];
}
