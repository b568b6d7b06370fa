using Revista.Tests.Infrastructure;

namespace Revista.Tests.Citations;

/// <summary>
/// The CSL test data at ../shared/csl beside the repository (never copied into it): the citeproc-js oracle and the CSL
/// test suite. Tests that need it skip with this explanation when it is absent.
/// </summary>
public static class SharedCsl
{
    public const string MissingMessage =
        "../shared/csl not found: the citeproc-js oracle and the CSL test suite sit beside the repository in CI (see ../shared/README.md); these tests need them.";

    private static readonly Lazy<string?> Located = new(Locate);

    public static string? Folder => Located.Value;

    public static string Require()
    {
        if (Folder is null)
            Assert.Skip(MissingMessage);
        return Folder;
    }

    /// <summary>The repository root (the folder holding Revista.slnx).</summary>
    public static string? RepositoryRoot() => SharedFolder.RepositoryRoot();

    private static string? Locate() => SharedFolder.Find("csl", "oracle-citeprocjs.json");
}
