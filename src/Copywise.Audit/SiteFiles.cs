using Copywise.Documents;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Copywise.Audit;

/// <summary>A page file of the site.</summary>
/// <param name="FullPath">Its absolute path.</param>
/// <param name="RelativePath">Its path relative to the site root, '/'-separated.</param>
public sealed record SiteFile(string FullPath, string RelativePath);

/// <summary>The site's root folder and its page files, in path order.</summary>
/// <param name="Root">The folder page paths are relative to.</param>
/// <param name="Files">The files.</param>
public sealed record SiteFileSet(string Root, IReadOnlyList<SiteFile> Files);

/// <summary>
/// Finds the pages to audit from the command's arguments: folders (walked with the config's include and exclude globs),
/// files (taken as they are), and globs (matched from the current folder).
/// </summary>
public static class SiteFiles
{
    /// <summary>Finds the pages.</summary>
    /// <param name="inputs">Folders, files and globs; none means the config's folder (or the current folder).</param>
    /// <param name="config">The config.</param>
    /// <param name="currentDirectory">The folder relative inputs are read from.</param>
    /// <exception cref="CopywiseInputException">An input that is neither a file, a folder nor a glob matching anything.</exception>
    public static SiteFileSet Find(IReadOnlyList<string> inputs, AuditConfig config, string currentDirectory)
    {
        var cwd = Path.GetFullPath(currentDirectory);
        if (inputs.Count == 0) inputs = [config.Path != null ? config.BaseDirectory : cwd];
        string root = config.Path != null ? config.BaseDirectory
            : inputs.Count == 1 && Directory.Exists(Path.Combine(cwd, inputs[0])) ? Path.GetFullPath(Path.Combine(cwd, inputs[0]))
            : cwd;
        var found = new SortedDictionary<string, SiteFile>(StringComparer.Ordinal);
        void Add(string full)
        {
            if (!AuditConfig.PageExtensions.Contains(Path.GetExtension(full).ToLowerInvariant())) return;
            var rel = Path.GetRelativePath(root, full).Replace('\\', '/');
            found.TryAdd(rel, new SiteFile(full, rel));
        }
        foreach (var input in inputs)
        {
            var full = Path.GetFullPath(Path.Combine(cwd, input));
            if (Directory.Exists(full))
            {
                // Globs are relative to the site root, so "drafts/**" leaves out root/drafts even when a subfolder is audited.
                var globBase = IsUnder(full, root) ? root : full;
                var matcher = Matcher(config);
                foreach (var f in Walk(full))
                {
                    if (matcher.Match(Path.GetRelativePath(globBase, f).Replace('\\', '/')).HasMatches) Add(f);
                }
            }
            else if (File.Exists(full))
            {
                Add(full);
            }
            else if (input.IndexOfAny(['*', '?', '[']) >= 0)
            {
                var (baseDir, pattern) = SplitGlob(cwd, input);
                if (!Directory.Exists(baseDir)) throw new CopywiseInputException($"{input}: no such folder {baseDir}");
                var m = new Matcher(StringComparison.Ordinal);
                m.AddInclude(pattern);
                foreach (var e in AuditConfig.DefaultExclude) m.AddExclude(e);
                int before = found.Count;
                foreach (var f in m.GetResultsInFullPath(baseDir)) Add(f);
                if (found.Count == before) throw new CopywiseInputException($"{input}: no page matches");
            }
            else
            {
                throw new CopywiseInputException($"{input}: no such file or folder");
            }
        }
        return new SiteFileSet(root, found.Values.ToList());
    }

    private static bool IsUnder(string path, string folder)
    {
        var rel = Path.GetRelativePath(folder, path);
        return rel == "." || (!rel.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(rel));
    }

    // Every file below a folder, without descending into the folders no site keeps pages in.
    private static IEnumerable<string> Walk(string folder)
    {
        var pending = new Stack<string>();
        pending.Push(folder);
        var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            foreach (var f in Directory.EnumerateFiles(dir, "*", options)) yield return f;
            foreach (var d in Directory.EnumerateDirectories(dir, "*", options))
            {
                if (Path.GetFileName(d) is ".git" or "node_modules" or ".copywise") continue;
                pending.Push(d);
            }
        }
    }

    private static Matcher Matcher(AuditConfig config)
    {
        var m = new Matcher(StringComparison.Ordinal);
        foreach (var i in config.Include) m.AddInclude(i);
        foreach (var e in AuditConfig.DefaultExclude.Concat(config.Exclude)) m.AddExclude(e);
        return m;
    }

    // "content/**/*.md" → ("cwd/content", "**/*.md"): the folder before the first segment with a wildcard.
    private static (string BaseDir, string Pattern) SplitGlob(string cwd, string glob)
    {
        var parts = glob.Replace('\\', '/').Split('/');
        int first = Array.FindIndex(parts, p => p.IndexOfAny(['*', '?', '[']) >= 0);
        var baseParts = parts[..first];
        string baseDir = baseParts.Length == 0 ? cwd
            : Path.GetFullPath(Path.Combine(cwd, string.Join('/', baseParts) is { Length: > 0 } b ? b : "/"));
        return (baseDir, string.Join('/', parts[first..]));
    }
}
