using Copywise.Analysis;
using Copywise.Assessments.Seo;
using Copywise.Audit.Storage;
using Copywise.Documents;
using Copywise.Languages;
using Copywise.Research;
using Copywise.Text;

namespace Copywise.Audit;

/// <summary>One page as the site-wide checks see it, whether analysed in this run or reused from the store.</summary>
public sealed class SitePage
{
    /// <summary>The page id in the store.</summary>
    public long PageId { get; set; }
    /// <summary>The file, relative to the site root.</summary>
    public required string Path { get; init; }
    /// <summary>The analysis used; null for a page that could not be read.</summary>
    public long? AnalysisId { get; set; }
    /// <summary><c>analysed</c>, <c>reused</c> or <c>error</c>.</summary>
    public required string Status { get; init; }
    /// <summary>Why the page could not be read.</summary>
    public string? Error { get; init; }
    /// <summary>True for a page that does not exist (a live page that answered 404 or 410, or nothing): links to it are broken.</summary>
    public bool Missing { get; init; }
    /// <summary>The hash of its content.</summary>
    public string ContentHash { get; init; } = "";
    /// <summary>Its URL.</summary>
    public string Url { get; init; } = "";
    /// <summary>The keys it is known by.</summary>
    public IReadOnlyList<string> Keys { get; init; } = [];
    /// <summary>Its SEO title.</summary>
    public string Title { get; init; } = "";
    /// <summary>Its meta description.</summary>
    public string Description { get; init; } = "";
    /// <summary>Its focus keyphrase.</summary>
    public string Keyphrase { get; init; } = "";
    /// <summary>The keyphrase's synonyms.</summary>
    public string Synonyms { get; init; } = "";
    /// <summary>The keyphrase's key.</summary>
    public string KeyphraseKey { get; init; } = "";
    /// <summary>Its locale.</summary>
    public string Locale { get; init; } = "";
    /// <summary>Its related keyphrases.</summary>
    public IReadOnlyList<RelatedKey> Related { get; init; } = [];
    /// <summary>The scores of its SEO results (without site-wide ones).</summary>
    public IReadOnlyList<int> SeoScores { get; init; } = [];
    /// <summary>The scores of each related keyphrase's results.</summary>
    public IReadOnlyList<IReadOnlyList<int>> RelatedScores { get; init; } = [];
    /// <summary>The SEO score without site-wide results.</summary>
    public int SeoScore { get; init; }
    /// <summary>The readability score.</summary>
    public int ReadabilityScore { get; init; }
    /// <summary>Words in the page.</summary>
    public int WordCount { get; init; }
    /// <summary>Its links.</summary>
    public IReadOnlyList<PageLink> Links { get; init; } = [];
    /// <summary>Its prominent words.</summary>
    public IReadOnlyList<ProminentWord> Prominent { get; init; } = [];

    /// <summary>True when the page could be read and analysed.</summary>
    public bool Ok => Status != "error";

    // The site checks need a link's target and place, not its text; pages share most targets and prominent words.
    internal static IReadOnlyList<PageLink> Share(IReadOnlyList<PageLink> links) =>
        links.Select(l => new PageLink(SharedStrings.Get(l.Href), l.Target is null ? null : SharedStrings.Get(l.Target), "", l.Start, l.End)).ToArray();

    internal static IReadOnlyList<ProminentWord> Share(IReadOnlyList<ProminentWord> words) =>
        words.Select(w => w with { Phrase = SharedStrings.Get(w.Phrase) }).ToArray();

    /// <summary>The site page of a fresh analysis (the full result is not kept).</summary>
    public static SitePage From(PageAnalysis a, string status) => new()
    {
        Path = a.Path,
        Status = status,
        ContentHash = a.ContentHash,
        Url = a.Url,
        Keys = a.Keys,
        Title = a.Result.Paper.Title,
        Description = a.Result.Paper.Description,
        Keyphrase = a.Result.Paper.Keyphrase,
        Synonyms = a.Result.Paper.Synonyms,
        KeyphraseKey = a.KeyphraseKey,
        Locale = a.Result.Paper.Locale,
        Related = a.Related,
        SeoScores = a.Result.Seo.Results.Select(r => r.Score).ToArray(),
        RelatedScores = a.Result.Related.Select(g => (IReadOnlyList<int>)g.Group.Results.Select(r => r.Score).ToArray()).ToArray(),
        SeoScore = a.Result.Seo.Score,
        ReadabilityScore = a.Result.Readability.Score,
        WordCount = a.Result.Facts.WordCount,
        Links = Share(a.Links),
        Prominent = Share(a.Prominent),
    };

    /// <summary>The site page of a stored analysis.</summary>
    public static SitePage From(string path, StoredAnalysis a) => new()
    {
        Path = path,
        Status = "reused",
        AnalysisId = a.Id,
        ContentHash = a.ContentHash,
        Url = a.Url,
        Keys = a.Keys,
        Title = a.Title,
        Description = a.Description,
        Keyphrase = a.Keyphrase,
        Synonyms = a.Synonyms,
        KeyphraseKey = a.KeyphraseKey,
        Locale = a.Locale,
        Related = a.Related,
        SeoScores = a.SeoScores,
        RelatedScores = a.RelatedScores,
        SeoScore = a.SeoScore,
        ReadabilityScore = a.ReadabilityScore,
        Links = Share(a.Links),
        Prominent = Share(a.Prominent),
    };
}

/// <summary>What the site-wide checks found.</summary>
public sealed class SiteCheckOutcome
{
    /// <summary>The findings, every kind.</summary>
    public List<Finding> Findings { get; } = new();
    /// <summary>Per page (by index), the results of site-wide assessments: group, related index, result.</summary>
    public Dictionary<int, List<(string Group, int Index, AssessmentResult Result)>> SiteResults { get; } = new();
    /// <summary>Per page (by index), the SEO score with the site-wide results.</summary>
    public Dictionary<int, int> SeoScores { get; } = new();
}

/// <summary>
/// The checks only a whole site allows: keyphrases used by more than one page (which also fills each page's
/// previously-used-keyphrase result), duplicate SEO titles and meta descriptions, orphaned pages, broken internal
/// links, and internal linking suggestions from shared prominent words.
/// </summary>
public static class SiteChecks
{
    /// <summary>Pages whose focus keyphrases have the same content words.</summary>
    public const string KeyphraseCannibalization = "keyphraseCannibalization";
    /// <summary>Pages with the same SEO title.</summary>
    public const string DuplicateTitle = "duplicateTitle";
    /// <summary>Pages with the same meta description.</summary>
    public const string DuplicateDescription = "duplicateDescription";
    /// <summary>A page no other audited page links to.</summary>
    public const string OrphanedPage = "orphanedPage";
    /// <summary>A link to a page path of the site that does not exist.</summary>
    public const string BrokenLink = "brokenLink";
    /// <summary>Another page that shares prominent words with this one and is not linked yet.</summary>
    public const string LinkSuggestion = "linkSuggestion";

    /// <summary>The site checks: id, name and what each checks, as the assessment catalogue has them.</summary>
    public static readonly IReadOnlyList<(string Id, string Name, string Summary)> Catalogue =
    [
        (KeyphraseCannibalization, "Keyphrase used by several pages", "Checks that no two pages of the site compete for the same focus keyphrase (the same content words in any order)."),
        (DuplicateTitle, "Duplicate SEO title", "Checks that every page has an SEO title no other page of the site uses."),
        (DuplicateDescription, "Duplicate meta description", "Checks that every page has a meta description no other page of the site uses."),
        (OrphanedPage, "Orphaned page", "Checks that at least one other page of the site links to the page."),
        (BrokenLink, "Broken internal link", "Checks that every internal link points at a page of the site that exists."),
        (LinkSuggestion, "Internal linking suggestion", "Suggests pages that share prominent words with the page and are not linked from it yet, with the phrase that could carry the link."),
    ];

    /// <summary>Runs the checks over every page of the site.</summary>
    /// <param name="pages">The pages.</param>
    /// <param name="config">The site's config.</param>
    /// <param name="complete">True when the pages are the whole site, so a link to a page not among them is broken;
    /// false when other pages may exist unread (a crawl, a sitemap), so only a link to a page found missing is.</param>
    public static SiteCheckOutcome Run(IReadOnlyList<SitePage> pages, AuditConfig config, bool complete = true)
    {
        var outcome = new SiteCheckOutcome();
        var ok = Enumerable.Range(0, pages.Count).Where(i => pages[i].Ok).ToList();
        PreviouslyUsed(pages, ok, config, outcome);
        if (!config.IsDisabled(KeyphraseCannibalization))
        {
            foreach (var group in ok.Where(i => pages[i].KeyphraseKey.Length > 0).GroupBy(i => pages[i].KeyphraseKey).Where(g => g.Count() > 1))
            {
                var shown = pages[group.First()].Keyphrase;
                foreach (var i in group) outcome.Findings.Add(new Finding { Kind = KeyphraseCannibalization, PageId = pages[i].PageId, Value = shown });
            }
        }
        if (!config.IsDisabled(DuplicateTitle)) Duplicates(pages, ok, p => p.Title, DuplicateTitle, outcome);
        if (!config.IsDisabled(DuplicateDescription)) Duplicates(pages, ok, p => p.Description, DuplicateDescription, outcome);

        // Every key a page is known by, errors included: a link to a file that exists but cannot be read is not broken.
        // A page found missing is known only as missing.
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var missing = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < pages.Count; i++)
        {
            foreach (var k in pages[i].Keys)
            {
                if (pages[i].Missing) missing.Add(k);
                else byKey.TryAdd(k, i);
            }
        }
        var linked = new HashSet<int>[pages.Count];
        var inbound = new int[pages.Count];
        foreach (var i in ok)
        {
            linked[i] = new HashSet<int>();
            foreach (var link in pages[i].Links)
            {
                if (link.Target is null) continue;
                if (byKey.TryGetValue(link.Target, out int j))
                {
                    if (j != i && linked[i].Add(j)) inbound[j]++;
                }
                else if (!config.IsDisabled(BrokenLink) && (complete || missing.Contains(link.Target)))
                {
                    outcome.Findings.Add(new Finding { Kind = BrokenLink, PageId = pages[i].PageId, Value = link.Href, Start = link.Start, End = link.End });
                }
            }
        }
        if (!config.IsDisabled(OrphanedPage))
        {
            // The home page is where readers arrive; it needs no link from another page.
            foreach (var i in ok.Where(i => inbound[i] == 0 && !pages[i].Keys.Contains("")))
                outcome.Findings.Add(new Finding { Kind = OrphanedPage, PageId = pages[i].PageId, Value = pages[i].Url });
        }
        if (!config.IsDisabled(LinkSuggestion) && config.Suggestions > 0) Suggestions(pages, ok, linked, config.Suggestions, outcome);
        return outcome;
    }

    private static void Duplicates(IReadOnlyList<SitePage> pages, List<int> ok, Func<SitePage, string> value, string kind, SiteCheckOutcome outcome)
    {
        foreach (var group in ok.Where(i => !string.IsNullOrWhiteSpace(value(pages[i]))).GroupBy(i => Normalize(value(pages[i]))).Where(g => g.Count() > 1))
        {
            var shown = value(pages[group.First()]).Trim();
            foreach (var i in group) outcome.Findings.Add(new Finding { Kind = kind, PageId = pages[i].PageId, Value = shown });
        }
    }

    // Titles differing only in case or spacing are the same title to a reader of search results.
    private static string Normalize(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    // Each page's previously-used-keyphrase result: the library's assessment, given the keyphrases the site's other pages use.
    private static void PreviouslyUsed(IReadOnlyList<SitePage> pages, List<int> ok, AuditConfig config, SiteCheckOutcome outcome)
    {
        var assessment = new PreviouslyUsedKeyphrase();
        var byKey = ok.Where(i => pages[i].KeyphraseKey.Length > 0).GroupBy(i => pages[i].KeyphraseKey)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<UsedKeyphrase>)g.Select(i => new UsedKeyphrase(pages[i].Keyphrase, pages[i].Url)).ToArray(), StringComparer.Ordinal);
        var options = new AnalysisOptions { WordForms = config.WordForms };
        bool disabled = config.IsDisabled(assessment.Id);
        foreach (var i in ok)
        {
            var p = pages[i];
            var seo = p.SeoScores.Select(s => Score(s)).ToList();
            if (!disabled)
            {
                var results = new List<(string, int, AssessmentResult)>();
                var language = LanguageRegistry.ForLocale(p.Locale);
                // The assessment leaves out the page's own URL, so the whole group can be passed as the site's keyphrases.
                AssessmentResult? Assess(string keyphrase, string synonyms, string key, bool related)
                {
                    // A page alone with its keyphrase is given no other page's (the assessment then compares nothing).
                    var used = byKey.TryGetValue(key, out var list) && (list.Count > 1 || related) ? list : [];
                    var paper = new Paper { Keyphrase = keyphrase, Synonyms = synonyms, Permalink = p.Url, Locale = p.Locale, UsedKeyphrases = used };
                    using var context = new AnalysisContext(paper, TextDocument.Empty(""), language, options);
                    var topic = new Topic(keyphrase, synonyms, related);
                    return assessment.IsApplicable(context, topic) ? assessment.Assess(context, topic) : null;
                }
                if (p.KeyphraseKey.Length > 0 && Assess(p.Keyphrase, p.Synonyms, p.KeyphraseKey, false) is { } focus)
                {
                    results.Add(("seo", 0, focus));
                    seo.Add(focus);
                }
                for (int r = 0; r < p.Related.Count; r++)
                {
                    if (p.Related[r].Key.Length > 0 && Assess(p.Related[r].Keyphrase, p.Related[r].Synonyms, p.Related[r].Key, true) is { } rel)
                        results.Add(("related", r, rel));
                }
                if (results.Count > 0) outcome.SiteResults[i] = results;
            }
            outcome.SeoScores[i] = seo.Count == p.SeoScores.Count ? p.SeoScore : OverallScore.Seo(seo);
        }
    }

    private static AssessmentResult Score(int score) => new("", score, "", []);

    /// <summary>
    /// Internal linking suggestions. A phrase shared by two pages counts by the smaller of its two weights times how rare
    /// it is on the site (log(1 + pages / pages using it)); phrases on more than a tenth of the site (at most 200 pages) are
    /// too common to tell pages apart. A page is suggested when it shares at least two prominent words, is not linked yet,
    /// and ranks among the best; the shared phrase that counts most is the anchor.
    /// </summary>
    private static void Suggestions(IReadOnlyList<SitePage> pages, List<int> ok, HashSet<int>[] linked, int max, SiteCheckOutcome outcome)
    {
        int n = ok.Count;
        if (n < 2) return;
        int cap = Math.Clamp(n / 10, 10, 200);
        // Postings only for the words that tell pages apart: on at least two pages and at most cap.
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in ok)
        {
            foreach (var w in pages[i].Prominent) df[w.Phrase] = df.GetValueOrDefault(w.Phrase) + 1;
        }
        var postings = new Dictionary<string, (double Rarity, List<(int Page, double Weight)> Pages)>(StringComparer.Ordinal);
        foreach (var (phrase, count) in df)
        {
            if (count >= 2 && count <= cap) postings[phrase] = (Math.Log(1 + (double)n / count), new List<(int, double)>(count));
        }
        df = null;
        foreach (var i in ok)
        {
            foreach (var w in pages[i].Prominent)
            {
                if (postings.TryGetValue(w.Phrase, out var p)) p.Pages.Add((i, w.Weight));
            }
        }
        var found = new List<Finding>?[pages.Count];
        // One accumulator per worker, reused for every page it scores.
        int workers = Math.Max(1, Math.Min(Environment.ProcessorCount, n / 64 + 1));
        Parallel.For(0, workers, worker =>
        {
            var acc = new Accumulator(pages.Count);
            for (int k = worker; k < ok.Count; k += workers)
            {
                int i = ok[k];
                acc.Clear();
                foreach (var w in pages[i].Prominent)
                {
                    if (!postings.TryGetValue(w.Phrase, out var p)) continue;
                    foreach (var (j, weight) in p.Pages)
                    {
                        if (j != i) acc.Add(j, Math.Min(w.Weight, weight) * p.Rarity, w.Phrase);
                    }
                }
                var best = acc.Touched.Where(j => acc.Shared[j] >= 2 && !linked[i].Contains(j))
                    .OrderByDescending(j => acc.Score[j]).ThenBy(j => pages[j].Path, StringComparer.Ordinal).Take(max)
                    .Select(j => new Finding { Kind = LinkSuggestion, PageId = pages[i].PageId, OtherPageId = pages[j].PageId, Value = acc.Phrase[j]!, Score = Math.Round(acc.Score[j], 2) })
                    .ToList();
                if (best.Count > 0) found[i] = best;
            }
        });
        foreach (var i in ok) if (found[i] is { } list) outcome.Findings.AddRange(list);
    }

    private sealed class Accumulator(int size)
    {
        public readonly double[] Score = new double[size];
        public readonly int[] Shared = new int[size];
        public readonly string?[] Phrase = new string?[size];
        private readonly double[] _best = new double[size];
        public readonly List<int> Touched = new();

        public void Add(int page, double score, string phrase)
        {
            if (Shared[page] == 0) Touched.Add(page);
            Score[page] += score;
            Shared[page]++;
            // The heaviest shared phrase carries the link; on a tie the longer one says more.
            if (score > _best[page] || (score == _best[page] && phrase.Length > (Phrase[page]?.Length ?? 0)))
            {
                _best[page] = score;
                Phrase[page] = phrase;
            }
        }

        public void Clear()
        {
            foreach (var j in Touched) { Score[j] = 0; Shared[j] = 0; Phrase[j] = null; _best[j] = 0; }
            Touched.Clear();
        }
    }
}

/// <summary>One string per distinct value for the strings many pages of a site share (prominent words, link targets).</summary>
internal static class SharedStrings
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);

    // Long strings are rarely shared; the pool keeps the short ones.
    public static string Get(string s) => s.Length > 80 ? s : Pool.GetOrAdd(s, s);
}
