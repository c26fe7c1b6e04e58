using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Copywise.Audit.Storage;

/// <summary>
/// A prepared insert whose parameters are set by position, run many times in one transaction. The parameters of its
/// SQL are named in order of appearance (<c>@p0</c>, <c>@p1</c>, … or <c>@r0c0</c>, …).
/// </summary>
internal abstract class Statement : IDisposable
{
    /// <summary>A statement for the store's connection: on SQLite straight on the prepared statement, else through ADO.NET.</summary>
    public static Statement Create(DbConnection connection, DbTransaction tx, string sql, int parameters) =>
        connection is SqliteConnection sqlite ? new SqliteStatement(sqlite, sql) : new AdoStatement(connection, tx, sql, parameters);

    /// <summary>Sets the parameter at <paramref name="index"/> (from 0).</summary>
    public abstract void Set(int index, object? value);

    /// <summary>Runs the statement.</summary>
    public abstract void Execute();

    /// <summary>Runs an insert with <c>RETURNING id</c> and returns the id.</summary>
    public abstract long ExecuteReturningId();

    /// <inheritdoc/>
    public abstract void Dispose();
}

internal sealed class AdoStatement : Statement
{
    private readonly DbCommand _command;
    private readonly DbParameter[] _parameters;

    public AdoStatement(DbConnection connection, DbTransaction tx, string sql, int parameters)
    {
        _command = connection.CreateCommand();
        _command.Transaction = tx;
        _command.CommandText = sql;
        _parameters = new DbParameter[parameters];
        var names = ParameterNames(sql);
        for (int i = 0; i < parameters; i++) _parameters[i] = AuditStore.Param(_command, names[i], null);
    }

    // The parameter names in order of first appearance.
    private static List<string> ParameterNames(string sql)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < sql.Length; i++)
        {
            if (sql[i] != '@') continue;
            int j = i + 1;
            while (j < sql.Length && char.IsAsciiLetterOrDigit(sql[j])) j++;
            var name = sql[i..j];
            if (seen.Add(name)) names.Add(name);
            i = j - 1;
        }
        return names;
    }

    public override void Set(int index, object? value) => _parameters[index].Value = AuditStore.Value(value);

    public override void Execute() => _command.ExecuteNonQuery();

    public override long ExecuteReturningId() => Convert.ToInt64(_command.ExecuteScalar(), CultureInfo.InvariantCulture);

    public override void Dispose() => _command.Dispose();
}

/// <summary>
/// SQLite's prepared statement used directly: binding by position costs a fraction of binding ADO.NET parameters by
/// name, which dominated the time to store a page. It runs on the connection of the open transaction.
/// </summary>
internal sealed class SqliteStatement : Statement
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _stmt;

    public SqliteStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("the SQLite connection is not open");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _stmt));
    }

    public override void Set(int index, object? value)
    {
        int i = index + 1;
        int rc = value switch
        {
            null => raw.sqlite3_bind_null(_stmt, i),
            string s => raw.sqlite3_bind_text(_stmt, i, s.Contains('\0') ? s.Replace('\0', '\uFFFD') : s),
            int n => raw.sqlite3_bind_int64(_stmt, i, n),
            long n => raw.sqlite3_bind_int64(_stmt, i, n),
            bool b => raw.sqlite3_bind_int64(_stmt, i, b ? 1 : 0),
            double d => raw.sqlite3_bind_double(_stmt, i, d),
            _ => throw new ArgumentException($"cannot store a {value.GetType().Name}", nameof(value)),
        };
        Check(rc);
    }

    public override void Execute()
    {
        try
        {
            int rc;
            while ((rc = raw.sqlite3_step(_stmt)) == raw.SQLITE_ROW) { }
            if (rc != raw.SQLITE_DONE) Check(rc);
        }
        finally
        {
            raw.sqlite3_reset(_stmt);
        }
    }

    public override long ExecuteReturningId()
    {
        try
        {
            int rc = raw.sqlite3_step(_stmt);
            if (rc != raw.SQLITE_ROW) Check(rc == raw.SQLITE_DONE ? raw.SQLITE_MISUSE : rc);
            long id = raw.sqlite3_column_int64(_stmt, 0);
            while ((rc = raw.sqlite3_step(_stmt)) == raw.SQLITE_ROW) { }
            if (rc != raw.SQLITE_DONE) Check(rc);
            return id;
        }
        finally
        {
            raw.sqlite3_reset(_stmt);
        }
    }

    private void Check(int rc)
    {
        if (rc is raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW) return;
        throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string() ?? $"SQLite error {rc}", rc);
    }

    public override void Dispose() => _stmt.Dispose();
}
