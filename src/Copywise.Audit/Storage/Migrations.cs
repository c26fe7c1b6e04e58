using System.Data.Common;

namespace Copywise.Audit.Storage;

/// <summary>The two databases the audit stores into. One schema; the few words that differ are filled in per dialect.</summary>
public enum StoreKind
{
    /// <summary>SQLite (Microsoft.Data.Sqlite), the default.</summary>
    Sqlite,
    /// <summary>PostgreSQL (Npgsql).</summary>
    Postgres,
}

/// <summary>One step of the schema: a version, a name and its statements.</summary>
/// <param name="Version">The version the schema has after this step.</param>
/// <param name="Name">What the step does.</param>
/// <param name="Statements">The statements, with <c>{id}</c> for an auto-numbered primary key.</param>
public sealed record Migration(int Version, string Name, IReadOnlyList<string> Statements);

/// <summary>
/// Versioned migrations. <c>schema_migrations</c> records each step applied; opening a store applies the missing
/// steps in order, each in its own transaction, and refuses a database written by a newer version.
/// </summary>
public static class Migrations
{
    /// <summary>The schema, step by step. Append new steps; never edit an applied one.</summary>
    public static readonly IReadOnlyList<Migration> All =
    [
        new(1, "runs, pages, analyses, results, links, run pages, site findings",
        [
            """
            CREATE TABLE runs (
              id {id},
              started_at TEXT NOT NULL,
              finished_at TEXT,
              status TEXT NOT NULL,
              engine_version TEXT NOT NULL,
              root TEXT NOT NULL,
              settings TEXT NOT NULL,
              changed_only INTEGER NOT NULL DEFAULT 0,
              page_count INTEGER NOT NULL DEFAULT 0,
              analysed_count INTEGER NOT NULL DEFAULT 0,
              reused_count INTEGER NOT NULL DEFAULT 0,
              error_count INTEGER NOT NULL DEFAULT 0,
              seo_average DOUBLE PRECISION,
              readability_average DOUBLE PRECISION,
              elapsed_ms BIGINT
            )
            """,
            "CREATE TABLE pages (id {id}, path TEXT NOT NULL UNIQUE)",
            """
            CREATE TABLE analyses (
              id {id},
              page_id BIGINT NOT NULL REFERENCES pages(id),
              run_id BIGINT NOT NULL REFERENCES runs(id),
              content_hash TEXT NOT NULL,
              engine_version TEXT NOT NULL,
              settings_hash TEXT NOT NULL,
              format TEXT NOT NULL,
              url TEXT NOT NULL,
              page_keys TEXT NOT NULL,
              title TEXT NOT NULL,
              description TEXT NOT NULL,
              keyphrase TEXT NOT NULL,
              synonyms TEXT NOT NULL,
              keyphrase_key TEXT NOT NULL,
              related TEXT NOT NULL,
              slug TEXT NOT NULL,
              locale TEXT NOT NULL,
              language TEXT NOT NULL,
              cornerstone INTEGER NOT NULL,
              seo_score INTEGER NOT NULL,
              readability_score INTEGER NOT NULL,
              word_count INTEGER NOT NULL,
              sentence_count INTEGER NOT NULL,
              paragraph_count INTEGER NOT NULL,
              keyphrase_count INTEGER NOT NULL,
              flesch_reading_ease DOUBLE PRECISION,
              facts TEXT NOT NULL,
              notes TEXT NOT NULL,
              prominent TEXT NOT NULL,
              result_count INTEGER NOT NULL,
              link_count INTEGER NOT NULL,
              UNIQUE (page_id, content_hash, engine_version, settings_hash)
            )
            """,
            "CREATE INDEX analyses_engine ON analyses (engine_version)",
            """
            CREATE TABLE results (
              analysis_id BIGINT NOT NULL REFERENCES analyses(id),
              position INTEGER NOT NULL,
              grp TEXT NOT NULL,
              related_index INTEGER NOT NULL,
              assessment TEXT NOT NULL,
              score INTEGER NOT NULL,
              rating TEXT NOT NULL,
              message TEXT NOT NULL,
              fix TEXT NOT NULL,
              marks TEXT NOT NULL,
              PRIMARY KEY (analysis_id, position)
            )
            """,
            """
            CREATE TABLE links (
              analysis_id BIGINT NOT NULL REFERENCES analyses(id),
              position INTEGER NOT NULL,
              href TEXT NOT NULL,
              target TEXT,
              anchor TEXT NOT NULL,
              start_offset INTEGER NOT NULL,
              end_offset INTEGER NOT NULL,
              PRIMARY KEY (analysis_id, position)
            )
            """,
            """
            CREATE TABLE run_pages (
              run_id BIGINT NOT NULL REFERENCES runs(id),
              page_id BIGINT NOT NULL REFERENCES pages(id),
              analysis_id BIGINT REFERENCES analyses(id),
              status TEXT NOT NULL,
              changed INTEGER NOT NULL,
              seo_score INTEGER,
              readability_score INTEGER,
              error TEXT,
              PRIMARY KEY (run_id, page_id)
            )
            """,
            """
            CREATE TABLE run_results (
              run_id BIGINT NOT NULL REFERENCES runs(id),
              page_id BIGINT NOT NULL REFERENCES pages(id),
              grp TEXT NOT NULL,
              related_index INTEGER NOT NULL,
              assessment TEXT NOT NULL,
              score INTEGER NOT NULL,
              rating TEXT NOT NULL,
              message TEXT NOT NULL,
              fix TEXT NOT NULL,
              PRIMARY KEY (run_id, page_id, grp, related_index, assessment)
            )
            """,
            """
            CREATE TABLE findings (
              run_id BIGINT NOT NULL REFERENCES runs(id),
              kind TEXT NOT NULL,
              page_id BIGINT NOT NULL REFERENCES pages(id),
              other_page_id BIGINT REFERENCES pages(id),
              value TEXT NOT NULL,
              score DOUBLE PRECISION,
              start_offset INTEGER,
              end_offset INTEGER
            )
            """,
            "CREATE INDEX findings_run ON findings (run_id, kind)",
        ]),
    ];

    /// <summary>The newest schema version this build knows.</summary>
    public static int Latest => All[^1].Version;

    /// <summary>A statement with the dialect's words filled in.</summary>
    public static string Sql(string statement, StoreKind kind) => statement.Replace("{id}", kind == StoreKind.Sqlite
        ? "INTEGER PRIMARY KEY"
        : "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");

    /// <summary>Applies the steps the database lacks; returns how many were applied.</summary>
    /// <exception cref="Documents.CopywiseInputException">The database has a newer schema than this build knows.</exception>
    public static int Apply(DbConnection connection, StoreKind kind, IReadOnlyList<Migration>? migrations = null)
    {
        migrations ??= All;
        Execute(connection, null, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        int applied = 0;
        foreach (var m in migrations.OrderBy(m => m.Version))
        {
            using var tx = connection.BeginTransaction();
            // Two audits starting at once must not both migrate: PostgreSQL serialises on an advisory lock,
            // SQLite on the write lock the first statement takes.
            if (kind == StoreKind.Postgres) Execute(connection, tx, "SELECT pg_advisory_xact_lock(7305414)");
            int current = CurrentVersion(connection, tx);
            if (current >= m.Version) { tx.Commit(); continue; }
            foreach (var statement in m.Statements) Execute(connection, tx, Sql(statement, kind));
            using (var cmd = connection.CreateCommand())
            {
                cmd.Transaction = tx;
                cmd.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@v, @n, @t)";
                AuditStore.Param(cmd, "@v", m.Version);
                AuditStore.Param(cmd, "@n", m.Name);
                AuditStore.Param(cmd, "@t", DateTimeOffset.UtcNow.ToString("o"));
                cmd.ExecuteNonQuery();
            }
            tx.Commit();
            applied++;
        }
        int version = CurrentVersion(connection, null);
        int known = migrations.Count == 0 ? 0 : migrations.Max(m => m.Version);
        if (version > known)
            throw new Documents.CopywiseInputException($"the audit database has schema version {version}, newer than the {known} this copywise knows: upgrade copywise");
        return applied;
    }

    /// <summary>The schema version of a database (0 when empty).</summary>
    public static int CurrentVersion(DbConnection connection, DbTransaction? tx)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_migrations";
        return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(DbConnection connection, DbTransaction? tx, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
