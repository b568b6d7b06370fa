using Revista.Ingest;

namespace Revista.Tests.Ingest;

public sealed class AssetMatcherTests
{
    private static readonly PackageFile[] Files =
    [
        new("article.xml", 10),
        new("fig1.tif", 10),
        new("fig1.jpg", 10),
        new("images/fig2.png", 10),
        new("Fig3.PNG", 10),
        new("sub/article2.xml", 10),
        new("sub/fig1.png", 10),
    ];

    [Theory]
    [InlineData("fig1.jpg", "fig1.jpg")]
    [InlineData("fig1", "fig1.jpg")]
    [InlineData("fig1.tif", "fig1.tif")]
    [InlineData("fig3.png", "Fig3.PNG")]
    [InlineData("fig2", "images/fig2.png")]
    [InlineData("images/fig2.png", "images/fig2.png")]
    [InlineData("./fig1.jpg", "fig1.jpg")]
    [InlineData("fig%31.jpg", "fig1.jpg")]
    public void Matches_hrefs_with_or_without_extension_and_folder(string href, string expected)
    {
        var match = AssetMatcher.Find(Files, "article.xml", href);

        Assert.Equal(AssetMatchKind.Found, match.Kind);
        Assert.Equal(expected, match.File!.Path);
    }

    [Fact]
    public void Resolves_relative_to_the_xml_folder_first()
    {
        var match = AssetMatcher.Find(Files, "sub/article2.xml", "fig1");

        Assert.Equal("sub/fig1.png", match.File!.Path);
    }

    [Fact]
    public void Prefers_a_web_image_to_a_tiff_master_when_the_extension_is_missing()
    {
        Assert.Equal("fig1.jpg", AssetMatcher.Find(Files, "article.xml", "fig1").File!.Path);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("file:///etc/passwd")]
    [InlineData("images/../../secret.png")]
    [InlineData("..\\..\\windows\\win.ini")]
    public void Refuses_hrefs_that_leave_the_package(string href)
    {
        var error = Assert.Throws<PackageException>(() => AssetMatcher.Find(Files, "article.xml", href));

        Assert.Contains(href.Trim(), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.org/fig1.png")]
    [InlineData("http://example.org/fig1")]
    public void Treats_web_links_as_external(string href)
    {
        Assert.Equal(AssetMatchKind.External, AssetMatcher.Find(Files, "article.xml", href).Kind);
    }

    [Fact]
    public void Reports_a_file_that_is_not_there_as_missing()
    {
        Assert.Equal(AssetMatchKind.Missing, AssetMatcher.Find(Files, "article.xml", "fig9").Kind);
    }
}
