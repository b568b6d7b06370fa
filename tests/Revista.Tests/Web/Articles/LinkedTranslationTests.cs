using System.Net;
using AngleSharp.Html.Dom;
using Revista.Tests.Ingest;
using static Revista.Tests.Web.Articles.ArticlePageTests;

namespace Revista.Tests.Web.Articles;

/// <summary>
/// A translation published as an article of its own (own DOI), paired through a JATS related-article link in either
/// file: the language switch, the hreflang alternates and the page itself lead from one version to the other.
/// </summary>
public sealed class LinkedTranslationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("revista-linked-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_original_links_its_spanish_version_in_the_switch_the_alternates_and_the_header()
    {
        await using var site = await StartAsync(Original(link: ""), Spanish(link: """<related-article related-article-type="translated-from" ext-link-type="doi" xlink:href="10.5555/LINK.EN"/>"""));
        var spanish = await PathOfAsync(site, "Sinovitis");

        var page = await OpenArticleAsync(site, "Synovitis");

        var switchToSpanish = page.QuerySelectorAll(".tools a[hreflang='es']").Single();
        Assert.Equal("/es" + spanish, switchToSpanish.GetAttribute("href"));
        Assert.Equal(new Uri(site.Address, "/es" + spanish).AbsoluteUri, page.QuerySelector("link[rel=alternate][hreflang=es]")!.GetAttribute("href"));
        var version = page.QuerySelector(".other-versions a")!;
        Assert.Equal(spanish, version.GetAttribute("href"));
        Assert.Equal("Español: Sinovitis en la práctica clínica", Text(version));
        Assert.Equal("es", version.QuerySelector("cite")!.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_spanish_version_links_back_to_the_original_named_only_in_the_other_file()
    {
        await using var site = await StartAsync(
            Original(link: """<related-article related-article-type="translated-article" ext-link-type="doi" xlink:href="10.5555/link.es" xml:lang="es"/>"""),
            Spanish(link: ""));
        var original = await PathOfAsync(site, "Synovitis");

        var (_, page) = await site.GetPageAsync("/es" + await PathOfAsync(site, "Sinovitis"));

        Assert.Equal(original, page.QuerySelectorAll(".tools a[hreflang='en']").Single().GetAttribute("href"));
        Assert.Equal("También publicado en: English: Synovitis in clinical practice", Text(page.QuerySelector(".other-versions")));
    }

    [Fact]
    public async Task A_reader_in_spanish_on_the_english_original_is_offered_the_spanish_article()
    {
        await using var site = await StartAsync(Original(link: ""), Spanish(link: """<related-article related-article-type="is-translation-of" ext-link-type="doi" xlink:href="10.5555/link.en"/>"""));
        var spanish = await PathOfAsync(site, "Sinovitis");

        var (_, page) = await site.GetPageAsync("/es" + await PathOfAsync(site, "Synovitis"));

        var offer = page.QuerySelectorAll(".notice a").Single();
        Assert.Equal("/es" + spanish, offer.GetAttribute("href"));
        Assert.Equal("Leer este artículo en español", Text(offer));
    }

    [Fact]
    public async Task A_translation_not_published_here_links_to_its_doi_and_a_same_language_link_is_no_translation()
    {
        await using var site = await StartAsync(Original(link: """
            <related-article related-article-type="translated-article" ext-link-type="doi" xlink:href="10.5555/elsewhere.pt" xml:lang="pt">Versão &lt;b&gt;portuguesa&lt;/b&gt;</related-article>
            <related-article related-article-type="translation" ext-link-type="doi" xlink:href="10.5555/other.en"/>
            """), Other());

        var page = await OpenArticleAsync(site, "Synovitis");

        var version = page.QuerySelectorAll(".other-versions a").Single();
        Assert.Equal("https://doi.org/10.5555/elsewhere.pt", version.GetAttribute("href"));
        Assert.Equal("Português: Versão <b>portuguesa</b>", Text(version));
        Assert.Empty(page.QuerySelectorAll(".other-versions b"));
        Assert.Single(page.QuerySelectorAll(".tools a[hreflang='es']"));
    }

    [Fact]
    public async Task The_sitemap_names_the_same_alternates_as_the_pages()
    {
        await using var site = await StartAsync(Original(link: ""), Spanish("""<related-article related-article-type="translated-from" ext-link-type="doi" xlink:href="10.5555/link.en"/>"""));
        var original = await PathOfAsync(site, "Synovitis");
        var (_, page) = await site.GetPageAsync(original);
        var slug = original.Split('/')[1];
        using var client = site.Client();

        var sitemap = System.Xml.Linq.XDocument.Parse(await client.GetStringAsync($"/{slug}/sitemap.xml", TestContext.Current.CancellationToken));

        System.Xml.Linq.XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        System.Xml.Linq.XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var entry = sitemap.Descendants(sm + "url").Single(u => new Uri(u.Element(sm + "loc")!.Value).AbsolutePath == original);
        var inSitemap = entry.Elements(xhtml + "link").ToDictionary(l => (string)l.Attribute("hreflang")!, l => (string)l.Attribute("href")!);
        var onPage = page.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!);
        Assert.Equal(onPage, inSitemap);
        Assert.Contains("/es/", inSitemap["es"], StringComparison.Ordinal);
        Assert.DoesNotContain(original, inSitemap["es"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_translation_imported_after_the_original_reaches_its_cached_page()
    {
        await using var site = await StartAsync(Original(link: ""));
        var original = await PathOfAsync(site, "Synovitis");
        var (_, before) = await site.GetPageAsync(original);
        Assert.Null(before.QuerySelector(".other-versions"));

        using var output = new StringWriter();
        var spanishFile = JatsFixtures.WriteFile(_folder, "later.xml", Spanish("""<related-article related-article-type="translated-from" ext-link-type="doi" xlink:href="10.5555/link.en"/>"""));
        Assert.Equal(0, await Revista.Web.Commands.RevistaCommandLine.InvokeAsync(["import", spanishFile, "--data", site.DataFolder], output, output));

        IHtmlDocument after;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        do
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
            (_, after) = await site.GetPageAsync(original);
        }
        while (after.QuerySelector(".other-versions") is null && DateTime.UtcNow < deadline);
        Assert.NotNull(after.QuerySelector(".other-versions a"));
    }

    [Fact]
    public async Task Pairing_costs_one_query_on_a_cache_miss_and_none_on_a_hit()
    {
        await using var site = await StartAsync(Original(link: ""), Spanish("""<related-article related-article-type="translated-from" ext-link-type="doi" xlink:href="10.5555/link.en"/>"""));
        var original = await PathOfAsync(site, "Synovitis");

        site.ResetCommandCount();
        var (status, _) = await site.GetPageAsync(original);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(3, site.CommandCount);
        site.ResetCommandCount();
        await site.GetPageAsync(original);
        Assert.Equal(0, site.CommandCount);
    }

    private Task<RunningSite> StartAsync(params string[] articles) =>
        RunningSite.StartAsync([.. articles.Select((xml, i) => JatsFixtures.WriteFile(_folder, $"article{i}.xml", xml))]);

    private static async Task<string> PathOfAsync(RunningSite site, string titleStart)
    {
        var (_, home) = await site.GetPageAsync("/");
        var (_, journal) = await site.GetPageAsync(home.QuerySelector("ol.journals a")!.GetAttribute("href")!);
        return journal.QuerySelectorAll("a").First(a => a.TextContent.StartsWith(titleStart, StringComparison.Ordinal)).GetAttribute("href")!;
    }

    private static string Original(string link) => Article("en", "10.5555/LINK.EN", "Synovitis in clinical practice", link);

    private static string Spanish(string link) => Article("es", "10.5555/link.es", "Sinovitis en la práctica clínica", link);

    private static string Other() => Article("en", "10.5555/other.en", "Another English article", "");

    internal static string Article(string language, string doi, string title, string links) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <article xmlns:xlink="http://www.w3.org/1999/xlink" article-type="research-article" xml:lang="{language}">
          <front>
            <journal-meta>
              <journal-title-group><journal-title>Linked Journal</journal-title></journal-title-group>
              <issn pub-type="epub">2049-3630</issn>
            </journal-meta>
            <article-meta>
              <article-id pub-id-type="doi">{doi}</article-id>
              <title-group><article-title>{title}</article-title></title-group>
              <pub-date pub-type="epub"><day>2</day><month>3</month><year>2020</year></pub-date>
              {links}
              <abstract><p>Abstract of {title}.</p></abstract>
            </article-meta>
          </front>
          <body><sec><title>Text</title><p>Body of {title}.</p></sec></body>
        </article>
        """;
}
