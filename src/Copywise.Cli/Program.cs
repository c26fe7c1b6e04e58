using Copywise.Documents;

namespace Copywise.Cli;

/// <summary>The <c>copywise</c> command.</summary>
public static class Program
{
    /// <summary>Exit codes.</summary>
    public const int Ok = 0, BelowThreshold = 1, Usage = 2, InputError = 3, CannotServe = 4;

    /// <summary>Runs the command.</summary>
    public static int Main(string[] args) => Run(args, Console.In, Console.Out, Console.Error);

    /// <summary>Runs the command with the given streams (tests call this).</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
            {
                stdout.Write(Help.Text);
                return args.Length == 0 ? Usage : Ok;
            }
            if (args[0] is "--version" or "version")
            {
                stdout.WriteLine("copywise " + typeof(Program).Assembly.GetName().Version?.ToString(3));
                return Ok;
            }
            var rest = args[1..];
            return args[0] switch
            {
                "analyze" => AnalyzeCommand.Run(rest, stdin, stdout, stderr),
                "batch" => BatchCommand.Run(rest, stdin, stdout, stderr),
                "serve" => ServeCommand.Run(rest, stderr),
                "audit" => AuditCommand.Run(rest, stdout, stderr),
                _ => throw new UsageException($"unknown command '{args[0]}' (commands: analyze, batch, audit, serve; see copywise --help)"),
            };
        }
        catch (UsageException e)
        {
            stderr.WriteLine("copywise: " + e.Message);
            return Usage;
        }
        catch (CopywiseInputException e)
        {
            stderr.WriteLine("copywise: " + e.Message);
            return InputError;
        }
        catch (System.Data.Common.DbException e)
        {
            stderr.WriteLine("copywise: the audit database failed: " + e.Message.Split('\n')[0].Trim());
            return InputError;
        }
        catch (OutOfMemoryException)
        {
            stderr.WriteLine("copywise: the input is too large to analyse in the memory available");
            return InputError;
        }
    }
}

internal static class Help
{
    public const string Text = """
        copywise: SEO and readability analysis of an article against a focus keyphrase.

        Usage:
          copywise analyze [FILE|-] [options]   analyse one article (HTML, Markdown or plain text)
          copywise batch [FILE|-] [-o FILE]     analyse papers given as JSON lines, print one result line each
          copywise audit [PATH|GLOB]... [options]
                                                audit a whole site: every page, cross-page checks, stored history
          copywise audit --crawl URL | --sitemap URL [options]
                                                audit a live site: crawled from URL, or the pages its sitemap lists
          copywise serve [--urls URL]           the HTTP API and the web editor (default http://127.0.0.1:5080)
          copywise --version

        Analysis options (analyze; defaults for batch):
          --keyphrase K         focus keyphrase ("in quotes" for an exact match)
          --synonyms S          synonyms of the keyphrase, comma separated
          --related K           a related keyphrase (repeatable, up to 4)
          --title T             SEO title            --description D   meta description
          --slug S              slug                 --permalink URL   the page's URL (decides internal links)
          --locale L            language, e.g. en_US --cornerstone     cornerstone content (stricter)
          --title-width PX      measured title width in pixels
          --used-keyphrases F   keyphrases other pages use: one "keyphrase<TAB>url" a line
          --no-word-forms       match the keyphrase only as written
          --from FMT            html | markdown | text (default: by extension, else sniffed)

        Output:
          --format text|json    (analyze) text report or the JSON result object
          --fail-under N        exit 1 when the SEO or readability score is under N
          -o FILE               (batch) write to FILE instead of standard output
          --repeat N            (batch) time N warm runs per paper; "ms" is their mean

        Audit options:
          --config FILE         site config (default: copywise.yml in the current folder)
          --db CONNECTION       SQLite file (default .copywise/audit.db beside the config) or "Host=…;Database=…"
          --format F            text | json | sarif | junit | html   -o FILE   write the report to FILE
          --fail-under N        exit 1 when a page or the site average scores under N
          --changed-only        report only pages new or changed since the last complete run
          --compare RUN|last    list pages whose scores went up or down since that run
          --jobs N              pages analysed at once (default: one per processor)

        Live site options (audit --crawl or --sitemap):
          --max-pages N         pages read at most (default 500)
          --concurrency N       requests at once (default 4)     --delay MS         pause between requests
          --timeout S           seconds a page may take (20)     --max-page-size MB largest page read (10)
          --user-agent UA       the User-Agent, also looked up in robots.txt
          --allow-private       allow private and loopback addresses (a local test site)

        Service settings (serve), e.g. --Copywise:MaxBodyBytes=5242880:
          MaxBodyBytes, MaxBatchBodyBytes, RequestTimeoutSeconds, MaxConcurrentAnalyses, MaxQueuedAnalyses,
          RateLimitPerSecond (0: off), RateLimitBurst, CorsOrigins (comma separated; empty: CORS off)

        Exit codes: 0 ok, 1 a score under --fail-under, 2 usage error, 3 input error, 4 the service cannot listen.

        """;
}
