using Revista.Tests.Ingest;
using static Revista.Tests.Web.Articles.ArticlePageTests;

namespace Revista.Tests.Web.Articles;

/// <summary>Markup and script in imported text render as text; javascript: and data: addresses never become links.</summary>
public sealed class ArticleEscapingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("revista-escaping-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Script_in_a_title_a_name_and_an_abstract_renders_as_text()
    {
        var xml = HostileArticle();
        await using var site = await RunningSite.StartAsync([JatsFixtures.WriteFile(_folder, "hostile.xml", xml)]);

        var page = await OpenArticleAsync(site, "Hostile <script>");

        Assert.Empty(page.QuerySelectorAll("main script, head script:not([src='/site.js']):not([type='application/ld+json'])"));
        Assert.Empty(page.QuerySelectorAll("script:not([src='/site.js']):not([type='application/ld+json'])"));
        Assert.Single(page.QuerySelectorAll("head script[type='application/ld+json']"));
        Assert.Equal("Hostile <script>alert(1)</script> title", Text(page.QuerySelector("h1")));
        Assert.Contains("<img src=x onerror=alert(2)>", Text(page.QuerySelector(".authors")), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("[onerror], [onclick]"));
        Assert.Contains("<b>bold</b>", Text(page.QuerySelector("#abstract")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Javascript_and_data_addresses_never_become_links()
    {
        await using var site = await RunningSite.StartAsync([JatsFixtures.WriteFile(_folder, "hostile.xml", HostileArticle())]);

        var page = await OpenArticleAsync(site, "Hostile <script>");

        var hrefs = page.QuerySelectorAll("[href], [src], [action]")
            .SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("src"), e.GetAttribute("action") })
            .OfType<string>()
            .ToList();
        Assert.NotEmpty(hrefs);
        Assert.DoesNotContain(hrefs, h => h.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(hrefs, h => h.TrimStart().StartsWith("data:", StringComparison.OrdinalIgnoreCase));
        Assert.Null(page.QuerySelector("a.orcid"));
        Assert.DoesNotContain(hrefs, h => h.StartsWith("mailto:javascript", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A small article whose every free-text field tries to inject markup or script.</summary>
    private static string HostileArticle() => """
        <?xml version="1.0" encoding="UTF-8"?>
        <article xmlns:xlink="http://www.w3.org/1999/xlink" article-type="research-article" xml:lang="en">
          <front>
            <journal-meta>
              <journal-title-group><journal-title>Escaping Journal</journal-title></journal-title-group>
              <issn pub-type="epub">2049-3630</issn>
            </journal-meta>
            <article-meta>
              <article-id pub-id-type="doi">10.5555/hostile.1</article-id>
              <title-group><article-title>Hostile &lt;script&gt;alert(1)&lt;/script&gt; title</article-title></title-group>
              <contrib-group>
                <contrib contrib-type="author" corresp="yes">
                  <contrib-id contrib-id-type="orcid">javascript:alert(3)</contrib-id>
                  <name><surname>&lt;img src=x onerror=alert(2)&gt;</surname><given-names>Eve</given-names></name>
                  <email>javascript:alert(4)</email>
                </contrib>
              </contrib-group>
              <pub-date pub-type="epub"><day>3</day><month>2</month><year>2025</year></pub-date>
              <abstract><p>Text with &lt;b&gt;bold&lt;/b&gt; and <ext-link ext-link-type="uri" xlink:href="javascript:alert(5)">a script link</ext-link> and <ext-link ext-link-type="uri" xlink:href="data:text/html,hi">a data link</ext-link>.</p></abstract>
            </article-meta>
          </front>
          <body>
            <p>Body with <ext-link ext-link-type="uri" xlink:href=" JavaScript:alert(6)">another</ext-link>.</p>
          </body>
        </article>
        """;
}
