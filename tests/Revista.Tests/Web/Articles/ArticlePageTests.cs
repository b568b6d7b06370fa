using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Revista.Tests.Web.Articles;

/// <summary>The article page of the demo case report holds every element of the reference page, in English and Spanish.</summary>
public sealed class ArticlePageTests(DemoSiteFixture demo) : IClassFixture<DemoSiteFixture>
{
    private RunningSite Site => demo.Site;

    [Fact]
    public async Task Shows_the_journal_issue_line_section_and_access_badge()
    {
        var page = await OpenCaseReportAsync();

        var header = page.QuerySelector(".article-header")!;
        var journal = header.QuerySelector(".journal-line a")!;
        Assert.Equal("Revista Clínica de Reumatología y Autoinmunidad", journal.TextContent);
        Assert.Equal("/rev-clin-reumatol-autoinmun", journal.GetAttribute("href"));
        Assert.Equal("Vol. 12. Issue 5. Pages 312–313 (September - October 2026)", Text(header.QuerySelector(".issue-line")));
        Assert.Equal("Images in Clinical Practice", Text(header.QuerySelector(".section-heading")));
        Assert.Equal("Open access", Text(header.QuerySelector(".access .badge-open")));
        Assert.Equal("CC BY 4.0", Text(header.QuerySelector(".access .badge-cc")));
    }

    [Fact]
    public async Task Shows_the_title_with_the_translated_title_beneath_and_no_invented_visit_count()
    {
        var page = await OpenCaseReportAsync();

        var title = page.QuerySelector("h1#article-title")!;
        Assert.Equal("Crowned Dens Syndrome Presenting as Acute Febrile Neck Pain in an Older Woman", Text(title));
        var translated = title.NextElementSibling!;
        Assert.Equal("trans-title", translated.ClassName);
        Assert.Equal("es", translated.GetAttribute("lang"));
        Assert.StartsWith("Síndrome de la odontoides coronada", Text(translated), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".visits")); // never counted: no number rather than an unmeasured zero
        Assert.Single(page.QuerySelectorAll("h1"));
    }

    [Fact]
    public async Task Lists_the_authors_in_order_with_affiliation_letters_orcid_and_the_corresponding_email()
    {
        var page = await OpenCaseReportAsync();

        var authors = page.QuerySelectorAll(".authors > li");
        Assert.Equal(
            ["Inés Valdeolmos Carrió", "Tomás Arenillas Puig", "Clara Busquets Ondarra", "Martí Ferrer Aldecoa", "Nuria Escartín Lobo"],
            authors.Select(a => Text(a.QuerySelector(".name"))));
        Assert.Equal(["a", "b", "b", "b", "b"], authors.Select(a => Text(a.QuerySelector("sup.aff-ref"))));
        var corresponding = Assert.Single(authors, a => a.QuerySelector(".corresp") is not null);
        Assert.Equal("mailto:t.arenillas@example.org", corresponding.QuerySelector(".corresp a")!.GetAttribute("href"));
        Assert.Equal("https://orcid.org/0000-0002-1825-0097", corresponding.QuerySelector("a.orcid")!.GetAttribute("href"));
        Assert.Single(page.QuerySelectorAll(".authors a.orcid"));
    }

    [Fact]
    public async Task Lists_the_affiliations_by_letter_and_the_author_notes()
    {
        var page = await OpenCaseReportAsync();

        var affiliations = page.QuerySelectorAll(".affiliations li").Select(Text).ToList();
        Assert.Equal(2, affiliations.Count);
        Assert.StartsWith("a Servicio de Medicina Interna, Hospital Comarcal de Villaserena", affiliations[0], StringComparison.Ordinal);
        Assert.StartsWith("b Unidad de Reumatología", affiliations[1], StringComparison.Ordinal);
        var notes = Text(page.QuerySelector(".author-notes"));
        Assert.Contains("no conflicts of interest", notes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_page_navigation_mirrors_the_reference_tabs_and_every_anchor_exists()
    {
        var page = await OpenCaseReportAsync();

        var links = page.QuerySelectorAll("nav.article-toc a").ToList();
        Assert.Equal(["Article information", "Abstract", "Full text", "Bibliography", "Statistics", "Figures (2)", "All figures and tables"], links.Select(Text));
        foreach (var link in links.Where(l => l.GetAttribute("href")!.StartsWith('#')))
        {
            var id = link.GetAttribute("href")!.TrimStart('#');
            Assert.NotNull(page.GetElementById(id));
        }
        Assert.Equal("ref-list", page.GetElementById(links[3].GetAttribute("href")![1..])!.ClassName);
    }

    [Fact]
    public async Task Shows_the_abstract_and_keywords_then_the_full_text_with_figures_and_linked_references()
    {
        var page = await OpenCaseReportAsync();

        Assert.StartsWith("Crowned dens syndrome is an acute form", Text(page.QuerySelector("#abstract .abstract")), StringComparison.Ordinal);
        Assert.Equal(
            ["Crowned dens syndrome", "Calcium pyrophosphate deposition disease", "Neck pain", "Computed tomography"],
            page.QuerySelectorAll("#abstract .keywords li").Select(Text));
        var fullText = page.QuerySelector("#full-text")!;
        Assert.Equal(2, fullText.QuerySelectorAll("figure.fig img[alt][width][height]").Length);
        Assert.Equal(7, fullText.QuerySelectorAll(".ref-list li.ref").Length);
        Assert.Contains(fullText.QuerySelectorAll(".ref-list a"), a => a.GetAttribute("href") == "https://doi.org/10.99999/ijmi.2021.0201");
        Assert.Contains(fullText.QuerySelectorAll(".ref-list a"), a => a.GetAttribute("href") == "https://pubmed.ncbi.nlm.nih.gov/99999001/");
        foreach (var citation in fullText.QuerySelectorAll("a.xref-bibr"))
            Assert.NotNull(page.GetElementById(citation.GetAttribute("href")![1..]));
    }

    [Fact]
    public async Task Cites_the_article_in_vancouver_style_through_the_csl_processor_and_gives_its_information()
    {
        var page = await OpenCaseReportAsync();

        Assert.Equal(
            "Valdeolmos Carrió I, Arenillas Puig T, Busquets Ondarra C, Ferrer Aldecoa M, Escartín Lobo N. "
            + "Crowned Dens Syndrome Presenting as Acute Febrile Neck Pain in an Older Woman. Rev Clin Reumatol Autoinmun. "
            + "2026 Aug 14;12(5):312–3. doi:10.99999/rcra.2026.0412",
            Text(page.QuerySelector(".cite-as .citation")));
        var facts = Facts(page);
        Assert.Equal("2 March 2026", facts["Received"]);
        Assert.Equal("19 May 2026", facts["Accepted"]);
        Assert.Equal("14 August 2026", facts["Published"]);
        Assert.Equal("https://doi.org/10.99999/rcra.2026.0412", facts["DOI"]);
        Assert.StartsWith("CC BY 4.0", facts["Licence"], StringComparison.Ordinal);
        Assert.Equal("Copyright © 2026 The Authors", facts["Copyright"]);
        Assert.Equal("https://doi.org/10.99999/rcra.2026.0412", page.QuerySelector(".facts a[href^='https://doi.org/']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_spanish_url_shows_the_spanish_translation_with_a_spanish_interface()
    {
        var english = await OpenCaseReportAsync();
        var spanishLink = english.QuerySelector(".tools a[hreflang=es]")!.GetAttribute("href")!;

        var (status, page) = await Site.GetPageAsync(spanishLink);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.StartsWith("Síndrome de la odontoides coronada", Text(page.QuerySelector("h1#article-title")), StringComparison.Ordinal);
        Assert.Equal("Crowned Dens Syndrome Presenting as Acute Febrile Neck Pain in an Older Woman", Text(page.QuerySelector(".trans-title[lang=en]")));
        Assert.StartsWith("El síndrome de la odontoides coronada", Text(page.QuerySelector("#abstract .abstract")), StringComparison.Ordinal);
        Assert.Contains("Cervicalgia", page.QuerySelectorAll("#abstract .keywords li").Select(Text));
        Assert.StartsWith("Mujer de 79 años", Text(page.QuerySelector("#full-text p")), StringComparison.Ordinal);
        Assert.Equal(
            ["Información del artículo", "Resumen", "Texto completo", "Bibliografía", "Estadísticas", "Figuras (2)", "Todas las figuras y tablas"],
            page.QuerySelectorAll("nav.article-toc a").Select(Text));
        Assert.Equal("Vol. 12. Núm. 5. Páginas 312–313 (septiembre - octubre 2026)", Text(page.QuerySelector(".issue-line")));
        Assert.Equal("Imágenes en la práctica clínica", Text(page.QuerySelector(".section-heading")));
        Assert.Equal("2 de marzo de 2026", Facts(page)["Recibido"]);
        // The translation points at the original's figures and references; each of its links must land on the page.
        foreach (var link in page.QuerySelectorAll("#full-text a[href^='#']"))
            Assert.NotNull(page.GetElementById(link.GetAttribute("href")![1..]));
    }

    [Fact]
    public async Task Each_language_version_lists_every_other_as_an_hreflang_alternate()
    {
        var page = await OpenCaseReportAsync();

        var alternates = page.QuerySelectorAll("head link[rel=alternate][hreflang]")
            .ToDictionary(l => l.GetAttribute("hreflang")!, l => new Uri(l.GetAttribute("href")!).AbsolutePath);
        var path = new Uri(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!).AbsolutePath;
        Assert.Equal(path, alternates["en"]);
        Assert.Equal("/es" + path, alternates["es"]);
        Assert.Equal(path, alternates["x-default"]);
    }

    [Fact]
    public async Task The_head_carries_the_google_scholar_citation_tags()
    {
        var page = await OpenCaseReportAsync();

        string Meta(string name) => page.QuerySelector($"head meta[name={name}]")!.GetAttribute("content")!;
        Assert.Equal("Crowned Dens Syndrome Presenting as Acute Febrile Neck Pain in an Older Woman", Meta("citation_title"));
        Assert.Equal(
            ["Valdeolmos Carrió, Inés", "Arenillas Puig, Tomás", "Busquets Ondarra, Clara", "Ferrer Aldecoa, Martí", "Escartín Lobo, Nuria"],
            page.QuerySelectorAll("head meta[name=citation_author]").Select(m => m.GetAttribute("content")));
        Assert.Equal("10.99999/rcra.2026.0412", Meta("citation_doi"));
        Assert.Equal(("12", "5", "312", "313"), (Meta("citation_volume"), Meta("citation_issue"), Meta("citation_firstpage"), Meta("citation_lastpage")));
        Assert.Equal("2026/08/14", Meta("citation_publication_date"));
    }

    [Fact]
    public async Task An_unknown_article_is_a_404_page()
    {
        var (status, page) = await Site.GetPageAsync("/rev-clin-reumatol-autoinmun/articles/999999");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("Page not found", Text(page.QuerySelector("h1")));
    }

    internal static async Task<IHtmlDocument> OpenArticleAsync(RunningSite site, string titleStart, string language = "")
    {
        var (_, home) = await site.GetPageAsync(language + "/");
        var journal = home.QuerySelector("ol.journals a")!.GetAttribute("href")!;
        var (_, journalPage) = await site.GetPageAsync(journal);
        var article = journalPage.QuerySelectorAll("a").First(a => a.TextContent.StartsWith(titleStart, StringComparison.Ordinal));
        var (status, page) = await site.GetPageAsync(article.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, status);
        return page;
    }

    private Task<IHtmlDocument> OpenCaseReportAsync() => OpenArticleAsync(Site, "Crowned Dens Syndrome");

    private static Dictionary<string, string> Facts(IHtmlDocument page) =>
        page.QuerySelectorAll(".facts dt").ToDictionary(Text, dt => Text(dt.NextElementSibling));

    internal static string Text(IElement? element) =>
        string.Join(' ', (element?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
