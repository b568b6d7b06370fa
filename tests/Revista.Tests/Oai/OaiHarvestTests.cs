using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Revista.Articles;
using Revista.Data;
using Revista.Tests.Infrastructure;
using Revista.Tests.Web;
using Revista.Web.Oai;

namespace Revista.Tests.Oai;

/// <summary>The demo articles and the whole ../shared/corpus, imported once and served with small OAI pages so tokens are exercised.</summary>
public sealed class HarvestSiteFixture : IAsyncLifetime
{
    public const int PageSize = 25;

    public RunningSite? Site { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (SharedCorpus.Folder is not { } corpus)
            return;
        Site = await RunningSite.StartAsync(
            [corpus, RunningSite.Sample("case-report.zip"), RunningSite.Sample("editorial.xml"), RunningSite.Sample("research-article.xml")],
            services: services => services.Configure<OaiOptions>(options => options.PageSize = PageSize));
    }

    public async ValueTask DisposeAsync()
    {
        if (Site is not null)
            await Site.DisposeAsync();
    }
}

/// <summary>
/// A full harvest of demo plus corpus by a real harvester, Debian libhttp-oai-perl's oai_pmh, on loopback: every
/// published article arrives exactly once across the resumption tokens; every page of the oai_dc list is schema-valid.
/// </summary>
public sealed partial class OaiHarvestTests(HarvestSiteFixture fixture) : IClassFixture<HarvestSiteFixture>
{
    private static readonly XNamespace O = "http://www.openarchives.org/OAI/2.0/";

    [Theory]
    [InlineData("ListIdentifiers", "oai_dc")]
    [InlineData("ListRecords", "oai_dc")]
    public async Task The_oai_pmh_harvester_collects_every_article_exactly_once(string verb, string prefix)
    {
        var site = Require();
        var harvester = OaiTools.Program("oai_pmh", "libhttp-oai-perl");

        var (exit, output) = await OaiTools.RunAsync(harvester, ["-X", verb, "--metadataPrefix", prefix, new Uri(site.Address, "/oai").ToString()]);

        Assert.True(exit == 0, output.Length > 2000 ? output[..2000] : output);
        var harvested = IdentifierLine().Matches(output).Select(m => m.Groups[1].Value).ToList();
        var expected = await PublishedIdentifiersAsync(site);
        Assert.True(expected.Count > 200, $"only {expected.Count} articles were imported");
        Assert.Equal(harvested.Count, harvested.Distinct().Count());
        Assert.Equal(expected.Order(StringComparer.Ordinal), harvested.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_page_of_the_oai_dc_list_is_schema_valid_and_the_cursor_counts_the_records_sent()
    {
        var site = Require();
        using var client = site.Client();
        var query = "verb=ListRecords&metadataPrefix=oai_dc";
        var sent = 0;
        int? size = null;
        while (true)
        {
            var text = await client.GetStringAsync("/oai?" + query, TestContext.Current.CancellationToken);
            await OaiTools.AssertValidAsync(text);
            var document = XDocument.Parse(text);
            var records = document.Descendants(O + "record").Count();
            var token = document.Descendants(O + "resumptionToken").Single();
            Assert.Equal(sent, int.Parse(token.Attribute("cursor")!.Value, System.Globalization.CultureInfo.InvariantCulture));
            size ??= int.Parse(token.Attribute("completeListSize")!.Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(records <= HarvestSiteFixture.PageSize);
            sent += records;
            if (token.Value.Length == 0)
                break;
            query = "verb=ListRecords&resumptionToken=" + Uri.EscapeDataString(token.Value);
        }
        Assert.Equal(size, sent);
        Assert.Equal((await PublishedIdentifiersAsync(site)).Count, sent);
    }

    private RunningSite Require()
    {
        if (fixture.Site is null)
            Assert.Skip(SharedCorpus.MissingMessage);
        return fixture.Site;
    }

    private static async Task<List<string>> PublishedIdentifiersAsync(RunningSite site)
    {
        await using var db = RevistaDatabase.Create(new RevistaDataOptions { DataDirectory = site.DataFolder });
        var ids = await db.Articles.Published(DateOnly.FromDateTime(DateTime.UtcNow)).Select(a => a.Id).ToListAsync(TestContext.Current.CancellationToken);
        return [.. ids.Select(id => "oai:revista.localhost:" + id.ToString(System.Globalization.CultureInfo.InvariantCulture))];
    }

    // oai_pmh ends each record with a form feed (\f), right after the metadata's closing tag when there is metadata.
    [GeneratedRegex(@"(?:^|\f)identifier: (\S+)$", RegexOptions.Multiline)]
    private static partial Regex IdentifierLine();
}
