using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Revista.Articles;
using Revista.Citations;
using Revista.Data;
using static Revista.Tests.Web.Articles.ArticleMetadataTests;
using static Revista.Tests.Web.Articles.ArticlePageTests;

namespace Revista.Tests.Web.Articles;

/// <summary>The Cite box of the article page: each offered CSL style, chosen without script, in the interface language.</summary>
public sealed partial class ArticleCiteBoxTests(DemoSiteFixture demo) : IClassFixture<DemoSiteFixture>
{
    private static readonly string[] Styles = ["nlm-citation-sequence", "apa", "american-medical-association", "chicago-author-date", "harvard-cite-them-right"];

    private RunningSite Site => demo.Site;

    [Theory]
    [InlineData("", "en-US")]
    [InlineData("/es", "es-ES")]
    public async Task Each_style_shows_what_the_csl_processor_formats_for_the_article_in_the_interface_language(string prefix, string locale)
    {
        var english = await OpenArticleAsync(Site, "Crowned Dens Syndrome");
        var (_, page) = await Site.GetPageAsync(prefix + new Uri(Canonical(english)).AbsolutePath);
        var items = await CaseReportItemsAsync();

        var entries = page.QuerySelectorAll("#cite .cite-entry");
        Assert.Equal(Styles, entries.Select(e => e.GetAttribute("data-style")));
        foreach (var entry in entries)
        {
            var expected = CslCatalog.Processor(entry.GetAttribute("data-style")!, locale).Bibliography(items).Entries[0].Text;
            Assert.Equal(LeadingNumber().Replace(expected, ""), entry.TextContent.Trim());
        }
        Assert.Contains("Arenillas Puig", entries[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_spanish_interface_cites_with_spanish_terms()
    {
        var english = await OpenArticleAsync(Site, "Crowned Dens Syndrome");
        var (_, spanish) = await Site.GetPageAsync("/es" + new Uri(Canonical(english)).AbsolutePath);

        var englishApa = english.QuerySelector("#cite .cite-entry[data-style=apa]")!.TextContent;
        var spanishApa = spanish.QuerySelector("#cite .cite-entry[data-style=apa]")!.TextContent;
        Assert.NotEqual(englishApa, spanishApa);
        Assert.Equal("Citar este artículo", spanish.QuerySelector("#cite summary")!.TextContent.Trim());
        Assert.Equal("Estilo de cita", spanish.QuerySelector("#cite legend")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_style_menu_is_a_labelled_radio_group_with_the_journal_style_chosen()
    {
        var page = await OpenArticleAsync(Site, "Crowned Dens Syndrome");

        var box = page.QuerySelector("details#cite")!;
        var radios = box.QuerySelectorAll("fieldset input[type=radio][name=cite-style]");
        Assert.Equal(Styles, radios.Select(r => r.GetAttribute("value")));
        Assert.Equal("nlm-citation-sequence", Assert.Single(radios, r => r.HasAttribute("checked")).GetAttribute("value"));
        foreach (var radio in radios)
        {
            var label = box.QuerySelector($"label[for='{radio.Id}']");
            Assert.False(string.IsNullOrWhiteSpace(label?.TextContent));
        }
        Assert.Equal(["Vancouver", "APA", "AMA", "Chicago", "Harvard"], box.QuerySelectorAll("label").Select(l => l.TextContent));
    }

    // The article as CSL-JSON, built from its rows the way every export builds it.
    private async Task<IReadOnlyList<CslItem>> CaseReportItemsAsync()
    {
        await using var db = RevistaDatabase.Create(new RevistaDataOptions { DataDirectory = Site.DataFolder });
        var article = await db.Articles.AsNoTracking()
            .Include(a => a.Journal).Include(a => a.Issue).Include(a => a.Contributors)
            .SingleAsync(a => a.Doi == "10.99999/rcra.2026.0412", TestContext.Current.CancellationToken);
        var authors = article.Contributors
            .Where(c => c.SubArticleId == null && c.ContribType == Contributor.Author)
            .OrderBy(c => c.Position);
        var record = CitationRecords.FromArticle(article, authors, null, [], null, null);
        return CslItem.ParseJson(CslJsonWriter.Write([record]), "case report");
    }

    [GeneratedRegex(@"^\d+\.\s+")]
    private static partial Regex LeadingNumber();
}
