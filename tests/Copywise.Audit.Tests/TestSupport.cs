using Copywise.Audit;
using Copywise.Audit.Storage;
using Npgsql;

namespace Copywise.Audit.Tests;

/// <summary>Locates the repository and its fixture sites.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Fixture(string name) => Path.Combine(RepoRoot, "tests", "Copywise.Audit.Tests", "Fixtures", name);

    private static string FindRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (dir != null && !File.Exists(Path.Combine(dir, "Copywise.sln"))) dir = Path.GetDirectoryName(dir);
        return dir ?? throw new InvalidOperationException("repository root not found");
    }
}

/// <summary>A site in a temporary folder: a copy of a fixture, or empty, deleted at the end.</summary>
internal sealed class TempSite : IDisposable
{
    private TempSite(string root) => Root = root;

    public string Root { get; }

    public static TempSite Empty()
    {
        var root = Path.Combine(Path.GetTempPath(), "copywise-audit-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        return new TempSite(root);
    }

    public static TempSite Copy(string fixture)
    {
        var site = Empty();
        var from = TestPaths.Fixture(fixture);
        foreach (var f in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(site.Root, Path.GetRelativePath(from, f));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(f, to);
        }
        return site;
    }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Write(string relative, string text)
    {
        var full = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public AuditConfig Config() => AuditConfig.Load(null, Root);

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>
/// The databases the suite runs against: SQLite always, PostgreSQL when COPYWISE_TEST_POSTGRES holds a connection
/// string (CI starts a server and sets it). Each test gets its own SQLite file or PostgreSQL schema.
/// </summary>
public static class Backends
{
    public const string Variable = "COPYWISE_TEST_POSTGRES";

    public static string? Postgres => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } v ? v : null;

    public static TheoryData<string> All()
    {
        var data = new TheoryData<string> { "sqlite" };
        if (Postgres != null) data.Add("postgres");
        return data;
    }
}

/// <summary>A fresh, empty database of one backend.</summary>
internal sealed class TestDatabase : IDisposable
{
    private readonly string? _schema;
    private readonly string? _file;

    private TestDatabase(string connection, string? schema, string? file)
    {
        Connection = connection;
        _schema = schema;
        _file = file;
    }

    /// <summary>What to pass as <c>--db</c>.</summary>
    public string Connection { get; }

    public static TestDatabase Create(string backend)
    {
        if (backend == "sqlite")
        {
            var file = Path.Combine(Path.GetTempPath(), "copywise-audit-" + Guid.NewGuid().ToString("N") + ".db");
            return new TestDatabase(file, null, file);
        }
        var admin = Backends.Postgres ?? throw new InvalidOperationException($"{Backends.Variable} is not set");
        var schema = "t_" + Guid.NewGuid().ToString("N");
        using (var c = new NpgsqlConnection(admin))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"CREATE SCHEMA {schema}";
            cmd.ExecuteNonQuery();
        }
        var b = new NpgsqlConnectionStringBuilder(admin) { SearchPath = schema, Pooling = false };
        return new TestDatabase(b.ConnectionString, schema, null);
    }

    public AuditStore Open() => AuditStore.Open(Connection);

    public void Dispose()
    {
        if (_file != null)
        {
            foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" }) try { File.Delete(f); } catch (IOException) { }
        }
        if (_schema != null)
        {
            using var c = new NpgsqlConnection(Backends.Postgres);
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"DROP SCHEMA {_schema} CASCADE";
            cmd.ExecuteNonQuery();
        }
    }
}

/// <summary>Runs an audit of a site into a database, as the command does.</summary>
internal static class Audits
{
    public static AuditOutcome Run(TempSite site, TestDatabase db, bool changedOnly = false, IReadOnlyList<string>? inputs = null)
    {
        var config = site.Config();
        var files = SiteFiles.Find(inputs ?? [], config, site.Root);
        using var store = db.Open();
        return Auditor.Run(store, config, files, changedOnly);
    }
}
