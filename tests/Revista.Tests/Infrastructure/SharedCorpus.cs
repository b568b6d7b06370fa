namespace Revista.Tests.Infrastructure;

/// <summary>
/// The public corpus of real JATS files at ../shared/corpus beside the repository (never copied into it). A git worktree
/// checked out deeper finds it further up. Tests that need it skip with this explanation when it is absent.
/// </summary>
public static class SharedCorpus
{
    public const string MissingMessage =
        "../shared/corpus not found: the corpus of real JATS files sits beside the repository in CI (see ../shared/README.md); these tests need it.";

    private static readonly Lazy<string?> Located = new(Locate);

    /// <summary>The corpus folder, or null when absent.</summary>
    public static string? Folder => Located.Value;

    public static string Require()
    {
        if (Folder is null)
            Assert.Skip(MissingMessage);
        return Folder;
    }

    /// <summary>Every article file, as paths relative to the corpus folder.</summary>
    public static IReadOnlyList<string> Files() => Folder is null
        ? []
        : Directory.GetFiles(Folder, "*.xml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string? Locate() => SharedFolder.Find("corpus", "manifest.tsv");
}
