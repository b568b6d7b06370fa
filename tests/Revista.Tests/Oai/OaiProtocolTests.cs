using System.Xml.Linq;
using Revista.Jats;
using Revista.Oai;
using Revista.Tests.Web;

namespace Revista.Tests.Oai;

/// <summary>
/// /oai on the real web host over the bilingual demo case report: every verb and every error code, each response
/// validated by xmllint against the official OAI-PMH 2.0 schema (and oai_dc strictly).
/// </summary>
public sealed class OaiProtocolTests(DemoSiteFixture fixture) : IClassFixture<DemoSiteFixture>
{
    private static readonly XNamespace O = "http://www.openarchives.org/OAI/2.0/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Marc = OaiTools.MarcNamespace;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("verb=Identify")]
    [InlineData("verb=ListMetadataFormats")]
    [InlineData("verb=ListMetadataFormats&identifier={id}")]
    [InlineData("verb=ListSets")]
    [InlineData("verb=ListIdentifiers&metadataPrefix=oai_dc")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2000-01-01&until=2999-12-31")]
    [InlineData("verb=GetRecord&identifier={id}&metadataPrefix=oai_dc")]
    public async Task Every_verb_answers_with_a_schema_valid_response(string query)
    {
        var (text, document) = await GetAsync(query.Replace("{id}", Uri.EscapeDataString(await IdentifierAsync()), StringComparison.Ordinal));

        await OaiTools.AssertValidAsync(text);
        Assert.Empty(document.Descendants(O + "error"));
        // §3.2: a request without errors echoes its arguments.
        Assert.Equal(query.Split('&')[0]["verb=".Length..], document.Root!.Element(O + "request")!.Attribute("verb")?.Value);
    }

    [Theory]
    [InlineData("", OaiError.BadVerb)]
    [InlineData("verb=Harvest", OaiError.BadVerb)]
    [InlineData("verb=Identify&verb=ListSets", OaiError.BadVerb)]
    [InlineData("verb=Identify&metadataPrefix=oai_dc", OaiError.BadArgument)]
    [InlineData("verb=ListRecords", OaiError.BadArgument)]
    [InlineData("verb=GetRecord&metadataPrefix=oai_dc", OaiError.BadArgument)]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=jats", OaiError.BadArgument)]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2020-01-01&until=2020-12-31T00:00:00Z", OaiError.BadArgument)]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2020-02-30", OaiError.BadArgument)]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2020-01-01T00:00:00", OaiError.BadArgument)]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2021-01-01&until=2020-01-01", OaiError.BadArgument)]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=abc", OaiError.BadArgument)]
    [InlineData("verb=ListRecords&resumptionToken=abc", OaiError.BadResumptionToken)]
    [InlineData("verb=ListIdentifiers&resumptionToken=MQptYXJj", OaiError.BadResumptionToken)]
    [InlineData("verb=ListSets&resumptionToken=abc", OaiError.BadResumptionToken)]
    [InlineData("verb=ListRecords&metadataPrefix=mods", OaiError.CannotDisseminateFormat)]
    [InlineData("verb=GetRecord&identifier={id}&metadataPrefix=mods", OaiError.CannotDisseminateFormat)]
    [InlineData("verb=GetRecord&identifier=oai:revista.localhost:999999&metadataPrefix=oai_dc", OaiError.IdDoesNotExist)]
    [InlineData("verb=GetRecord&identifier=oai:elsewhere.org:1&metadataPrefix=oai_dc", OaiError.IdDoesNotExist)]
    [InlineData("verb=ListMetadataFormats&identifier=urn:x:1", OaiError.IdDoesNotExist)]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&set=no-such-journal", OaiError.NoRecordsMatch)]
    [InlineData("verb=ListIdentifiers&metadataPrefix=oai_dc&from=2999-01-01", OaiError.NoRecordsMatch)]
    public async Task Errors_carry_the_code_of_the_problem(string query, string code)
    {
        var (text, document) = await GetAsync(query.Replace("{id}", Uri.EscapeDataString(await IdentifierAsync()), StringComparison.Ordinal));

        await OaiTools.AssertValidAsync(text);
        Assert.Equal([code], document.Descendants(O + "error").Select(e => e.Attribute("code")?.Value));
        // §3.2: after badVerb or badArgument the request element holds the base URL only.
        var request = document.Root!.Element(O + "request")!;
        Assert.Equal(code is OaiError.BadVerb or OaiError.BadArgument, !request.HasAttributes);
        Assert.EndsWith("/oai", request.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Both_a_bad_format_and_an_unknown_identifier_are_reported()
    {
        var (text, document) = await GetAsync("verb=GetRecord&identifier=oai:revista.localhost:999999&metadataPrefix=mods");

        await OaiTools.AssertValidAsync(text);
        Assert.Equal([OaiError.CannotDisseminateFormat, OaiError.IdDoesNotExist], document.Descendants(O + "error").Select(e => e.Attribute("code")?.Value));
    }

    [Fact]
    public async Task Identify_declares_seconds_granularity_persistent_deletions_and_the_identifier_scheme()
    {
        var (_, document) = await GetAsync("verb=Identify");

        var identify = document.Root!.Element(O + "Identify")!;
        Assert.Equal("YYYY-MM-DDThh:mm:ssZ", identify.Element(O + "granularity")?.Value);
        Assert.Equal("persistent", identify.Element(O + "deletedRecord")?.Value);
        Assert.Equal("2.0", identify.Element(O + "protocolVersion")?.Value);
        Assert.Equal(new Uri(fixture.Site.Address, "/oai").ToString(), identify.Element(O + "baseURL")?.Value);
        XNamespace id = "http://www.openarchives.org/OAI/2.0/oai-identifier";
        var description = identify.Descendants(id + "oai-identifier").Single();
        Assert.Equal("revista.localhost", description.Element(id + "repositoryIdentifier")?.Value);
        Assert.StartsWith("oai:revista.localhost:", await IdentifierAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_with_a_form_body_answers_as_get_does()
    {
        using var client = fixture.Site.Client();
        using var form = new FormUrlEncodedContent([new("verb", "ListIdentifiers"), new("metadataPrefix", "oai_dc")]);
        using var response = await client.PostAsync("/oai", form, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);

        var (_, get) = await GetAsync("verb=ListIdentifiers&metadataPrefix=oai_dc");
        await OaiTools.AssertValidAsync(text);
        Assert.Equal(
            get.Descendants(O + "header").Select(h => h.ToString()),
            XDocument.Parse(text).Descendants(O + "header").Select(h => h.ToString()));
    }

    [Fact]
    public async Task Oai_dc_tags_titles_abstracts_and_keywords_with_their_language_and_links_the_doi()
    {
        var (_, document) = await GetAsync($"verb=GetRecord&metadataPrefix=oai_dc&identifier={await IdentifierAsync()}");

        var dc = document.Descendants(O + "metadata").Single().Elements().Single();
        Assert.Equal(["en", "es"], dc.Elements(Dc + "title").Select(t => t.Attribute(XNamespace.Xml + "lang")?.Value));
        Assert.Equal(["en", "es"], dc.Elements(Dc + "description").Select(t => t.Attribute(XNamespace.Xml + "lang")?.Value));
        Assert.Contains(dc.Elements(Dc + "subject"), s => s.Attribute(XNamespace.Xml + "lang")?.Value == "es");
        Assert.All(dc.Elements(Dc + "creator"), c => Assert.Matches(@"^[^,]+, [^,]+$", c.Value));
        Assert.Contains(dc.Elements(Dc + "identifier"), i => i.Value.StartsWith("https://doi.org/10.", StringComparison.Ordinal));
        Assert.Contains(dc.Elements(Dc + "identifier"), i => i.Value.StartsWith(fixture.Site.Address.ToString().TrimEnd('/'), StringComparison.Ordinal));
        Assert.Equal(["en", "es"], dc.Elements(Dc + "language").Select(l => l.Value));
        Assert.Contains(dc.Elements(Dc + "rights"), r => r.Value.StartsWith("https://creativecommons.org/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Jats_record_is_the_stored_article_body_included_and_valid_against_the_jats_xsd()
    {
        var identifier = await IdentifierAsync();
        var (text, document) = await GetAsync($"verb=GetRecord&metadataPrefix=jats&identifier={identifier}");
        var articlePath = document.Descendants(O + "header").Single().Element(O + "setSpec")!.Value + "/articles/" + identifier[(identifier.LastIndexOf(':') + 1)..] + "/article.xml";
        using var client = fixture.Site.Client();
        var stored = JatsXml.Parse(await client.GetByteArrayAsync("/" + articlePath, Ct), "stored").Root!;

        await OaiTools.AssertValidAsync(text, anyPayload: true);
        var payload = document.Descendants(O + "metadata").Single().Elements().Single();
        Assert.Equal(XName.Get("article", OaiTools.JatsNamespace), payload.Name);
        Assert.Single(payload.Elements(XName.Get("body", OaiTools.JatsNamespace)));
        var unqualified = OaiTools.WithoutNamespace(payload, OaiTools.JatsNamespace);
        unqualified.Attributes().Where(a => a.IsNamespaceDeclaration || a.Name.Namespace == "http://www.w3.org/2001/XMLSchema-instance").Remove();
        stored.Attributes().Where(a => a.IsNamespaceDeclaration).Remove();
        Assert.Equal(stored.ToString(SaveOptions.DisableFormatting), unqualified.ToString(SaveOptions.DisableFormatting));
        var (exit, output) = await OaiTools.ValidateAsync(unqualified.ToString(SaveOptions.DisableFormatting), OaiTools.JatsSchema());
        Assert.True(exit == 0, output);
    }

    [Fact]
    public async Task Marcxml_record_carries_leader_title_authors_abstracts_doi_and_link()
    {
        var (text, document) = await GetAsync($"verb=GetRecord&metadataPrefix=marcxml&identifier={await IdentifierAsync()}");

        await OaiTools.AssertValidAsync(text, anyPayload: true);
        var record = document.Descendants(Marc + "record").Single();
        Assert.Equal(24, record.Element(Marc + "leader")!.Value.Length);
        string? Sub(string tag, string code) =>
            record.Elements(Marc + "datafield").FirstOrDefault(f => f.Attribute("tag")?.Value == tag)?
                .Elements(Marc + "subfield").FirstOrDefault(s => s.Attribute("code")?.Value == code)?.Value;
        Assert.StartsWith("Crowned Dens Syndrome", Sub("245", "a"), StringComparison.Ordinal);
        Assert.Matches(@"^[^,]+, [^,]+$", Sub("100", "a"));
        Assert.StartsWith("10.", Sub("024", "a"), StringComparison.Ordinal);
        Assert.Equal("doi", Sub("024", "2"));
        Assert.NotNull(Sub("520", "a"));
        Assert.NotNull(Sub("856", "u"));
        Assert.Contains(record.Elements(Marc + "datafield"), f => f.Attribute("tag")?.Value == "700");
    }

    [Fact]
    public async Task Every_record_lists_in_every_format_in_a_valid_envelope()
    {
        foreach (var prefix in OaiMetadataFormats.All.Select(f => f.Prefix))
        {
            var (text, document) = await GetAsync("verb=ListRecords&metadataPrefix=" + prefix);
            await OaiTools.AssertValidAsync(text, anyPayload: prefix != "oai_dc");
            Assert.All(document.Descendants(O + "record"), r => Assert.Single(r.Elements(O + "metadata")));
        }
    }

    private async Task<string> IdentifierAsync()
    {
        var (_, document) = await GetAsync("verb=ListIdentifiers&metadataPrefix=oai_dc");
        return document.Descendants(O + "identifier").First().Value;
    }

    private async Task<(string Text, XDocument Document)> GetAsync(string query)
    {
        using var client = fixture.Site.Client();
        using var response = await client.GetAsync("/oai?" + query, Ct);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/xml", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        var text = await response.Content.ReadAsStringAsync(Ct);
        return (text, XDocument.Parse(text, LoadOptions.PreserveWhitespace));
    }
}
