namespace Copywise.Crawl;

/// <summary>
/// A robots.txt (RFC 9309): the group for our user agent (else <c>*</c>), its Allow and Disallow rules with
/// <c>*</c> and <c>$</c>, the longest match deciding (Allow on a tie), and <c>Crawl-delay</c>.
/// </summary>
public sealed class RobotsTxt
{
    private readonly List<(bool Allow, string Pattern)> _rules;

    private RobotsTxt(List<(bool, string)> rules, TimeSpan? crawlDelay)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
    }

    /// <summary>Everything allowed (no robots.txt, or a 4xx answer).</summary>
    public static RobotsTxt AllowAll { get; } = new([], null);

    /// <summary>Nothing allowed (the server failed to answer: RFC 9309 says assume a complete disallow).</summary>
    public static RobotsTxt DisallowAll { get; } = new([(false, "/")], null);

    /// <summary>The delay the site asks for between requests, if any.</summary>
    public TimeSpan? CrawlDelay { get; }

    /// <summary>Parses a robots.txt for the agent whose product token is <paramref name="agent"/> (e.g. <c>CopywiseBot</c>).</summary>
    public static RobotsTxt Parse(string content, string agent)
    {
        var groups = new List<(List<string> Agents, List<(bool, string)> Rules, TimeSpan? Delay)>();
        (List<string> Agents, List<(bool, string)> Rules, TimeSpan? Delay)? current = null;
        bool lastWasAgent = false;
        foreach (var raw in content.Split('\n'))
        {
            var line = raw;
            int hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            int colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "user-agent":
                    if (current is null || !lastWasAgent)
                    {
                        current = (new List<string>(), new List<(bool, string)>(), null);
                        groups.Add(current.Value);
                    }
                    current.Value.Agents.Add(value.ToLowerInvariant());
                    lastWasAgent = true;
                    break;
                case "allow" or "disallow" when current is not null:
                    if (value.Length > 0) current.Value.Rules.Add((key == "allow", value));
                    lastWasAgent = false;
                    break;
                case "crawl-delay" when current is not null:
                    if (double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds is >= 0 and <= 3600)
                    {
                        int index = groups.FindIndex(g => ReferenceEquals(g.Agents, current.Value.Agents));
                        current = current.Value with { Delay = TimeSpan.FromSeconds(seconds) };
                        groups[index] = current.Value;
                    }
                    lastWasAgent = false;
                    break;
                default:
                    lastWasAgent = false;
                    break;
            }
        }
        var token = agent.Split('/', ' ')[0].ToLowerInvariant();
        var mine = groups.Where(g => g.Agents.Any(a => a != "*" && token.StartsWith(a, StringComparison.Ordinal))).ToList();
        if (mine.Count == 0) mine = groups.Where(g => g.Agents.Contains("*")).ToList();
        var rules = mine.SelectMany(g => g.Rules).ToList();
        var delay = mine.Select(g => g.Delay).FirstOrDefault(d => d is not null);
        return new RobotsTxt(rules, delay);
    }

    /// <summary>True when the path and query of <paramref name="url"/> may be fetched.</summary>
    public bool IsAllowed(Uri url)
    {
        var path = url.PathAndQuery;
        if (path == "/robots.txt") return true;
        int best = -1;
        bool allowed = true;
        foreach (var (allow, pattern) in _rules)
        {
            if (!Matches(pattern, path)) continue;
            int length = pattern.Length;
            if (length > best || (length == best && allow))
            {
                best = length;
                allowed = allow;
            }
        }
        return allowed;
    }

    // Glob match from the start of the path: '*' any run of characters, a final '$' the end of the path.
    private static bool Matches(string pattern, string path)
    {
        bool anchored = pattern.EndsWith('$');
        if (anchored) pattern = pattern[..^1];
        return Match(pattern.AsSpan(), path.AsSpan(), anchored);

        static bool Match(ReadOnlySpan<char> p, ReadOnlySpan<char> s, bool anchored)
        {
            while (true)
            {
                if (p.IsEmpty) return !anchored || s.IsEmpty;
                if (p[0] == '*')
                {
                    var rest = p[1..];
                    for (int i = 0; i <= s.Length; i++)
                        if (Match(rest, s[i..], anchored)) return true;
                    return false;
                }
                if (s.IsEmpty || p[0] != s[0]) return false;
                p = p[1..];
                s = s[1..];
            }
        }
    }
}
