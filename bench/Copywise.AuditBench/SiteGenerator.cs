using System.Text;

namespace Copywise.AuditBench;

/// <summary>
/// Generates a site of Markdown pages with front matter, deterministically from a seed: sections of pages on topics
/// (an adjective, a noun and a qualifier), each with a title, description and focus keyphrase, headings, paragraphs of
/// varied sentences (transitions, passives, lists), and links to neighbouring pages and other sections. A few pages
/// share a keyphrase, a title or a description with another, a few links point at pages that do not exist, and a few
/// pages are linked from nowhere, so every site-wide check has something to find. Every word comes from the word bank
/// below, written for this generator.
/// </summary>
public static class SiteGenerator
{
    private static readonly string[] Adjectives = ["quiet", "electric", "cheap", "modern", "small", "organic", "portable", "classic", "urban", "healthy", "simple", "smart", "local", "winter", "summer", "folding", "wooden", "digital", "budget", "family", "outdoor", "indoor", "vintage", "compact", "solar", "reusable", "gentle", "rapid", "seasonal", "handmade"];
    private static readonly string[] Nouns = ["bike", "garden", "kitchen", "camera", "tent", "kettle", "lamp", "backpack", "heater", "bread", "coffee", "jacket", "boots", "desk", "chair", "router", "printer", "speaker", "drone", "scooter", "boat", "oven", "mattress", "pillow", "blender", "fridge", "stove", "guitar", "piano", "telescope", "aquarium", "greenhouse", "compost", "beehive", "kayak", "ladder", "drill", "mower", "pond", "fence", "roof", "window", "shower", "sofa", "carpet", "curtain", "bicycle", "helmet", "watch", "wallet", "notebook", "pencil", "canvas", "easel", "loom", "kiln", "sauna", "hammock", "lantern", "compass"];
    private static readonly string[] Qualifiers = ["for beginners", "at home", "on a budget", "for families", "in small flats", "for travel", "in winter", "for students", "for seniors", "in the city", "for kids", "for runners", "in the garden", "for offices", "on the road", "for campers", "in rainy weather", "for artists", "for cooks", "for gamers", "in spring", "for teachers", "in the countryside", "for weekends", "for commuters", "for hikers", "for pet owners", "in hot climates", "for renters", "for makers", "for small shops", "in the mountains", "by the sea", "for new parents", "for cyclists", "in old houses", "for musicians", "for photographers", "in shared homes", "for volunteers", "for night owls", "in the morning", "for anglers", "for gardeners", "for bakers", "in tiny kitchens", "for climbers", "for readers", "for swimmers", "in cold rooms", "for collectors", "for walkers", "in busy streets", "for painters", "for sailors", "for farmers", "for dancers", "in dry seasons", "for writers", "for nurses"];
    private static readonly string[] Subjects = ["Our team", "A neighbour", "The shop owner", "Most readers", "Many families", "The local club", "An expert", "My brother", "Our editor", "The workshop", "Every tester", "A friend of ours"];
    private static readonly string[] Verbs = ["compares", "repairs", "recommends", "measures", "cleans", "chooses", "tests", "stores", "checks", "describes", "prefers", "adjusts"];
    private static readonly string[] Objects = ["the cheaper model", "two spare parts", "a simple routine", "the whole setup", "each small detail", "the new version", "a sturdy frame", "the right size", "a better filter", "the old battery", "several options", "the main switch"];
    private static readonly string[] Tails = ["before the season starts", "every single week", "without much effort", "at the weekend", "after a long day", "with great care", "for a fair price", "in less than an hour", "when the weather turns", "on most days"];
    private static readonly string[] Transitions = ["However,", "For example,", "As a result,", "In addition,", "Therefore,", "Meanwhile,", "Finally,", "On the other hand,", "In short,", "Because of this,", "Moreover,", "Still,"];
    private static readonly string[] Passives = ["was tested by our team last spring", "is often sold in hardware stores", "were delivered in a plain box", "has been described in many reviews", "is usually built from recycled parts", "was returned after one week"];
    private static readonly string[] Fillers = ["really", "quite", "usually", "often", "clearly", "simply", "rarely", "mostly"];
    private static readonly string[] Extras = ["durable", "lightweight", "affordable", "reliable", "efficient", "comfortable", "waterproof", "adjustable", "sustainable", "versatile", "practical", "stylish"];

    /// <summary>The number of distinct topics (adjective × noun × qualifier).</summary>
    public static int Topics => Adjectives.Length * Nouns.Length * Qualifiers.Length;

    /// <summary>Pages per section folder.</summary>
    public const int SectionSize = 1000;

    /// <summary>Writes a site of <paramref name="pages"/> pages into <paramref name="directory"/>; returns the bytes written.</summary>
    public static long Write(string directory, int pages, int words, int seed)
    {
        long total = 0;
        Parallel.For(0, pages, () => 0L, (i, _, sum) =>
        {
            var (path, text) = Page(i, pages, words, seed);
            var full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            var bytes = Encoding.UTF8.GetBytes(text);
            File.WriteAllBytes(full, bytes);
            return sum + bytes.Length;
        }, sum => Interlocked.Add(ref total, sum));
        return total;
    }

    /// <summary>The path of page <paramref name="i"/>, relative to the site root.</summary>
    public static string PathOf(int i) => $"section-{i / SectionSize:D3}/page-{i:D6}.md";

    private static (string Adjective, string Noun, string Qualifier) Topic(int i)
    {
        // A permutation of the topics, so neighbouring pages differ.
        long t = ((long)i * 7919 + 13) % Topics;
        int q = (int)(t % Qualifiers.Length);
        int n = (int)(t / Qualifiers.Length % Nouns.Length);
        int a = (int)(t / Qualifiers.Length / Nouns.Length % Adjectives.Length);
        return (Adjectives[a], Nouns[n], Qualifiers[q]);
    }

    /// <summary>One page: its path and its Markdown.</summary>
    public static (string Path, string Text) Page(int i, int pages, int words, int seed)
    {
        var rng = new Random(unchecked(seed * 1_000_003 + i));
        // One page in fifty shares the previous page's keyphrase; one in a hundred its title or description.
        bool shared = i > 0 && i % 50 == 7;
        var topic = Topic(shared ? i - 1 : i);
        string keyphrase = $"{topic.Adjective} {topic.Noun}";
        string title = i > 0 && i % 100 == 11 ? Title(i - 1) : shared ? Title(i - 1) + ", part two" : Title(i);
        string description = i > 0 && i % 100 == 23 ? Description(i - 1) : shared ? "More on this: " + Description(i - 1) : Description(i);
        var sb = new StringBuilder(words * 7 + 400);
        sb.Append("---\n");
        sb.Append("title: \"").Append(title).Append("\"\n");
        sb.Append("description: \"").Append(description).Append("\"\n");
        sb.Append("keyphrase: ").Append(keyphrase).Append('\n');
        sb.Append("---\n\n");
        sb.Append("# ").Append(Capitalise(keyphrase)).Append(' ').Append(topic.Qualifier).Append("\n\n");

        int written = 0;
        int paragraph = 0;
        int section = i / SectionSize;
        int sectionStart = section * SectionSize, sectionEnd = Math.Min(pages, sectionStart + SectionSize);
        var links = new List<string>();
        // Neighbours in the section (file-relative links), one page of another section (a URL path), and now and then a page that does not exist.
        if (i + 1 < sectionEnd) links.Add($"[{Topic(i + 1).Noun} tips](page-{i + 1:D6}.md)");
        if (i - 2 >= sectionStart && i % 7 != 3) links.Add($"[more about {Topic(i - 2).Noun}s](page-{i - 2:D6}.md)");
        int other = rng.Next(pages);
        links.Add($"[a guide to {Topic(other).Adjective} {Topic(other).Noun}s](/section-{other / SectionSize:D3}/page-{other:D6}/)");
        if (i % 200 == 5) links.Add($"[an old page](/section-{section:D3}/retired-{i:D6}/)");
        links.Add($"[the maker's site](https://maker-{topic.Noun}.example/)");
        while (written < words)
        {
            if (paragraph > 0 && paragraph % 3 == 0)
            {
                sb.Append("## ").Append(rng.Next(3) switch
                {
                    0 => $"How to choose a {keyphrase}",
                    1 => $"{Capitalise(Pick(rng, Extras))} {topic.Noun}s {topic.Qualifier}",
                    _ => $"What {Pick(rng, Subjects).ToLowerInvariant()} learned",
                }).Append("\n\n");
            }
            if (paragraph % 5 == 4)
            {
                for (int k = rng.Next(3, 5); k > 0; k--)
                {
                    var item = $"A {Pick(rng, Extras)} {topic.Noun} that {Pick(rng, Verbs).TrimEnd('s')}s well {Pick(rng, Tails)}.";
                    sb.Append("- ").Append(item).Append('\n');
                    written += Count(item);
                }
                sb.Append('\n');
            }
            else
            {
                int sentences = rng.Next(3, 6);
                for (int s = 0; s < sentences; s++)
                {
                    var sentence = Sentence(rng, topic, keyphrase, written == 0 && s == 0);
                    sb.Append(sentence);
                    written += Count(sentence);
                    if (s == 1 && links.Count > 0 && rng.Next(2) == 0)
                    {
                        sb.Append(" See ").Append(links[^1]).Append('.');
                        written += 3;
                        links.RemoveAt(links.Count - 1);
                    }
                    // Hard-wrapped lines, as content repositories keep them.
                    sb.Append(s % 2 == 1 ? '\n' : ' ');
                }
                sb.Append("\n\n");
            }
            paragraph++;
        }
        foreach (var l in links) sb.Append("Read ").Append(l).Append(".\n");
        return (PathOf(i), sb.ToString());
    }

    private static string Title(int i)
    {
        var t = Topic(i);
        return $"{Capitalise(t.Adjective)} {t.Noun} {t.Qualifier}: a practical guide";
    }

    private static string Description(int i)
    {
        var t = Topic(i);
        return $"How to pick, use and care for a {t.Adjective} {t.Noun} {t.Qualifier}, with tips from people who use one every day.";
    }

    private static string Sentence(Random rng, (string Adjective, string Noun, string Qualifier) topic, string keyphrase, bool first)
    {
        var sb = new StringBuilder();
        if (first) return $"A {keyphrase} makes life easier {topic.Qualifier}, and this guide shows how to pick one.";
        if (rng.Next(10) < 3) sb.Append(Pick(rng, Transitions)).Append(' ');
        int kind = rng.Next(10);
        string subject = sb.Length > 0 ? Pick(rng, Subjects).ToLowerInvariant() : Pick(rng, Subjects);
        if (kind == 0)
        {
            sb.Append(sb.Length > 0 ? "the " : "The ").Append(topic.Noun).Append(' ').Append(Pick(rng, Passives)).Append('.');
        }
        else if (kind <= 3)
        {
            sb.Append(subject).Append(' ').Append(Pick(rng, Verbs)).Append(" a ").Append(rng.Next(4) == 0 ? keyphrase : Pick(rng, Extras) + " " + topic.Noun)
              .Append(' ').Append(Pick(rng, Tails)).Append('.');
        }
        else if (kind <= 6)
        {
            sb.Append(subject).Append(' ').Append(Pick(rng, Fillers)).Append(' ').Append(Pick(rng, Verbs)).Append(' ').Append(Pick(rng, Objects))
              .Append(" of the ").Append(topic.Noun).Append(", because a ").Append(Pick(rng, Extras)).Append(" one lasts longer ").Append(Pick(rng, Tails)).Append('.');
        }
        else
        {
            sb.Append(subject).Append(' ').Append(Pick(rng, Verbs)).Append(' ').Append(Pick(rng, Objects)).Append(' ').Append(Pick(rng, Tails)).Append('.');
        }
        var s = sb.ToString();
        return char.ToUpperInvariant(s[0]) + s[1..];
    }

    private static T Pick<T>(Random rng, T[] items) => items[rng.Next(items.Length)];

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static int Count(string s)
    {
        int n = 0;
        bool inWord = false;
        foreach (char c in s)
        {
            bool w = !char.IsWhiteSpace(c);
            if (w && !inWord) n++;
            inWord = w;
        }
        return n;
    }
}
