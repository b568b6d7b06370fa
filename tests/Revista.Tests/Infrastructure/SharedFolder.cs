namespace Revista.Tests.Infrastructure;

/// <summary>
/// Where the repository is, and the public data beside it (../shared, never copied in). A git worktree checked out
/// deeper finds ../shared further up.
/// </summary>
public static class SharedFolder
{
    /// <summary>The folder holding Revista.slnx, found upward from the test binaries; null when absent.</summary>
    public static string? RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Revista.slnx")))
            dir = dir.Parent;
        return dir?.FullName;
    }

    /// <summary>shared/<paramref name="name"/> in a parent of the repository, recognised by the file <paramref name="marker"/>.</summary>
    public static string? Find(string name, string marker)
    {
        var root = RepositoryRoot();
        for (var parent = root is null ? null : Directory.GetParent(root); parent is not null; parent = parent.Parent)
        {
            var folder = Path.Combine(parent.FullName, "shared", name);
            if (File.Exists(Path.Combine(folder, marker)))
                return folder;
        }
        return null;
    }
}
