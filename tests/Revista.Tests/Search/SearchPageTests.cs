using System.Net;
using System.Text.Json.Nodes;
using Revista.Tests.Citations;
using Revista.Tests.Web;

namespace Revista.Tests.Search;

/// <summary>The search page, its exports and the search box, on a real served site.</summary>
public sealed class SearchPageTests(SearchSiteFixture fixture) : IClassFixture<SearchSiteFixture>
{
    private RunningSite Site => fixture.Site;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_search_box_of_every_page_leads_to_results_with_snippets_and_exports()
    {
        var (_, home) = await Site.GetPageAsync("/");
        var form = home.QuerySelector("header form[role=search]")!;
        var input = form.QuerySelector("input[type=search]")!;

        var (status, results) = await Site.GetPageAsync(form.GetAttribute("action") + "?" + input.GetAttribute("name") + "=arteritis");

        Assert.Equal(HttpStatusCode.OK, status);
        var hit = Assert.Single(results.QuerySelectorAll("ol.search-hits > li"));
        Assert.StartsWith("Crowned Dens Syndrome", hit.QuerySelector("a.title")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("arteritis", hit.QuerySelector(".snippet mark")!.TextContent);
        Assert.Equal(5, results.QuerySelectorAll(".exports a").Length);
        Assert.Equal("1 article found.", results.QuerySelector("[role=status]")!.TextContent);
    }

    [Fact]
    public async Task Results_span_journals_and_a_journal_search_keeps_to_its_journal()
    {
        var (_, all) = await Site.GetPageAsync("/search?q=osteoporosis");
        var (_, joint) = await Site.GetPageAsync("/joint-journal/search?q=osteoporosis");
        var (_, narrowed) = await Site.GetPageAsync("/search?q=osteoporosis&journal=bone-journal&from=2020");

        Assert.Equal(3, all.QuerySelectorAll("ol.search-hits > li").Length);
        Assert.Equal(["Bone Journal", "Joint Journal"], all.QuerySelectorAll(".item-journal").Select(j => j.TextContent).Distinct().Order());
        var only = Assert.Single(joint.QuerySelectorAll("ol.search-hits > li"));
        Assert.StartsWith("/joint-journal/articles/", only.QuerySelector("a.title")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("Osteoporosis in men", Assert.Single(narrowed.QuerySelectorAll("ol.search-hits a.title")).TextContent);
    }

    [Fact]
    public async Task Newest_first_orders_by_publication_date()
    {
        var (_, page) = await Site.GetPageAsync("/search?q=osteoporosis&sort=newest");

        Assert.Equal(
            ["Osteoporosis treatment with bisphosphonates", "Osteoporosis in men", "Osteoporosis screening in women"],
            page.QuerySelectorAll("ol.search-hits a.title").Select(a => a.TextContent));
        Assert.NotNull(page.QuerySelector("#search-sort option[value=newest][selected]"));
    }

    [Theory]
    [InlineData("ris", "ER  - ", "ris")]
    [InlineData("bib", "@article{", "bibtex")]
    [InlineData("json", "\"type\": \"article-journal\"", "csl")]
    public async Task A_search_exports_its_results_in_rank_order_readable_by_citation_js(string extension, string perRecord, string citationJsFormat)
    {
        var (_, page) = await Site.GetPageAsync("/search?q=osteoporosis");
        var titles = page.QuerySelectorAll("ol.search-hits a.title").Select(a => a.TextContent).ToList();
        var link = page.QuerySelectorAll(".exports a").Single(a => a.GetAttribute("href")!.Contains("citations." + extension + "?", StringComparison.Ordinal));

        using var client = Site.Client();
        using var response = await client.GetAsync(link.GetAttribute("href"), Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("revista-search." + extension, response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        Assert.Equal(titles.Count, text.Split(perRecord).Length - 1);
        JsonArray items = await CitationJs.ReadAsync(text, citationJsFormat);
        Assert.Equal(titles, items.Select(item => item!["title"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Markup_in_titles_and_abstracts_is_shown_as_text()
    {
        var (_, page) = await Site.GetPageAsync("/search?q=lupus");

        var hit = Assert.Single(page.QuerySelectorAll("ol.search-hits > li"));
        Assert.Empty(page.QuerySelectorAll("main script, main img"));
        Assert.Contains("<img src=x onerror=alert(1)>", hit.QuerySelector(".snippet")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Lupus", hit.QuerySelector(".snippet mark")!.TextContent);
    }

    [Theory]
    [InlineData("/search?q=bone&page=0", "Page 0 does not exist")]
    [InlineData("/search?q=bone&page=x", "page must be a whole number")]
    [InlineData("/search?q=bone&from=abc", "from must be a year")]
    [InlineData("/search?q=bone&from=2022&to=2020", "must not be after")]
    [InlineData("/search?q=bone&sort=oldest", "sort must be")]
    [InlineData("/search?q=ab*+bc*+cd*+de*+ef*+fg*+gh*+hi*+ij~", "9 words with *, ? or ~")]
    [InlineData("/search?q=bone+p*", "The word p* has fewer than two letters")]
    public async Task Bad_parameters_are_explained(string path, string explanation)
    {
        var (status, page) = await Site.GetPageAsync(path);
        using var client = Site.Client();
        using var export = await client.GetAsync(path.Replace("/search?", "/search/citations.ris?", StringComparison.Ordinal), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(explanation, page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, export.StatusCode);
        Assert.Contains(explanation, await export.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_overlong_search_is_refused_with_its_limit()
    {
        var (status, page) = await Site.GetPageAsync("/search?q=" + new string('a', 501));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("at most 500", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_journal_has_no_search()
    {
        var (status, _) = await Site.GetPageAsync("/no-such-journal/search?q=bone");
        using var client = Site.Client();
        using var export = await client.GetAsync("/no-such-journal/search/citations.ris?q=bone", Ct);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(HttpStatusCode.NotFound, export.StatusCode);
    }

    [Fact]
    public async Task The_spanish_interface_searches_in_spanish_and_links_stay_spanish()
    {
        var (_, page) = await Site.GetPageAsync("/es/search?q=tratamiento+osteoporosis");

        Assert.Equal("Resultados", page.QuerySelector("#search-results")!.TextContent);
        var hit = Assert.Single(page.QuerySelectorAll("ol.search-hits a.title"));
        Assert.Equal("Tratamiento de la osteoporosis", hit.TextContent);
        Assert.StartsWith("/es/joint-journal/articles/", hit.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("/es/search", page.QuerySelector("header form[role=search]")!.GetAttribute("action"));
    }

    [Fact]
    public async Task A_results_page_costs_a_fixed_number_of_queries()
    {
        Site.ResetCommandCount();
        var (status, _) = await Site.GetPageAsync("/search?q=osteoporosis");
        var siteWide = Site.CommandCount;
        Site.ResetCommandCount();
        var (journalStatus, _) = await Site.GetPageAsync("/joint-journal/search?q=osteoporosis");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.OK, journalStatus);
        // Journal(s), articles, authors, PDFs, titles, abstracts: the same six for one hit or twenty.
        Assert.Equal(6, siteWide);
        Assert.Equal(6, Site.CommandCount);
    }
}
