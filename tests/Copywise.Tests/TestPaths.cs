namespace Copywise.Tests;

/// <summary>Locates the repository and the shared corpus beside it.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static bool HasShared => File.Exists(Path.Combine(Shared, "corpus", "yoast-fulltext.jsonl"));

    public static string Corpus(string name) => Path.Combine(Shared, "corpus", name);

    public static string Oracle(string name) => Path.Combine(Shared, "oracle", name);

    public static string Example(string name) => Path.Combine(RepoRoot, "examples", name);

    private static string FindRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (dir != null && !File.Exists(Path.Combine(dir, "Copywise.sln"))) dir = Path.GetDirectoryName(dir);
        return dir ?? throw new InvalidOperationException("repository root not found");
    }
}
