using Revista.Ingest;

namespace Revista.Tests.Ingest;

public sealed class ZipPackageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("revista-zip-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Lists_one_candidate_per_article_xml_in_a_zip()
    {
        var zip = MakeZip(("a.xml", "<article/>"u8.ToArray()), ("fig1.png", [1, 2, 3]), ("b/b.xml", "<article/>"u8.ToArray()));

        var candidates = ImportPaths.Expand([zip], ImportLimits.Default).ToList();

        Assert.Equal(2, candidates.Count);
        Assert.All(candidates, c => Assert.NotNull(c.Package));
        Assert.EndsWith(":a.xml", candidates[0].DisplayName, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../evil.png")]
    [InlineData("/etc/evil.png")]
    [InlineData("a/../../evil.png")]
    [InlineData("C:/evil.png")]
    public void Refuses_a_zip_with_an_entry_that_escapes_its_folder(string entry)
    {
        var zip = MakeZip(("article.xml", "<article/>"u8.ToArray()), (entry, [1]));

        var candidate = Assert.Single(ImportPaths.Expand([zip], ImportLimits.Default));

        Assert.Null(candidate.Package);
        Assert.Contains(entry, candidate.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Stops_reading_an_entry_that_expands_beyond_the_limit()
    {
        // 20 MB of zeros compresses to a few KB: the shape of a zip bomb.
        var zip = MakeZip(("article.xml", new byte[20 * 1024 * 1024]));
        var limits = ImportLimits.Default with { MaxXmlBytes = 1024 * 1024 };

        var package = Assert.Single(ImportPaths.Expand([zip], limits)).Package!;
        var error = Assert.Throws<PackageException>(package.ReadXml);

        Assert.Contains("expands beyond", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stops_a_zip_whose_entries_together_expand_beyond_the_limit()
    {
        var zip = MakeZip(("article.xml", "<article/>"u8.ToArray()), ("a.bin", new byte[600_000]), ("b.bin", new byte[600_000]));
        var limits = ImportLimits.Default with { MaxZipExpandedBytes = 1_000_000 };
        var package = Assert.Single(ImportPaths.Expand([zip], limits)).Package!;

        package.ReadAllBytes(package.Files.Single(f => f.Path == "a.bin"), long.MaxValue);

        Assert.Throws<PackageException>(() => package.ReadAllBytes(package.Files.Single(f => f.Path == "b.bin"), long.MaxValue));
    }

    [Fact]
    public void Reports_a_file_that_is_not_a_zip()
    {
        var path = Path.Combine(_folder, "broken.zip");
        File.WriteAllText(path, "this is not a zip");

        var candidate = Assert.Single(ImportPaths.Expand([path], ImportLimits.Default));

        Assert.Null(candidate.Package);
        Assert.Contains("not a readable zip", candidate.Problem, StringComparison.Ordinal);
    }

    private string MakeZip(params (string Name, byte[] Content)[] entries) =>
        JatsFixtures.WriteZip(_folder, Guid.NewGuid().ToString("N") + ".zip", entries);
}
