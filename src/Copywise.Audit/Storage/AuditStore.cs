using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Copywise.Analysis;
using Copywise.Documents;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Copywise.Audit.Storage;

/// <summary>
/// The audit's database: runs, pages, analyses with their results and links, each run's pages and site-wide findings.
/// SQLite or PostgreSQL through the same SQL; the schema is applied by <see cref="Migrations"/> on open.
/// </summary>
public sealed class AuditStore : IDisposable
{
    private readonly DbConnection _connection;

    private AuditStore(DbConnection connection, StoreKind kind, string description)
    {
        _connection = connection;
        Kind = kind;
        Description = description;
    }

    /// <summary>Which database.</summary>
    public StoreKind Kind { get; }

    /// <summary>The database for display: a file path or a host and database name, never a password.</summary>
    public string Description { get; }

    /// <summary>The open connection (one writer at a time).</summary>
    internal DbConnection Connection => _connection;

    /// <summary>True when <paramref name="database"/> names a PostgreSQL database rather than a SQLite file.</summary>
    public static bool IsPostgres(string database) =>
        database.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || database.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || database.Contains("Host=", StringComparison.OrdinalIgnoreCase) || database.Contains("Server=", StringComparison.OrdinalIgnoreCase);

    /// <summary>Opens (creating when needed) and migrates a store.</summary>
    /// <param name="database">A SQLite file path, a SQLite connection string (<c>Data Source=…</c>), or a PostgreSQL connection string (<c>Host=…;Database=…</c>).</param>
    /// <exception cref="CopywiseInputException">The database cannot be opened or has a newer schema.</exception>
    public static AuditStore Open(string database)
    {
        DbConnection? connection = null;
        try
        {
            StoreKind kind;
            string description;
            if (IsPostgres(database))
            {
                var builder = new NpgsqlConnectionStringBuilder(PostgresConnectionString(database));
                description = $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
                connection = new NpgsqlConnection(builder.ConnectionString);
                kind = StoreKind.Postgres;
            }
            else
            {
                var builder = database.Contains('=') ? new SqliteConnectionStringBuilder(database) : new SqliteConnectionStringBuilder { DataSource = database };
                builder.Pooling = false;
                var file = builder.DataSource;
                if (file.Length > 0 && file != ":memory:")
                {
                    var dir = Path.GetDirectoryName(Path.GetFullPath(file));
                    if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
                }
                description = "SQLite " + file;
                connection = new SqliteConnection(builder.ConnectionString);
                kind = StoreKind.Sqlite;
            }
            connection.Open();
            if (kind == StoreKind.Sqlite)
            {
                // WAL: readers do not block the writer, and a killed process loses only its open transaction.
                Exec(connection, "PRAGMA journal_mode=WAL");
                Exec(connection, "PRAGMA synchronous=NORMAL");
                Exec(connection, "PRAGMA busy_timeout=10000");
                Exec(connection, "PRAGMA cache_size=-65536");
                Exec(connection, "PRAGMA temp_store=MEMORY");
            }
            Migrations.Apply(connection, kind);
            return new AuditStore(connection, kind, description);
        }
        catch (Exception e) when (e is DbException or ArgumentException or InvalidOperationException or IOException or UnauthorizedAccessException or System.Net.Sockets.SocketException or TimeoutException)
        {
            connection?.Dispose();
            throw new CopywiseInputException($"cannot open the audit database: {FirstLine(e.Message)}");
        }
    }

    // postgres://user:password@host:port/database as well as key=value connection strings.
    private static string PostgresConnectionString(string database)
    {
        if (!database.Contains("://", StringComparison.Ordinal)) return database;
        var uri = new Uri(database);
        var b = new NpgsqlConnectionStringBuilder { Host = uri.Host, Database = uri.AbsolutePath.Trim('/') };
        if (uri.Port > 0) b.Port = uri.Port;
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            b.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length > 1) b.Password = Uri.UnescapeDataString(parts[1]);
        }
        return b.ConnectionString;
    }

    /// <inheritdoc/>
    public void Dispose() => _connection.Dispose();

    internal static void Exec(DbConnection c, string sql, DbTransaction? tx = null)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    /// <summary>Adds a parameter (null as DB null; strings without NUL characters, which PostgreSQL text refuses).</summary>
    internal static DbParameter Param(DbCommand cmd, string name, object? value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = Value(value);
        cmd.Parameters.Add(p);
        return p;
    }

    internal static object Value(object? value) => value switch
    {
        null => DBNull.Value,
        string s when s.Contains('\0') => s.Replace('\0', '\uFFFD'),
        bool b => b ? 1 : 0,
        _ => value,
    };

    private DbCommand Command(string sql, DbTransaction? tx = null)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd;
    }

    // ---- runs

    /// <summary>Records the start of a run and returns its id.</summary>
    public long StartRun(string root, string settings, bool changedOnly)
    {
        using var cmd = Command("INSERT INTO runs (started_at, status, engine_version, root, settings, changed_only) VALUES (@s, 'running', @e, @r, @x, @c) RETURNING id");
        Param(cmd, "@s", DateTimeOffset.UtcNow.ToString("o", CultureInfo.InvariantCulture));
        Param(cmd, "@e", PageAnalyzer.EngineVersion);
        Param(cmd, "@r", root);
        Param(cmd, "@x", settings);
        Param(cmd, "@c", changedOnly);
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>All runs, newest first.</summary>
    public IReadOnlyList<RunInfo> Runs()
    {
        using var cmd = Command("SELECT id, started_at, finished_at, status, engine_version, root, page_count, analysed_count, reused_count, error_count, seo_average, readability_average, elapsed_ms, changed_only FROM runs ORDER BY id DESC");
        using var r = cmd.ExecuteReader();
        var list = new List<RunInfo>();
        while (r.Read())
        {
            list.Add(new RunInfo
            {
                Id = r.GetInt64(0),
                StartedAt = r.GetString(1),
                FinishedAt = r.IsDBNull(2) ? null : r.GetString(2),
                Status = r.GetString(3),
                EngineVersion = r.GetString(4),
                Root = r.GetString(5),
                PageCount = Convert.ToInt32(r.GetValue(6), CultureInfo.InvariantCulture),
                AnalysedCount = Convert.ToInt32(r.GetValue(7), CultureInfo.InvariantCulture),
                ReusedCount = Convert.ToInt32(r.GetValue(8), CultureInfo.InvariantCulture),
                ErrorCount = Convert.ToInt32(r.GetValue(9), CultureInfo.InvariantCulture),
                SeoAverage = r.IsDBNull(10) ? null : r.GetDouble(10),
                ReadabilityAverage = r.IsDBNull(11) ? null : r.GetDouble(11),
                ElapsedMs = r.IsDBNull(12) ? null : Convert.ToInt64(r.GetValue(12), CultureInfo.InvariantCulture),
                ChangedOnly = Convert.ToInt32(r.GetValue(13), CultureInfo.InvariantCulture) != 0,
            });
        }
        return list;
    }

    /// <summary>One run, or null.</summary>
    public RunInfo? Run(long id) => Runs().FirstOrDefault(r => r.Id == id);

    /// <summary>The newest complete run before <paramref name="before"/> (any when null) of <paramref name="root"/> (any when null), or null.</summary>
    public RunInfo? LastCompleteRun(long? before = null, string? root = null) =>
        Runs().FirstOrDefault(r => r.Status == "complete" && (before is null || r.Id < before) && (root is null || r.Root == root));

    // ---- pages and analyses

    /// <summary>Every page path known, with its id.</summary>
    public Dictionary<string, long> PageIds()
    {
        using var cmd = Command("SELECT id, path FROM pages");
        using var r = cmd.ExecuteReader();
        var map = new Dictionary<string, long>(StringComparer.Ordinal);
        while (r.Read()) map[r.GetString(1)] = r.GetInt64(0);
        return map;
    }

    /// <summary>The analyses made by an engine version: for each page path, (content hash, settings) → analysis id.</summary>
    public Dictionary<string, Dictionary<(string Hash, string Settings), long>> Analyses(string engineVersion)
    {
        using var cmd = Command("SELECT a.id, p.path, a.content_hash, a.settings_hash FROM analyses a JOIN pages p ON p.id = a.page_id WHERE a.engine_version = @e");
        Param(cmd, "@e", engineVersion);
        using var r = cmd.ExecuteReader();
        var map = new Dictionary<string, Dictionary<(string, string), long>>(StringComparer.Ordinal);
        while (r.Read())
        {
            var path = r.GetString(1);
            if (!map.TryGetValue(path, out var inner)) map[path] = inner = new();
            inner[(r.GetString(2), r.GetString(3))] = r.GetInt64(0);
        }
        return map;
    }

    /// <summary>Page id → content hash of the pages of a run that had an analysis.</summary>
    public Dictionary<long, string> RunContentHashes(long runId)
    {
        using var cmd = Command("SELECT rp.page_id, a.content_hash FROM run_pages rp JOIN analyses a ON a.id = rp.analysis_id WHERE rp.run_id = @r");
        Param(cmd, "@r", runId);
        using var r = cmd.ExecuteReader();
        var map = new Dictionary<long, string>();
        while (r.Read()) map[r.GetInt64(0)] = r.GetString(1);
        return map;
    }

    /// <summary>Opens a batch of page writes: one transaction, committed whole or not at all.</summary>
    public PageWriter BeginPages(long runId) => new(this, runId);

    /// <summary>Counts rows of a table (for checks and tests).</summary>
    public long Count(string table, string? where = null)
    {
        using var cmd = Command($"SELECT COUNT(*) FROM {table}" + (where is null ? "" : " WHERE " + where));
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Analyses whose stored results or links are fewer than they should be (none, unless the store is damaged).</summary>
    public long IncompleteAnalyses()
    {
        using var cmd = Command("""
            SELECT COUNT(*) FROM analyses a
            WHERE a.result_count <> (SELECT COUNT(*) FROM results r WHERE r.analysis_id = a.id)
               OR a.link_count <> (SELECT COUNT(*) FROM links l WHERE l.analysis_id = a.id)
            """);
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    // ---- reading analyses back for the site-wide checks

    /// <summary>What the site-wide checks need of stored analyses, by analysis id.</summary>
    public Dictionary<long, StoredAnalysis> LoadAnalyses(IReadOnlyCollection<long> ids)
    {
        var map = new Dictionary<long, StoredAnalysis>();
        if (ids.Count == 0) return map;
        using var tx = _connection.BeginTransaction();
        FillIdTable(ids, tx);
        using (var cmd = Command("SELECT a.id, a.url, a.page_keys, a.title, a.description, a.keyphrase, a.synonyms, a.keyphrase_key, a.related, a.locale, a.seo_score, a.readability_score, a.prominent, a.content_hash, a.word_count FROM analyses a JOIN tmp_ids t ON t.id = a.id", tx))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                map[r.GetInt64(0)] = new StoredAnalysis
                {
                    Id = r.GetInt64(0),
                    Url = r.GetString(1),
                    Keys = r.GetString(2).Split('\n'),
                    Title = r.GetString(3),
                    Description = r.GetString(4),
                    Keyphrase = r.GetString(5),
                    Synonyms = r.GetString(6),
                    KeyphraseKey = r.GetString(7),
                    Related = JsonSerializer.Deserialize(r.GetString(8), AuditJsonContext.Default.ListRelatedKey) ?? [],
                    Locale = r.GetString(9),
                    SeoScore = Convert.ToInt32(r.GetValue(10), CultureInfo.InvariantCulture),
                    ReadabilityScore = Convert.ToInt32(r.GetValue(11), CultureInfo.InvariantCulture),
                    Prominent = SitePage.Share(ProminentWords.Deserialize(r.GetString(12))),
                    ContentHash = r.GetString(13),
                    WordCount = Convert.ToInt32(r.GetValue(14), CultureInfo.InvariantCulture),
                };
            }
        }
        using (var cmd = Command("SELECT r.analysis_id, r.grp, r.related_index, r.score FROM results r JOIN tmp_ids t ON t.id = r.analysis_id WHERE r.grp <> 'readability' ORDER BY r.analysis_id, r.position", tx))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                var a = map[r.GetInt64(0)];
                int score = Convert.ToInt32(r.GetValue(3), CultureInfo.InvariantCulture);
                if (r.GetString(1) == "seo") a.SeoScores.Add(score);
                else
                {
                    int i = Convert.ToInt32(r.GetValue(2), CultureInfo.InvariantCulture);
                    while (a.RelatedScores.Count <= i) a.RelatedScores.Add(new List<int>());
                    a.RelatedScores[i].Add(score);
                }
            }
        }
        // The site checks need where a link points and where it is, not its anchor text.
        using (var cmd = Command("SELECT l.analysis_id, l.href, l.target, l.start_offset, l.end_offset FROM links l JOIN tmp_ids t ON t.id = l.analysis_id ORDER BY l.analysis_id, l.position", tx))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                map[r.GetInt64(0)].Links.Add(new PageLink(SharedStrings.Get(r.GetString(1)), r.IsDBNull(2) ? null : SharedStrings.Get(r.GetString(2)), "",
                    Convert.ToInt32(r.GetValue(3), CultureInfo.InvariantCulture), Convert.ToInt32(r.GetValue(4), CultureInfo.InvariantCulture)));
            }
        }
        Exec(_connection, "DROP TABLE tmp_ids", tx);
        tx.Commit();
        return map;
    }

    private void FillIdTable(IEnumerable<long> ids, DbTransaction tx)
    {
        Exec(_connection, "CREATE TEMP TABLE tmp_ids (id BIGINT PRIMARY KEY)", tx);
        using var insert = Statement.Create(_connection, tx, "INSERT INTO tmp_ids (id) VALUES (@p0)", 1);
        foreach (var id in ids.Distinct())
        {
            insert.Set(0, id);
            insert.Execute();
        }
    }

    // ---- the end of a run

    /// <summary>Writes a run's pages, site-wide results and findings and marks the run complete, in one transaction.</summary>
    public void CompleteRun(long runId, IReadOnlyList<RunPageOutcome> pages, IReadOnlyList<Finding> findings, long elapsedMs)
    {
        using var tx = _connection.BeginTransaction();
        using (var page = Statement.Create(_connection, tx, "INSERT INTO run_pages (run_id, page_id, analysis_id, status, changed, seo_score, readability_score, error) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7)", 8))
        using (var result = Statement.Create(_connection, tx, "INSERT INTO run_results (run_id, page_id, grp, related_index, assessment, score, rating, message, fix) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8)", 9))
        {
            foreach (var p in pages)
            {
                object?[] row = [runId, p.PageId, p.AnalysisId, p.Status, p.Changed, p.SeoScore, p.ReadabilityScore, p.Error];
                for (int i = 0; i < row.Length; i++) page.Set(i, row[i]);
                page.Execute();
                foreach (var (group, index, r) in p.SiteResults)
                {
                    object?[] values = [runId, p.PageId, group, index, r.Id, r.Score, Ratings.Name(r.Rating), r.Text, r.Fix];
                    for (int i = 0; i < values.Length; i++) result.Set(i, values[i]);
                    result.Execute();
                }
            }
        }
        using (var finding = Statement.Create(_connection, tx, "INSERT INTO findings (run_id, kind, page_id, other_page_id, value, score, start_offset, end_offset) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7)", 8))
        {
            foreach (var f in findings)
            {
                object?[] row = [runId, f.Kind, f.PageId, f.OtherPageId, f.Value, f.Score, f.Start, f.End];
                for (int i = 0; i < row.Length; i++) finding.Set(i, row[i]);
                finding.Execute();
            }
        }
        var scored = pages.Where(p => p.SeoScore.HasValue).ToList();
        using (var cmd = Command("UPDATE runs SET status = 'complete', finished_at = @f, page_count = @n, analysed_count = @a, reused_count = @u, error_count = @e, seo_average = @seo, readability_average = @read, elapsed_ms = @ms WHERE id = @id", tx))
        {
            Param(cmd, "@f", DateTimeOffset.UtcNow.ToString("o", CultureInfo.InvariantCulture));
            Param(cmd, "@n", pages.Count);
            Param(cmd, "@a", pages.Count(p => p.Status == "analysed"));
            Param(cmd, "@u", pages.Count(p => p.Status == "reused"));
            Param(cmd, "@e", pages.Count(p => p.Status == "error"));
            Param(cmd, "@seo", scored.Count == 0 ? null : Math.Round(scored.Average(p => p.SeoScore!.Value), 2));
            Param(cmd, "@read", scored.Count == 0 ? null : Math.Round(scored.Average(p => p.ReadabilityScore!.Value), 2));
            Param(cmd, "@ms", elapsedMs);
            Param(cmd, "@id", runId);
            cmd.ExecuteNonQuery();
        }
        tx.Commit();
    }

    // ---- reading a run for reports

    /// <summary>The pages of a run, in path order.</summary>
    public IReadOnlyList<RunPage> RunPages(long runId)
    {
        using var cmd = Command("""
            SELECT rp.page_id, p.path, rp.analysis_id, rp.status, rp.changed, rp.seo_score, rp.readability_score, rp.error,
                   a.url, a.title, a.keyphrase, a.word_count, a.content_hash
            FROM run_pages rp JOIN pages p ON p.id = rp.page_id LEFT JOIN analyses a ON a.id = rp.analysis_id
            WHERE rp.run_id = @r ORDER BY p.path
            """);
        Param(cmd, "@r", runId);
        using var r = cmd.ExecuteReader();
        var list = new List<RunPage>();
        while (r.Read())
        {
            list.Add(new RunPage
            {
                PageId = r.GetInt64(0),
                Path = r.GetString(1),
                AnalysisId = r.IsDBNull(2) ? null : r.GetInt64(2),
                Status = r.GetString(3),
                Changed = Convert.ToInt32(r.GetValue(4), CultureInfo.InvariantCulture) != 0,
                SeoScore = r.IsDBNull(5) ? null : Convert.ToInt32(r.GetValue(5), CultureInfo.InvariantCulture),
                ReadabilityScore = r.IsDBNull(6) ? null : Convert.ToInt32(r.GetValue(6), CultureInfo.InvariantCulture),
                Error = r.IsDBNull(7) ? null : r.GetString(7),
                Url = r.IsDBNull(8) ? "" : r.GetString(8),
                Title = r.IsDBNull(9) ? "" : r.GetString(9),
                Keyphrase = r.IsDBNull(10) ? "" : r.GetString(10),
                WordCount = r.IsDBNull(11) ? 0 : Convert.ToInt32(r.GetValue(11), CultureInfo.InvariantCulture),
                ContentHash = r.IsDBNull(12) ? "" : r.GetString(12),
            });
        }
        return list;
    }

    /// <summary>The site-wide findings of a run.</summary>
    public IReadOnlyList<Finding> Findings(long runId)
    {
        using var cmd = Command("SELECT kind, page_id, other_page_id, value, score, start_offset, end_offset FROM findings WHERE run_id = @r ORDER BY kind, page_id, score DESC");
        Param(cmd, "@r", runId);
        using var r = cmd.ExecuteReader();
        var list = new List<Finding>();
        while (r.Read())
        {
            list.Add(new Finding
            {
                Kind = r.GetString(0),
                PageId = r.GetInt64(1),
                OtherPageId = r.IsDBNull(2) ? null : r.GetInt64(2),
                Value = r.GetString(3),
                Score = r.IsDBNull(4) ? null : r.GetDouble(4),
                Start = r.IsDBNull(5) ? null : Convert.ToInt32(r.GetValue(5), CultureInfo.InvariantCulture),
                End = r.IsDBNull(6) ? null : Convert.ToInt32(r.GetValue(6), CultureInfo.InvariantCulture),
            });
        }
        return list;
    }

    /// <summary>
    /// The full result of a page in a run, as the analysis produced it plus the run's site-wide results
    /// (the previously-used-keyphrase check), with group scores recomputed over all of them.
    /// </summary>
    public AnalysisResult LoadResult(long runId, long pageId, long analysisId)
    {
        AnalysisResult? shell = null;
        var related = new List<RelatedKey>();
        using (var cmd = Command("SELECT format, keyphrase, synonyms, title, description, slug, url, locale, cornerstone, language, word_count, sentence_count, paragraph_count, keyphrase_count, flesch_reading_ease, facts, notes, related, readability_score FROM analyses WHERE id = @a"))
        {
            Param(cmd, "@a", analysisId);
            using var r = cmd.ExecuteReader();
            if (!r.Read()) throw new InvalidOperationException($"analysis {analysisId} is not in the store");
            DocumentFormats.TryParse(r.GetString(0), out var format);
            related = JsonSerializer.Deserialize(r.GetString(17), AuditJsonContext.Default.ListRelatedKey) ?? [];
            var paper = new Paper
            {
                Format = format,
                Keyphrase = r.GetString(1),
                Synonyms = r.GetString(2),
                Title = r.GetString(3),
                Description = r.GetString(4),
                Slug = r.GetString(5),
                Permalink = r.GetString(6),
                Locale = r.GetString(7),
                Cornerstone = Convert.ToInt32(r.GetValue(8), CultureInfo.InvariantCulture) != 0,
                Related = related.Select(k => new RelatedKeyphrase(k.Keyphrase, k.Synonyms)).ToArray(),
            };
            shell = new AnalysisResult
            {
                Seo = new ResultGroup("seo", 0, []),
                Readability = new ResultGroup("readability", Convert.ToInt32(r.GetValue(18), CultureInfo.InvariantCulture), []),
                Facts = new Facts
                {
                    WordCount = Convert.ToInt32(r.GetValue(10), CultureInfo.InvariantCulture),
                    SentenceCount = Convert.ToInt32(r.GetValue(11), CultureInfo.InvariantCulture),
                    ParagraphCount = Convert.ToInt32(r.GetValue(12), CultureInfo.InvariantCulture),
                    KeyphraseCount = Convert.ToInt32(r.GetValue(13), CultureInfo.InvariantCulture),
                    FleschReadingEase = r.IsDBNull(14) ? null : r.GetDouble(14),
                    Extra = JsonSerializer.Deserialize(r.GetString(15), AuditJsonContext.Default.DictionaryStringDouble) ?? new Dictionary<string, double>(),
                },
                Language = r.GetString(9),
                Notes = JsonSerializer.Deserialize(r.GetString(16), AuditJsonContext.Default.ListString) ?? [],
                Paper = paper,
            };
        }
        var seo = new List<AssessmentResult>();
        var readability = new List<AssessmentResult>();
        var relatedResults = related.Select(_ => new List<AssessmentResult>()).ToList();
        void Add(string group, int index, AssessmentResult result)
        {
            if (group == "seo") seo.Add(result);
            else if (group == "readability") readability.Add(result);
            else if (index >= 0 && index < relatedResults.Count) relatedResults[index].Add(result);
        }
        using (var cmd = Command("SELECT grp, related_index, assessment, score, message, fix, marks FROM results WHERE analysis_id = @a ORDER BY position"))
        {
            Param(cmd, "@a", analysisId);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                Add(r.GetString(0), Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture),
                    new AssessmentResult(r.GetString(2), Convert.ToInt32(r.GetValue(3), CultureInfo.InvariantCulture), r.GetString(4), ParseMarks(r.GetString(6)), r.GetString(5)));
            }
        }
        using (var cmd = Command("SELECT grp, related_index, assessment, score, message, fix FROM run_results WHERE run_id = @r AND page_id = @p"))
        {
            Param(cmd, "@r", runId);
            Param(cmd, "@p", pageId);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                Add(r.GetString(0), Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture),
                    new AssessmentResult(r.GetString(2), Convert.ToInt32(r.GetValue(3), CultureInfo.InvariantCulture), r.GetString(4), [], r.GetString(5)));
            }
        }
        return shell with
        {
            Seo = new ResultGroup("seo", OverallScore.Seo(seo), seo),
            Readability = shell.Readability with { Results = readability },
            Related = related.Select((k, i) => new RelatedResult(k.Keyphrase, new ResultGroup("related", OverallScore.Seo(relatedResults[i]), relatedResults[i]))).ToList(),
        };
    }

    /// <summary>Marks in their stored form: <c>start-end</c> pairs separated by spaces.</summary>
    public static string FormatMarks(IReadOnlyList<Mark> marks)
    {
        if (marks.Count == 0) return "";
        var sb = new StringBuilder(marks.Count * 10);
        foreach (var m in marks)
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(m.Start).Append('-').Append(m.End);
        }
        return sb.ToString();
    }

    /// <summary>Reads the stored form of marks.</summary>
    public static IReadOnlyList<Mark> ParseMarks(string text)
    {
        if (text.Length == 0) return [];
        var list = new List<Mark>();
        foreach (var part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            int dash = part.IndexOf('-', 1);
            if (dash > 0 && int.TryParse(part.AsSpan(0, dash), CultureInfo.InvariantCulture, out int s) && int.TryParse(part.AsSpan(dash + 1), CultureInfo.InvariantCulture, out int e))
                list.Add(new Mark(s, e));
        }
        return list;
    }

    /// <summary>Pages whose scores differ between two runs, and pages added or removed.</summary>
    public RunComparison Compare(long from, long to)
    {
        var before = RunPages(from).ToDictionary(p => p.Path, StringComparer.Ordinal);
        var after = RunPages(to).ToDictionary(p => p.Path, StringComparer.Ordinal);
        var up = new List<ScoreChange>();
        var down = new List<ScoreChange>();
        foreach (var (path, a) in after)
        {
            if (!before.TryGetValue(path, out var b)) continue;
            var change = new ScoreChange(path, b.SeoScore, a.SeoScore, b.ReadabilityScore, a.ReadabilityScore);
            if (change.SeoBefore == change.SeoAfter && change.ReadabilityBefore == change.ReadabilityAfter) continue;
            (change.Delta >= 0 ? up : down).Add(change);
        }
        return new RunComparison(from, to,
            up.OrderByDescending(c => c.Delta).ThenBy(c => c.Path, StringComparer.Ordinal).ToList(),
            down.OrderBy(c => c.Delta).ThenBy(c => c.Path, StringComparer.Ordinal).ToList(),
            after.Keys.Where(p => !before.ContainsKey(p)).Order(StringComparer.Ordinal).ToList(),
            before.Keys.Where(p => !after.ContainsKey(p)).Order(StringComparer.Ordinal).ToList());
    }

    private static string FirstLine(string s) { int i = s.IndexOf('\n'); return (i < 0 ? s : s[..i]).Trim(); }
}

/// <summary>What the site-wide checks need of a stored analysis.</summary>
public sealed class StoredAnalysis
{
    /// <summary>The analysis id.</summary>
    public long Id { get; init; }
    /// <summary>The page's URL.</summary>
    public string Url { get; init; } = "";
    /// <summary>The keys the page is known by.</summary>
    public IReadOnlyList<string> Keys { get; init; } = [];
    /// <summary>The SEO title.</summary>
    public string Title { get; init; } = "";
    /// <summary>The meta description.</summary>
    public string Description { get; init; } = "";
    /// <summary>The focus keyphrase.</summary>
    public string Keyphrase { get; init; } = "";
    /// <summary>Its synonyms.</summary>
    public string Synonyms { get; init; } = "";
    /// <summary>The focus keyphrase's key.</summary>
    public string KeyphraseKey { get; init; } = "";
    /// <summary>The related keyphrases.</summary>
    public IReadOnlyList<RelatedKey> Related { get; init; } = [];
    /// <summary>The locale analysed with.</summary>
    public string Locale { get; init; } = "";
    /// <summary>The SEO score without site-wide results.</summary>
    public int SeoScore { get; init; }
    /// <summary>The readability score.</summary>
    public int ReadabilityScore { get; init; }
    /// <summary>The scores of the SEO results.</summary>
    public List<int> SeoScores { get; } = new();
    /// <summary>The scores of each related keyphrase's results.</summary>
    public List<List<int>> RelatedScores { get; } = new();
    /// <summary>The links.</summary>
    public List<PageLink> Links { get; } = new();
    /// <summary>The prominent words.</summary>
    public IReadOnlyList<ProminentWord> Prominent { get; init; } = [];
    /// <summary>The content hash.</summary>
    public string ContentHash { get; init; } = "";
    /// <summary>Words in the page.</summary>
    public int WordCount { get; init; }
}

/// <summary>One page's outcome in a run, written when the run completes.</summary>
public sealed record RunPageOutcome
{
    /// <summary>The page id.</summary>
    public long PageId { get; init; }
    /// <summary>The analysis used, or null.</summary>
    public long? AnalysisId { get; init; }
    /// <summary><c>analysed</c>, <c>reused</c> or <c>error</c>.</summary>
    public string Status { get; init; } = "";
    /// <summary>New or changed since the previous complete run.</summary>
    public bool Changed { get; init; }
    /// <summary>The SEO score with site-wide results.</summary>
    public int? SeoScore { get; init; }
    /// <summary>The readability score.</summary>
    public int? ReadabilityScore { get; init; }
    /// <summary>Why it could not be read.</summary>
    public string? Error { get; init; }
    /// <summary>Results that depend on the whole site: group, related index, result.</summary>
    public IReadOnlyList<(string Group, int Index, AssessmentResult Result)> SiteResults { get; init; } = [];
}
