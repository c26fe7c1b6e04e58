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
    private readonly DbCommand _page, _analysis, _result, _link;
    private readonly DbParameter[] _pageP, _analysisP, _resultP, _linkP;

    internal PageWriter(AuditStore store, long runId)
    {
        _store = store;
        _runId = runId;
        var c = store.Connection;
        _tx = c.BeginTransaction();
        (_page, _pageP) = Prepare("INSERT INTO pages (path) VALUES (@p0) RETURNING id", 1);
        (_analysis, _analysisP) = Prepare("""
            INSERT INTO analyses (page_id, run_id, content_hash, engine_version, settings_hash, format, url, page_keys, title, description,
              keyphrase, synonyms, keyphrase_key, related, slug, locale, language, cornerstone, seo_score, readability_score, word_count,
              sentence_count, paragraph_count, keyphrase_count, flesch_reading_ease, facts, notes, prominent, result_count, link_count)
            VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15, @p16, @p17, @p18, @p19, @p20,
              @p21, @p22, @p23, @p24, @p25, @p26, @p27, @p28, @p29)
            RETURNING id
            """, 30);
        (_result, _resultP) = Prepare("INSERT INTO results (analysis_id, position, grp, related_index, assessment, score, rating, message, fix, marks) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9)", 10);
        (_link, _linkP) = Prepare("INSERT INTO links (analysis_id, position, href, target, anchor, start_offset, end_offset) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6)", 7);
    }

    private (DbCommand, DbParameter[]) Prepare(string sql, int count)
    {
        var cmd = _store.Connection.CreateCommand();
        cmd.Transaction = _tx;
        cmd.CommandText = sql;
        var ps = new DbParameter[count];
        for (int i = 0; i < count; i++) ps[i] = AuditStore.Param(cmd, "@p" + i.ToString(CultureInfo.InvariantCulture), null);
        return (cmd, ps);
    }

    /// <summary>Inserts a page path and returns its id.</summary>
    public long AddPage(string path)
    {
        _pageP[0].Value = path;
        return Convert.ToInt64(_page.ExecuteScalar(), CultureInfo.InvariantCulture);
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
        for (int i = 0; i < values.Length; i++) _analysisP[i].Value = AuditStore.Value(values[i]);
        long id = Convert.ToInt64(_analysis.ExecuteScalar(), CultureInfo.InvariantCulture);
        int position = 0;
        foreach (var (group, index, result) in rows)
        {
            _resultP[0].Value = id;
            _resultP[1].Value = position++;
            _resultP[2].Value = group;
            _resultP[3].Value = index;
            _resultP[4].Value = result.Id;
            _resultP[5].Value = result.Score;
            _resultP[6].Value = Ratings.Name(result.Rating);
            _resultP[7].Value = AuditStore.Value(result.Text);
            _resultP[8].Value = AuditStore.Value(result.Fix);
            _resultP[9].Value = AuditStore.FormatMarks(result.Marks);
            _result.ExecuteNonQuery();
        }
        position = 0;
        foreach (var link in page.Links)
        {
            _linkP[0].Value = id;
            _linkP[1].Value = position++;
            _linkP[2].Value = AuditStore.Value(link.Href);
            _linkP[3].Value = AuditStore.Value(link.Target);
            _linkP[4].Value = AuditStore.Value(link.Anchor);
            _linkP[5].Value = link.Start;
            _linkP[6].Value = link.End;
            _link.ExecuteNonQuery();
        }
        return id;
    }

    /// <summary>Commits every page written since the batch began.</summary>
    public void Commit() => _tx.Commit();

    /// <inheritdoc/>
    public void Dispose()
    {
        _page.Dispose();
        _analysis.Dispose();
        _result.Dispose();
        _link.Dispose();
        _tx.Dispose();
    }
}

/// <summary>JSON of the small structured columns.</summary>
[JsonSerializable(typeof(List<RelatedKey>))]
[JsonSerializable(typeof(Dictionary<string, double>))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class AuditJsonContext : JsonSerializerContext;
