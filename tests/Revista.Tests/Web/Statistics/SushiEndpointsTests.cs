using System.Net;
using System.Text.Json.Nodes;
using Revista.Tests.Statistics;

namespace Revista.Tests.Web.Statistics;

/// <summary>The SUSHI API under /r51 on the running site: answers a SUSHI client can harvest, and its refusals.</summary>
public sealed class SushiEndpointsTests(SushiSiteFixture fixture) : IClassFixture<SushiSiteFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpStatusCode Status, JsonNode Json, string? MediaType)> GetAsync(string path)
    {
        using var client = fixture.Site.Client();
        using var response = await client.GetAsync(path, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        return (response.StatusCode, JsonNode.Parse(text)!, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Status_members_and_report_list_answer_without_an_api_key_and_validate()
    {
        var status = await GetAsync("/r51/status");
        var members = await GetAsync("/r51/members?customer_id=anonymous");
        var reports = await GetAsync("/r51/reports?customer_id=anonymous");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], new[] { status.Status, members.Status, reports.Status });
        Assert.Equal("application/json", status.MediaType);
        Assert.True((bool)status.Json[0]!["Service_Active"]!);
        Assert.Equal("anonymous", (string?)members.Json[0]!["Customer_ID"]);
        Assert.Equal(["PR", "PR_P1", "TR", "TR_J3", "IR", "IR_A1"], reports.Json.AsArray().Select(r => (string?)r!["Report_ID"]));
        Assert.Equal("2025-01", (string?)reports.Json[0]!["First_Month_Available"]);
        Assert.Equal("/r51/reports/tr_j3", (string?)reports.Json[3]!["Path"]);
        await SushiSchema.AssertValidAsync(
            ("status", SushiSchema.Response("200_Status"), status.Json),
            ("members", SushiSchema.Response("200_Members"), members.Json),
            ("reports", SushiSchema.Response("200_Reports"), reports.Json));
    }

    [Fact]
    public async Task The_journal_usage_by_access_type_gives_the_seeded_numbers_in_two_queries()
    {
        fixture.Site.ResetCommandCount();
        var (status, json, _) = await GetAsync("/r51/reports/tr_j3?customer_id=anonymous&begin_date=2025-01&end_date=2025-02");
        var commands = fixture.Site.CommandCount;

        Assert.Equal(HttpStatusCode.OK, status);
        var journal = json["Report_Items"]!.AsArray().Single()!;
        Assert.Equal("0000-0027", (string?)journal["Item_ID"]!["Online_ISSN"]);
        var byAccess = journal["Attribute_Performance"]!.AsArray().ToDictionary(a => (string)a!["Access_Type"]!, a => a!["Performance"]!);
        Assert.Equal("""{"2025-01":6,"2025-02":4}""", byAccess["Free_To_Read"]["Total_Item_Investigations"]!.ToJsonString());
        Assert.Equal("""{"2025-01":2,"2025-02":2}""", byAccess["Free_To_Read"]["Unique_Item_Requests"]!.ToJsonString());
        Assert.Equal("""{"2025-02":3}""", byAccess["Open"]["Unique_Item_Investigations"]!.ToJsonString());
        Assert.True(commands <= 2, $"{commands} SQL commands for one report");
        await SushiSchema.AssertValidAsync(("TR_J3", SushiSchema.Schema("TR_J3"), json));
    }

    [Fact]
    public async Task The_item_report_over_http_validates_and_counts_each_article()
    {
        var (status, json, _) = await GetAsync(
            "/r51/reports/ir?customer_id=anonymous&begin_date=2025-01&end_date=2025-02&include_parent_details=True&attributes_to_show=Authors%7CPublication_Date%7CAccess_Type&granularity=Total");

        Assert.Equal(HttpStatusCode.OK, status);
        var items = json["Report_Items"]![0]!["Items"]!.AsArray();
        var research = items.Single(i => (string?)i!["Item_ID"]!["DOI"] == SushiSiteFixture.ResearchDoi)!;
        Assert.Equal("""{"2025-01":10}""", research["Attribute_Performance"]![0]!["Performance"]!["Total_Item_Investigations"]!.ToJsonString());
        Assert.Equal(3, research["Authors"]!.AsArray().Count);
        await SushiSchema.AssertValidAsync(("IR", SushiSchema.Schema("IR"), json));
    }

    [Fact]
    public async Task The_current_month_is_refused_with_3020_and_http_400()
    {
        var month = DateTime.UtcNow.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

        var (status, json, _) = await GetAsync($"/r51/reports/pr?customer_id=anonymous&begin_date={month}&end_date={month}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(3020, (int)json["Code"]!);
        await SushiSchema.AssertValidAsync(("3020", SushiSchema.Response("400_Exception"), json));
    }

    [Fact]
    public async Task Bad_dates_unknown_customers_and_missing_customers_are_refused_as_the_spec_says()
    {
        var badDate = await GetAsync("/r51/reports/tr?customer_id=anonymous&begin_date=2025-02-30&end_date=2025-03");
        var unknown = await GetAsync("/r51/reports/tr?customer_id=someone&begin_date=2025-01&end_date=2025-02");
        var missing = await GetAsync("/r51/reports/tr?begin_date=2025-01&end_date=2025-02");
        var members = await GetAsync("/r51/members?customer_id=someone");

        Assert.Equal((HttpStatusCode.BadRequest, 3020), (badDate.Status, (int)badDate.Json["Code"]!));
        Assert.Equal((HttpStatusCode.Forbidden, 2010), (unknown.Status, (int)unknown.Json["Code"]!));
        Assert.Equal((HttpStatusCode.BadRequest, 1030), (missing.Status, (int)missing.Json["Code"]!));
        Assert.Equal((HttpStatusCode.Forbidden, 2010), (members.Status, (int)members.Json["Code"]!));
        await SushiSchema.AssertValidAsync(
            ("3020", SushiSchema.Response("400_Exception"), badDate.Json),
            ("2010", SushiSchema.Response("403_Exception"), unknown.Json),
            ("1030", SushiSchema.Response("400_Exception"), missing.Json));
    }

    [Fact]
    public async Task A_bad_filter_is_ignored_and_reported_in_the_header()
    {
        var (status, json, _) = await GetAsync("/r51/reports/tr?customer_id=anonymous&begin_date=2025-01&end_date=2025-02&access_type=Paywalled");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(3060, (int)json["Report_Header"]!["Exceptions"]![0]!["Code"]!);
        Assert.Single(json["Report_Items"]!.AsArray());
        await SushiSchema.AssertValidAsync(("TR", SushiSchema.Schema("TR"), json));
    }

    [Fact]
    public async Task A_report_this_platform_does_not_serve_is_not_found()
    {
        var (status, json, _) = await GetAsync("/r51/reports/tr_b1?customer_id=anonymous&begin_date=2025-01&end_date=2025-02");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("/r51/reports", (string?)json["Data"], StringComparison.Ordinal);
    }
}
