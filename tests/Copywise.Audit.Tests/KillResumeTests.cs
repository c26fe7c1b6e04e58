using System.Diagnostics;
using Copywise.AuditBench;
using Microsoft.Data.Sqlite;

namespace Copywise.Audit.Tests;

/// <summary>
/// A real <c>copywise audit</c> process killed in the middle of a site of a few thousand pages leaves only whole pages in
/// the database, and the next run finishes the rest without analysing the committed pages again.
/// </summary>
public class KillResumeTests
{
    private const int Pages = 3000;

    [Fact]
    public void A_killed_audit_keeps_whole_pages_and_the_next_run_finishes_the_rest()
    {
        using var site = TempSite.Empty();
        SiteGenerator.Write(site.Root, Pages, words: 400, seed: 7);
        using var db = TestDatabase.Create("sqlite");
        var cli = Path.Combine(AppContext.BaseDirectory, "Copywise.Cli.dll");
        Assert.True(File.Exists(cli), cli);

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { cli, "audit", site.Root, "--db", db.Connection, "--jobs", "1" }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        // Kill it once some batches are committed, well before the end.
        long committed = 0;
        var clock = Stopwatch.StartNew();
        while (committed < 250 && !process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(3))
        {
            Thread.Sleep(20);
            committed = CountAnalyses(db.Connection);
        }
        Assert.False(process.HasExited, "the audit finished before it could be killed");
        process.Kill(entireProcessTree: true);
        process.WaitForExit();

        long kept;
        using (var store = db.Open())
        {
            kept = store.Count("analyses");
            Assert.InRange(kept, 250, Pages - 1);
            // Only whole pages: every analysis has all its results and links, and no run completed.
            Assert.Equal(0, store.IncompleteAnalyses());
            Assert.Equal(0, store.Count("runs", "status = 'complete'"));
            Assert.Equal(0, store.Count("run_pages"));
            using var check = store.Connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", check.ExecuteScalar());
        }

        var outcome = Audits.Run(site, db);
        Assert.Equal(Pages, outcome.Run.PageCount);
        Assert.Equal(kept, outcome.Run.ReusedCount);
        Assert.Equal(Pages - kept, outcome.Run.AnalysedCount);
        using (var store = db.Open())
        {
            Assert.Equal(Pages, store.Count("analyses"));
            Assert.Equal(Pages, store.Count("pages"));
            Assert.Equal(0, store.IncompleteAnalyses());
        }
    }

    private static long CountAnalyses(string file)
    {
        if (!File.Exists(file)) return 0;
        try
        {
            using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT COUNT(*) FROM analyses";
            return (long)cmd.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            // Not created yet, or busy for a moment.
            return 0;
        }
    }
}
