using Revista.Tests.Infrastructure;

namespace Revista.Tests.Crossref;

/// <summary>
/// eLife's Crossref deposit generator test data at ../shared/crossref-oracle: 19 input JATS files and the deposits
/// it expects (schema 5.5.0). Tests that need it skip with this explanation when it is absent.
/// </summary>
internal static class CrossrefOracle
{
    public const string MissingMessage =
        "../shared/crossref-oracle not found: eLife's expected Crossref deposits sit beside the repository in CI (see ../shared/README.md); these tests need them.";

    private static readonly Lazy<string?> Located = new(() => SharedFolder.Find(Path.Combine("crossref-oracle", "elife-crossref-xml-generation"), "README.upstream.md"));

    public static string? Folder => Located.Value;

    public static string Require()
    {
        if (Folder is null)
            Assert.Skip(MissingMessage);
        return Folder;
    }
}
