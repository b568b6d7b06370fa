using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Revista.Tests.Ingest;
using static Revista.Tests.Web.Articles.ArticleMetadataTests;
using static Revista.Tests.Web.Articles.ArticlePageTests;

namespace Revista.Tests.Web.Articles;

/// <summary>The embedded metadata does not depend on the health-professional gate, and hostile text stays text in it.</summary>
public sealed class ArticleMetadataSafetyTests : IDisposable
{
    private const string HostileTitle = "Closing </script><script>alert(1)</script> \"quoted\" & <b>bold</b> title";
    private const string HostileSurname = "O'Hara\"><script>alert(2)</script>";

    private readonly string _folder = Directory.CreateTempSubdirectory("revista-metadata-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Gated_and_ungated_pages_carry_identical_metadata_in_both_languages()
    {
        await using var open = await RunningSite.StartAsync([RunningSite.Sample("case-report.zip")]);
        await using var gated = await RunningSite.StartAsync(
            [RunningSite.Sample("case-report.zip")],
            db => db.Journals.ExecuteUpdateAsync(j => j.SetProperty(x => x.HealthProfessionalGate, true), TestContext.Current.CancellationToken));

        var path = new Uri(Canonical(await OpenArticleAsync(open, "Crowned Dens Syndrome"))).AbsolutePath;
        foreach (var language in new[] { "", "/es" })
        {
            var (_, openPage) = await open.GetPageAsync(language + path);
            var (_, gatedPage) = await gated.GetPageAsync(language + path);

            Assert.NotNull(gatedPage.QuerySelector(".health-gate"));
            Assert.Null(openPage.QuerySelector(".health-gate"));
            var expected = Metadata(openPage, open);
            Assert.Contains("citation_reference", expected, StringComparison.Ordinal);
            Assert.Contains("og:image", expected, StringComparison.Ordinal);
            Assert.Equal(expected, Metadata(gatedPage, gated));
        }
    }

    [Fact]
    public async Task A_hostile_title_and_name_stay_text_in_meta_tags_dublin_core_and_json_ld()
    {
        await using var site = await RunningSite.StartAsync([JatsFixtures.WriteFile(_folder, "hostile.xml", HostileArticle())]);

        var page = await OpenArticleAsync(site, "Closing");

        Assert.Empty(page.QuerySelectorAll("script:not([src='/site.js']):not([type='application/ld+json'])"));
        Assert.Equal([HostileTitle], Values(Meta(page, "citation_"), "citation_title"));
        Assert.Equal(["Hostile " + HostileTitle], Values(Meta(page, "citation_"), "citation_keywords"));
        Assert.Equal([HostileSurname + ", Eve"], Values(Meta(page, "citation_"), "citation_author"));
        Assert.Equal(HostileTitle, page.QuerySelector("meta[name='DC.title']")!.GetAttribute("content"));
        Assert.Equal(HostileTitle, page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.StartsWith("citation_title=Cited " + HostileTitle.Replace(';', ','), Assert.Single(Values(Meta(page, "citation_"), "citation_reference")), StringComparison.Ordinal);
        using var json = JsonLd(page);
        Assert.Equal(HostileTitle, json.RootElement.GetProperty("headline").GetString());
        Assert.Equal(HostileSurname, json.RootElement.GetProperty("author")[0].GetProperty("familyName").GetString());
        var raw = page.QuerySelector("script[type='application/ld+json']")!.InnerHtml;
        Assert.DoesNotContain("<", raw, StringComparison.Ordinal);
    }

    /// <summary>The page's embedded metadata as one string, with the site's own address taken out.</summary>
    private static string Metadata(IHtmlDocument page, RunningSite site)
    {
        var head = page.Head!;
        var parts = head.QuerySelectorAll("meta[name^='citation_'], meta[name^='DC.'], meta[property], link[rel='schema.DC'], script[type='application/ld+json']")
            .Select(e => e.OuterHtml);
        return string.Join('\n', parts).Replace(site.Address.GetLeftPart(UriPartial.Authority), "SITE", StringComparison.Ordinal);
    }

    private static string HostileArticle() => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <article xmlns:xlink="http://www.w3.org/1999/xlink" article-type="research-article" xml:lang="en">
          <front>
            <journal-meta>
              <journal-title-group><journal-title>Escaping &lt;/script&gt; Journal</journal-title></journal-title-group>
              <issn pub-type="epub">2049-3630</issn>
            </journal-meta>
            <article-meta>
              <article-id pub-id-type="doi">10.5555/hostile.2</article-id>
              <title-group><article-title>{Xml(HostileTitle)}</article-title></title-group>
              <contrib-group>
                <contrib contrib-type="author">
                  <name><surname>{Xml(HostileSurname)}</surname><given-names>Eve</given-names></name>
                </contrib>
              </contrib-group>
              <pub-date pub-type="epub"><day>3</day><month>2</month><year>2025</year></pub-date>
              <abstract><p>An abstract that ends the script: &lt;/script&gt;&lt;script&gt;alert(3)&lt;/script&gt;.</p></abstract>
              <kwd-group><kwd>Hostile {Xml(HostileTitle)}</kwd></kwd-group>
            </article-meta>
          </front>
          <body><p>Body.</p></body>
          <back>
            <ref-list>
              <ref id="r1"><element-citation publication-type="journal">
                <person-group person-group-type="author"><name><surname>Roe</surname><given-names>R</given-names></name></person-group>
                <article-title>Cited {Xml(HostileTitle)}</article-title>
                <source>J Tests</source><year>2020</year>
              </element-citation></ref>
            </ref-list>
          </back>
        </article>
        """;

    private static string Xml(string text) => System.Security.SecurityElement.Escape(text);
}
