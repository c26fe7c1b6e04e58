using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Copywise.Analysis;

namespace Copywise.Audit.Storage;

/// <summary>
/// Writes analysed pages in one transaction: a page's analysis, results and links go in together, so a process
/// killed in the middle leaves only whole pages behind. Dispose without <see cref="Commit"/> rolls the batch back.
/// </summary>
public sealed class PageWriter : IDisposable
{
    private readonly AuditStore _store;
    private readonly long _runId;
    private readonly DbTransaction _tx;
    private readonly Statement _page, _analysis;
    private readonly RowInserter _results, _links;

    internal PageWriter(AuditStore store, long runId)
    {
        _store = store;
        _runId = runId;
        var c = store.Connection;
        _tx = c.BeginTransaction();
        _page = Statement.Create(c, _tx, "INSERT INTO pages (path) VALUES (@p0) RETURNING id", 1);
        _analysis = Statement.Create(c, _tx, """
            INSERT INTO analyses (page_id, run_id, content_hash, engine_version, settings_hash, format, url, page_keys, title, description,
              keyphrase, synonyms, keyphrase_key, related, slug, locale, language, cornerstone, seo_score, readability_score, word_count,
              sentence_count, paragraph_count, keyphrase_count, flesch_reading_ease, facts, notes, prominent, result_count, link_count)
            VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15, @p16, @p17, @p18, @p19, @p20,
              @p21, @p22, @p23, @p24, @p25, @p26, @p27, @p28, @p29)
            RETURNING id
            """, 30);
        _results = new RowInserter(store.Connection, _tx, "results", ["analysis_id", "position", "grp", "related_index", "assessment", "score", "rating", "message", "fix", "marks"]);
        _links = new RowInserter(store.Connection, _tx, "links", ["analysis_id", "position", "href", "target", "anchor", "start_offset", "end_offset"]);
    }

    /// <summary>Inserts a page path and returns its id.</summary>
    public long AddPage(string path)
    {
        _page.Set(0, path);
        return _page.ExecuteReturningId();
    }

    /// <summary>Writes one analysed page and returns the analysis id.</summary>
    public long AddAnalysis(long pageId, PageAnalysis page)
    {
        var r = page.Result;
        var p = r.Paper;
        var rows = new List<(string Group, int Index, AssessmentResult Result)>();
        rows.AddRange(r.Seo.Results.Select(x => ("seo", 0, x)));
        rows.AddRange(r.Readability.Results.Select(x => ("readability", 0, x)));
        for (int i = 0; i < r.Related.Count; i++) rows.AddRange(r.Related[i].Group.Results.Select(x => ("related", i, x)));
        object?[] values =
        [
            pageId, _runId, page.ContentHash, PageAnalyzer.EngineVersion, page.SettingsHash, p.Format.ToString().ToLowerInvariant(), page.Url,
            string.Join('\n', page.Keys), p.Title, p.Description, p.Keyphrase, p.Synonyms, page.KeyphraseKey,
            JsonSerializer.Serialize(page.Related.ToList(), AuditJsonContext.Default.ListRelatedKey), p.Slug, p.Locale, r.Language, p.Cornerstone,
            r.Seo.Score, r.Readability.Score, r.Facts.WordCount, r.Facts.SentenceCount, r.Facts.ParagraphCount, r.Facts.KeyphraseCount,
            r.Facts.FleschReadingEase, JsonSerializer.Serialize(r.Facts.Extra.ToDictionary(), AuditJsonContext.Default.DictionaryStringDouble),
            JsonSerializer.Serialize(r.Notes.ToList(), AuditJsonContext.Default.ListString), ProminentWords.Serialize(page.Prominent), rows.Count, page.Links.Count,
        ];
        for (int i = 0; i < values.Length; i++) _analysis.Set(i, values[i]);
        long id = _analysis.ExecuteReturningId();
        int position = 0;
        foreach (var (group, index, result) in rows)
        {
            _results.Add(id, position++, group, index, result.Id, result.Score, Ratings.Name(result.Rating), result.Text, result.Fix, AuditStore.FormatMarks(result.Marks));
        }
        _results.Flush();
        position = 0;
        foreach (var link in page.Links) _links.Add(id, position++, link.Href, link.Target, link.Anchor, link.Start, link.End);
        _links.Flush();
        return id;
    }

    /// <summary>Commits every page written since the batch began.</summary>
    public void Commit() => _tx.Commit();

    /// <inheritdoc/>
    public void Dispose()
    {
        _page.Dispose();
        _analysis.Dispose();
        _results.Dispose();
        _links.Dispose();
        _tx.Dispose();
    }
}

/// <summary>
/// Inserts rows of one table several at a time: one statement of many rows costs far less than as many statements of
/// one row. A statement is prepared once per number of rows.
/// </summary>
internal sealed class RowInserter : IDisposable
{
    private const int MaxRows = 32;
    private readonly DbConnection _connection;
    private readonly DbTransaction _tx;
    private readonly string _table;
    private readonly string[] _columns;
    private readonly Dictionary<int, Statement> _statements = new();
    private readonly List<object?[]> _pending = new(MaxRows);

    public RowInserter(DbConnection connection, DbTransaction tx, string table, string[] columns)
    {
        _connection = connection;
        _tx = tx;
        _table = table;
        _columns = columns;
    }

    public void Add(params object?[] row)
    {
        _pending.Add(row);
        if (_pending.Count == MaxRows) Flush();
    }

    public void Flush()
    {
        if (_pending.Count == 0) return;
        var statement = StatementFor(_pending.Count);
        int p = 0;
        foreach (var row in _pending)
        {
            foreach (var value in row) statement.Set(p++, value);
        }
        statement.Execute();
        _pending.Clear();
    }

    private Statement StatementFor(int rows)
    {
        if (_statements.TryGetValue(rows, out var prepared)) return prepared;
        var sql = new System.Text.StringBuilder($"INSERT INTO {_table} ({string.Join(", ", _columns)}) VALUES ");
        for (int r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (int c = 0; c < _columns.Length; c++)
            {
                if (c > 0) sql.Append(", ");
                sql.Append("@r").Append(r.ToString(CultureInfo.InvariantCulture)).Append('c').Append(c.ToString(CultureInfo.InvariantCulture));
            }
            sql.Append(')');
        }
        return _statements[rows] = Statement.Create(_connection, _tx, sql.ToString(), rows * _columns.Length);
    }

    public void Dispose()
    {
        foreach (var s in _statements.Values) s.Dispose();
    }
}

/// <summary>JSON of the small structured columns.</summary>
[JsonSerializable(typeof(List<RelatedKey>))]
[JsonSerializable(typeof(Dictionary<string, double>))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class AuditJsonContext : JsonSerializerContext;
