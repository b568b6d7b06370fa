using Revista.Statistics;

namespace Revista.Tests.Statistics;

/// <summary>Which URLs of a log are usage, and of what, before any article is looked up.</summary>
public sealed class UsageLogRequestTests
{
    private const string Sha = "4f5e6d7c8b9a0f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899a";

    [Theory]
    [InlineData("/tj/articles/12", UsageLogUrl.ArticlePage)]
    [InlineData("/tj/articles/12/", UsageLogUrl.ArticlePage)]
    [InlineData("/tj/articles/12?lang=es", UsageLogUrl.ArticlePage)]
    [InlineData("/tj/articles/12/side-by-side", UsageLogUrl.SideBySide)]
    [InlineData("/tj/articles/12/figures", UsageLogUrl.Figures)]
    [InlineData("/tj/articles/12/figures/f1", UsageLogUrl.Figures)]
    [InlineData("/tj/Articles/12/Figures", UsageLogUrl.Figures)]
    public void Reads_revista_article_urls_with_their_journal_and_article(string target, UsageLogUrl expected)
    {
        var request = Read(target);

        Assert.Equal(expected, request.Url);
        Assert.Null(request.Skip);
        Assert.Equal(("tj", 12), (request.Slug, request.ArticleId));
        Assert.Equal(target.Split('?')[0], request.Path);
    }

    [Fact]
    public void Reads_a_stored_file_by_its_sha256()
    {
        var request = Read($"/assets/{Sha.ToUpperInvariant()}/article.pdf");

        Assert.Equal(UsageLogUrl.File, request.Url);
        Assert.Equal(Sha, request.Sha256);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/tj")]
    [InlineData("/tj/issues/3")]
    [InlineData("/tj/articles/12/statistics")]
    [InlineData("/tj/articles/12/citation.ris")]
    [InlineData("/tj/articles/12/article.xml")]
    [InlineData("/tj/articles/twelve")]
    [InlineData("/doi/10.5555/test.1")]
    [InlineData("/assets/not-a-hash/x.pdf")]
    [InlineData("/css/site.css")]
    [InlineData("/search?q=10.5555")]
    public void Other_urls_are_not_article_urls(string target) =>
        Assert.Equal(UsageLogSkip.NotArticleUrl, Read(target).Skip);

    [Theory]
    [InlineData("HEAD /tj/articles/12 HTTP/1.1", 200, UsageLogSkip.NotGet)]
    [InlineData("POST /tj/articles/12 HTTP/1.1", 200, UsageLogSkip.NotGet)]
    [InlineData("GET /tj/articles/12 HTTP/1.1", 206, UsageLogSkip.Unsuccessful)]
    [InlineData("GET /tj/articles/12 HTTP/1.1", 301, UsageLogSkip.Unsuccessful)]
    [InlineData("GET /tj/articles/12 HTTP/1.1", 404, UsageLogSkip.Unsuccessful)]
    [InlineData("GET /tj/articles/12 HTTP/1.1", 500, UsageLogSkip.Unsuccessful)]
    [InlineData("-", 400, UsageLogSkip.MalformedRequest)]
    public void Only_a_get_answered_200_or_304_is_usage(string request, int status, UsageLogSkip skip)
    {
        var line = new AccessLogLine("192.0.2.1", DateTimeOffset.UnixEpoch, request, status, "ua");

        Assert.Equal(skip, UsageLogRequest.Read(line).Skip);
    }

    [Fact]
    public void A_304_counts_like_a_200()
    {
        var line = new AccessLogLine("192.0.2.1", DateTimeOffset.UnixEpoch, "GET /tj/articles/12 HTTP/1.1", 304, "ua");

        Assert.Equal(UsageLogUrl.ArticlePage, UsageLogRequest.Read(line).Url);
    }

    [Theory]
    [InlineData("/index.php/tj/article/view/10.5555/Test.1", UsageLogUrl.OldPage, "10.5555/test.1")]
    [InlineData("/index.php/tj/article/view/10.5555%2FTest.1", UsageLogUrl.OldPage, "10.5555/test.1")]
    [InlineData("/article.php?doi=10.5555%2Ftest.1&lang=en", UsageLogUrl.OldPage, "10.5555/test.1")]
    [InlineData("/abstract?id=doi%3A10.5555%2Ftest.1", UsageLogUrl.OldPage, "10.5555/test.1")]
    [InlineData("/index.php/tj/article/download/10.5555/test.1/pdf", UsageLogUrl.OldPdf, "10.5555/test.1")]
    [InlineData("/pdf/10.5555/test.1.pdf", UsageLogUrl.OldPdf, "10.5555/test.1")]
    [InlineData("/download.php?doi=10.5555/test.1", UsageLogUrl.OldPage, "10.5555/test.1")]
    [InlineData("/files/download/10.5555/test.1", UsageLogUrl.OldPdf, "10.5555/test.1")]
    public void An_old_url_is_known_by_the_doi_it_carries(string target, UsageLogUrl expected, string doi)
    {
        var request = Read(target);

        Assert.Equal(expected, request.Url);
        Assert.Contains(doi, request.Dois!);
    }

    [Fact]
    public void A_doi_in_the_query_makes_the_query_part_of_the_double_click_key()
    {
        Assert.NotEqual(Read("/download.php?doi=10.5555/a").Path, Read("/download.php?doi=10.5555/b").Path);
        Assert.Equal("/article/view/10.5555/a", Read("/article/view/10.5555/a?x=1").Path);
    }

    [Fact]
    public void Doi_candidates_run_from_the_longest_to_the_shortest_cut()
    {
        var candidates = UsageLogRequest.DoisIn("/article/download/10.5555/abc.2020/v2.pdf").ToList();

        Assert.Equal(["10.5555/abc.2020/v2.pdf", "10.5555/abc.2020/v2", "10.5555/abc.2020"], candidates);
    }

    private static UsageLogRequest Read(string target) =>
        UsageLogRequest.Read(new AccessLogLine("192.0.2.1", DateTimeOffset.UnixEpoch, $"GET {target} HTTP/1.1", 200, "ua"));
}
