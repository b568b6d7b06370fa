using System.Text.Json;
using AngleSharp.Html.Dom;
using static Revista.Tests.Web.Articles.ArticlePageTests;

namespace Revista.Tests.Web.Articles;

/// <summary>
/// The embedded metadata of the demo case report's page (Highwire Press, Dublin Core, Open Graph, schema.org JSON-LD),
/// in English and Spanish, and of its separate views.
/// </summary>
public sealed class ArticleMetadataTests(DemoSiteFixture demo) : IClassFixture<DemoSiteFixture>
{
    private const string Title = "Crowned Dens Syndrome Presenting as Acute Febrile Neck Pain in an Older Woman";
    private const string SpanishTitle = "Síndrome de la odontoides coronada como causa de cervicalgia aguda febril en una mujer de edad avanzada";

    private RunningSite Site => demo.Site;

    [Fact]
    public async Task Highwire_tags_name_each_author_with_their_own_institution_orcid_and_email()
    {
        var page = await OpenCaseReportAsync();

        var people = Meta(page, "citation_").Where(t => t.Name.StartsWith("citation_author", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [
                ("citation_author", "Valdeolmos Carrió, Inés"),
                ("citation_author_institution", "Servicio de Medicina Interna, Hospital Comarcal de Villaserena, Villaserena, Spain"),
                ("citation_author", "Arenillas Puig, Tomás"),
                ("citation_author_institution", "Unidad de Reumatología, Hospital Universitario del Río Ebrante, Ebrante, Spain"),
                ("citation_author_orcid", "https://orcid.org/0000-0002-1825-0097"),
                ("citation_author_email", "t.arenillas@example.org"),
                ("citation_author", "Busquets Ondarra, Clara"),
                ("citation_author_institution", "Unidad de Reumatología, Hospital Universitario del Río Ebrante, Ebrante, Spain"),
            ],
            people.Take(8));
        Assert.Equal(5, people.Count(t => t.Name == "citation_author"));
    }

    [Fact]
    public async Task Highwire_tags_describe_the_journal_issue_pages_and_identifiers()
    {
        var page = await OpenCaseReportAsync();

        var tags = Meta(page, "citation_");
        Assert.Equal([Title], Values(tags, "citation_title"));
        Assert.Equal(["2026/08/14"], Values(tags, "citation_publication_date"));
        Assert.Equal(["Revista Clínica de Reumatología y Autoinmunidad"], Values(tags, "citation_journal_title"));
        Assert.Equal(["Rev Clin Reumatol Autoinmun"], Values(tags, "citation_journal_abbrev"));
        Assert.Equal(["0000-0027", "0000-0019"], Values(tags, "citation_issn"));
        Assert.Equal(["Revista Demo Press"], Values(tags, "citation_publisher"));
        Assert.Equal(["12"], Values(tags, "citation_volume"));
        Assert.Equal(["5"], Values(tags, "citation_issue"));
        Assert.Equal(["312"], Values(tags, "citation_firstpage"));
        Assert.Equal(["313"], Values(tags, "citation_lastpage"));
        Assert.Equal(["10.99999/rcra.2026.0412"], Values(tags, "citation_doi"));
        Assert.Equal(["en"], Values(tags, "citation_language"));
        Assert.Equal(["Crowned dens syndrome", "Calcium pyrophosphate deposition disease", "Neck pain", "Computed tomography"], Values(tags, "citation_keywords").Take(4));
        Assert.DoesNotContain("Cervicalgia", Values(tags, "citation_keywords"));
    }

    [Fact]
    public async Task Highwire_urls_are_absolute_on_this_host_and_the_xml_url_serves_the_jats()
    {
        var page = await OpenCaseReportAsync();

        var tags = Meta(page, "citation_");
        var canonical = Canonical(page);
        Assert.Equal([canonical + "#abstract"], Values(tags, "citation_abstract_html_url"));
        Assert.Equal([canonical], Values(tags, "citation_fulltext_html_url"));
        var xml = new Uri(Assert.Single(Values(tags, "citation_xml_url")));
        Assert.Equal(Site.Address.Authority, xml.Authority);
        using var client = Site.Client();
        using var response = await client.GetAsync(xml.PathAndQuery, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode);
        Assert.Contains("<article", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#abstract"));
    }

    [Fact]
    public async Task Each_reference_is_one_citation_reference_in_the_form_google_scholar_documents()
    {
        var page = await OpenCaseReportAsync();

        var references = Values(Meta(page, "citation_"), "citation_reference");
        Assert.Equal(page.QuerySelectorAll("#full-text .ref-list li.ref").Length, references.Count);
        Assert.Contains(
            "citation_title=Crowned dens syndrome misdiagnosed as polymyalgia rheumatica: lessons from a multicentre cohort; "
            + "citation_author=Kasprzyk, A; citation_author=del Olmo-Ruiz, B; citation_author=Fennimore, H; "
            + "citation_journal_title=Rev Clin Reumatol Autoinmun; citation_year=2023; citation_volume=9; "
            + "citation_firstpage=145; citation_lastpage=151; citation_doi=10.99999/rcra.2023.0145",
            references);
    }

    [Fact]
    public async Task The_spanish_page_keeps_the_primary_title_and_the_same_tags_with_its_own_urls()
    {
        var english = await OpenCaseReportAsync();
        var (_, spanish) = await Site.GetPageAsync("/es" + new Uri(Canonical(english)).AbsolutePath);

        var onEnglish = Meta(english, "citation_");
        var onSpanish = Meta(spanish, "citation_");
        Assert.Equal([Title], Values(onSpanish, "citation_title"));
        Assert.Equal(WithoutPageUrls(onEnglish), WithoutPageUrls(onSpanish));
        Assert.Equal([Canonical(spanish)], Values(onSpanish, "citation_fulltext_html_url"));
        Assert.Contains("/es/", Canonical(spanish), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dublin_core_gives_titles_and_abstracts_per_language_and_the_doi_as_a_uri()
    {
        var page = await OpenCaseReportAsync();

        Assert.Equal("http://purl.org/dc/elements/1.1/", page.QuerySelector("link[rel='schema.DC']")!.GetAttribute("href"));
        var titles = page.QuerySelectorAll("meta[name='DC.title']").Select(m => (m.GetAttribute("lang"), m.GetAttribute("content"))).ToList();
        Assert.Equal([("en", Title), ("es", SpanishTitle)], titles);
        var tags = Meta(page, "DC.");
        Assert.Equal(5, Values(tags, "DC.creator").Count);
        Assert.Equal("Valdeolmos Carrió, Inés", Values(tags, "DC.creator")[0]);
        Assert.Equal(["2026-08-14"], Values(tags, "DC.date"));
        Assert.Equal(["https://doi.org/10.99999/rcra.2026.0412"], Values(tags, "DC.identifier"));
        Assert.Equal(["en"], Values(tags, "DC.language"));
        Assert.Equal(["Revista Demo Press"], Values(tags, "DC.publisher"));
        Assert.Contains("https://creativecommons.org/licenses/by/4.0/", Values(tags, "DC.rights"));
        Assert.Equal(["Text"], Values(tags, "DC.type"));
        Assert.Equal(["Revista Clínica de Reumatología y Autoinmunidad", "urn:ISSN:0000-0027", "urn:ISSN:0000-0019"], Values(tags, "DC.source"));
        Assert.Contains("Cervicalgia", Values(tags, "DC.subject"));
        var descriptions = page.QuerySelectorAll("meta[name='DC.description']").ToList();
        Assert.Equal(["en", "es"], descriptions.Select(d => d.GetAttribute("lang")));
        Assert.StartsWith("Crowned dens syndrome is an acute form", descriptions[0].GetAttribute("content"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_ld_describes_a_scholarly_article_in_its_issue_volume_and_journal()
    {
        var page = await OpenCaseReportAsync();

        using var json = JsonLd(page);
        var work = json.RootElement;
        Assert.Equal("https://schema.org", work.GetProperty("@context").GetString());
        Assert.Equal("ScholarlyArticle", work.GetProperty("@type").GetString());
        Assert.Equal(Title, work.GetProperty("headline").GetString());
        Assert.Equal(Title, work.GetProperty("name").GetString());
        Assert.Equal([SpanishTitle], work.GetProperty("alternateName").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("en", work.GetProperty("inLanguage").GetString());
        Assert.Equal("2026-08-14", work.GetProperty("datePublished").GetString());
        Assert.Equal("312", work.GetProperty("pageStart").GetString());
        Assert.Equal("313", work.GetProperty("pageEnd").GetString());
        Assert.Equal(Canonical(page), work.GetProperty("url").GetString());
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", work.GetProperty("license").GetString());
        Assert.True(work.GetProperty("isAccessibleForFree").GetBoolean());
        Assert.Equal("DOI", work.GetProperty("identifier").GetProperty("propertyID").GetString());
        Assert.Equal("10.99999/rcra.2026.0412", work.GetProperty("identifier").GetProperty("value").GetString());
        Assert.Equal("https://doi.org/10.99999/rcra.2026.0412", work.GetProperty("sameAs").GetString());
        Assert.Contains("Neck pain", work.GetProperty("keywords").EnumerateArray().Select(e => e.GetString()));
        Assert.StartsWith("Crowned dens syndrome is an acute form", work.GetProperty("abstract").GetString(), StringComparison.Ordinal);

        var issue = work.GetProperty("isPartOf");
        Assert.Equal("PublicationIssue", issue.GetProperty("@type").GetString());
        Assert.Equal("5", issue.GetProperty("issueNumber").GetString());
        var volume = issue.GetProperty("isPartOf");
        Assert.Equal("PublicationVolume", volume.GetProperty("@type").GetString());
        Assert.Equal("12", volume.GetProperty("volumeNumber").GetString());
        var journal = volume.GetProperty("isPartOf");
        Assert.Equal("Periodical", journal.GetProperty("@type").GetString());
        Assert.Equal("Revista Clínica de Reumatología y Autoinmunidad", journal.GetProperty("name").GetString());
        Assert.Equal(["0000-0027", "0000-0019"], journal.GetProperty("issn").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("Revista Demo Press", journal.GetProperty("publisher").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Json_ld_authors_are_people_with_names_orcid_affiliation_and_the_corresponding_email()
    {
        var page = await OpenCaseReportAsync();

        using var json = JsonLd(page);
        var authors = json.RootElement.GetProperty("author").EnumerateArray().ToList();
        Assert.Equal(5, authors.Count);
        var corresponding = authors[1];
        Assert.Equal("Person", corresponding.GetProperty("@type").GetString());
        Assert.Equal("Tomás Arenillas Puig", corresponding.GetProperty("name").GetString());
        Assert.Equal("Tomás", corresponding.GetProperty("givenName").GetString());
        Assert.Equal("Arenillas Puig", corresponding.GetProperty("familyName").GetString());
        Assert.Equal("ORCID", corresponding.GetProperty("identifier").GetProperty("propertyID").GetString());
        Assert.Equal("https://orcid.org/0000-0002-1825-0097", corresponding.GetProperty("identifier").GetProperty("value").GetString());
        Assert.Equal("t.arenillas@example.org", corresponding.GetProperty("email").GetString());
        var affiliation = Assert.Single(corresponding.GetProperty("affiliation").EnumerateArray());
        Assert.Equal("Organization", affiliation.GetProperty("@type").GetString());
        Assert.Equal("Unidad de Reumatología, Hospital Universitario del Río Ebrante, Ebrante, Spain", affiliation.GetProperty("name").GetString());
        Assert.False(authors[0].TryGetProperty("email", out _));
    }

    [Fact]
    public async Task Json_ld_links_the_english_and_spanish_versions_as_translations_of_each_other()
    {
        var english = await OpenCaseReportAsync();
        var (_, spanish) = await Site.GetPageAsync("/es" + new Uri(Canonical(english)).AbsolutePath);

        using var onEnglish = JsonLd(english);
        var translation = Assert.Single(onEnglish.RootElement.GetProperty("workTranslation").EnumerateArray());
        Assert.Equal("es", translation.GetProperty("inLanguage").GetString());
        Assert.Equal(Canonical(spanish), translation.GetProperty("url").GetString());
        Assert.Equal(SpanishTitle, translation.GetProperty("name").GetString());
        Assert.False(onEnglish.RootElement.TryGetProperty("translationOfWork", out _));

        using var onSpanish = JsonLd(spanish);
        Assert.Equal("es", onSpanish.RootElement.GetProperty("inLanguage").GetString());
        Assert.Equal(SpanishTitle, onSpanish.RootElement.GetProperty("headline").GetString());
        var original = onSpanish.RootElement.GetProperty("translationOfWork");
        Assert.Equal("en", original.GetProperty("inLanguage").GetString());
        Assert.Equal(Canonical(english), original.GetProperty("url").GetString());
        Assert.False(onSpanish.RootElement.TryGetProperty("workTranslation", out _));
    }

    [Fact]
    public async Task Open_graph_gives_the_page_its_locales_first_figure_and_authors()
    {
        var page = await OpenCaseReportAsync();

        var og = page.QuerySelectorAll("meta[property]").Select(m => (Name: m.GetAttribute("property")!, Content: m.GetAttribute("content")!)).ToList();
        Assert.Equal(["article"], Values(og, "og:type"));
        Assert.Equal([Title], Values(og, "og:title"));
        Assert.Equal([Canonical(page)], Values(og, "og:url"));
        Assert.Equal(["Revista Clínica de Reumatología y Autoinmunidad"], Values(og, "og:site_name"));
        Assert.Equal(["en_US"], Values(og, "og:locale"));
        Assert.Equal(["es_ES"], Values(og, "og:locale:alternate"));
        Assert.StartsWith("Crowned dens syndrome is an acute form", Assert.Single(Values(og, "og:description")), StringComparison.Ordinal);
        Assert.Equal(["2026-08-14"], Values(og, "article:published_time"));
        Assert.Equal(["Inés Valdeolmos Carrió", "https://orcid.org/0000-0002-1825-0097"], Values(og, "article:author").Take(2));
        Assert.Equal(5, Values(og, "article:author").Count);
        var image = new Uri(Assert.Single(Values(og, "og:image")));
        using var client = Site.Client();
        using var response = await client.GetAsync(image.PathAndQuery, TestContext.Current.CancellationToken);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Separate_views_describe_a_page_about_the_article_without_claiming_to_be_it()
    {
        var article = await OpenCaseReportAsync();
        var path = new Uri(Canonical(article)).AbsolutePath;

        foreach (var view in new[] { "/figures", "/figures/fig1", "/statistics", "/side-by-side" })
        {
            var (_, page) = await Site.GetPageAsync("/es" + path + view);

            Assert.Empty(page.QuerySelectorAll("meta[name^='citation_'], meta[name^='DC.']"));
            Assert.EndsWith("/es" + path + view, Canonical(page), StringComparison.Ordinal);
            using var json = JsonLd(page);
            Assert.Equal("WebPage", json.RootElement.GetProperty("@type").GetString());
            Assert.Equal(Canonical(page), json.RootElement.GetProperty("url").GetString());
            var about = json.RootElement.GetProperty("about");
            Assert.Equal("ScholarlyArticle", about.GetProperty("@type").GetString());
            Assert.Equal(Site.Address.GetLeftPart(UriPartial.Authority) + "/es" + path, about.GetProperty("url").GetString());
            Assert.Equal("10.99999/rcra.2026.0412", about.GetProperty("identifier").GetProperty("value").GetString());
            Assert.Equal("website", page.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        }
    }

    private Task<IHtmlDocument> OpenCaseReportAsync() => OpenArticleAsync(Site, "Crowned Dens Syndrome");

    internal static string Canonical(IHtmlDocument page) => page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!;

    /// <summary>The one JSON-LD block of the page, parsed.</summary>
    internal static JsonDocument JsonLd(IHtmlDocument page) =>
        JsonDocument.Parse(Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']")).TextContent);

    /// <summary>The page's meta name/content pairs whose name starts with <paramref name="prefix"/>, in document order.</summary>
    internal static List<(string Name, string Content)> Meta(IHtmlDocument page, string prefix) =>
        [.. page.Head!.QuerySelectorAll("meta[name]")
            .Select(m => (Name: m.GetAttribute("name")!, Content: m.GetAttribute("content")!))
            .Where(t => t.Name.StartsWith(prefix, StringComparison.Ordinal))];

    internal static List<string> Values(IEnumerable<(string Name, string Content)> tags, string name) =>
        [.. tags.Where(t => t.Name == name).Select(t => t.Content)];

    private static List<(string Name, string Content)> WithoutPageUrls(List<(string Name, string Content)> tags) =>
        [.. tags.Where(t => t.Name is not ("citation_abstract_html_url" or "citation_fulltext_html_url"))];
}
