using System.Text.Json.Nodes;
using Revista.Articles;
using Revista.Journals;
using Revista.Statistics;
using Revista.Statistics.Counter;
using Revista.Tests.Infrastructure;
using Revista.Tests.Oai;

namespace Revista.Tests.Statistics.Counter;

/// <summary>
/// COUNTER R5.1 reports built from seeded monthly totals: exact numbers, attributes, filters, Exceptions, schema
/// validity and the tabular layout of the samples. Two journals; a1 (open, 2024) and a2 (free, 2025) in Anales,
/// b1 (open, 2025) in Boletín; usage January to March 2025, plus December 2024 that no report of 2025 may count.
/// </summary>
public abstract class CounterReportTests : MigratedDatabaseTests
{
    private const string Platform = "Revista Test";
    private static readonly DateOnly Today = new(2026, 6, 15);
    private int _anales;
    private int _a1;
    private int _a2;
    private int _b1;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Database.CreateContext();
        var anales = new Journal { Slug = "anales", Title = "Anales de Prueba", Publisher = "Prensa de Prueba", PrintIssn = "0000-0019", ElectronicIssn = "0000-0027" };
        var boletin = new Journal { Slug = "boletin", Title = "Boletín de Ensayo" };
        var a1 = new Article
        {
            Journal = anales,
            Title = "Primer artículo",
            Doi = "10.99999/an.1",
            DoiKey = "10.99999/an.1",
            AccessStatus = Article.OpenAccess,
            PublishedOn = new DateOnly(2024, 5, 10),
            Contributors =
            [
                new Contributor { Position = 1, DisplayName = "Ana Abreu", Orcid = "https://orcid.org/0000-0002-1825-0097" },
                new Contributor { Position = 2, DisplayName = "Bea Brito" },
            ],
        };
        var a2 = new Article { Journal = anales, Title = "Segundo artículo", Doi = "10.99999/an.2", DoiKey = "10.99999/an.2", AccessStatus = Article.FreeAccess, PublishedOn = new DateOnly(2025, 2, 1) };
        var b1 = new Article { Journal = boletin, Title = "Tercer artículo", AccessStatus = Article.OpenAccess, PublishedOn = new DateOnly(2025, 1, 15) };
        db.Articles.AddRange(a1, a2, b1);
        await db.SaveChangesAsync(Ct);
        (_anales, _a1, _a2, _b1) = (anales.Id, a1.Id, a2.Id, b1.Id);
        UsageSeed.AddMonth(db, a1.Id, anales.Id, "2024-12", 100, 100, 100, 100);
        UsageSeed.AddMonth(db, a1.Id, anales.Id, "2025-01", 10, 8, 4, 3);
        UsageSeed.AddMonth(db, a1.Id, anales.Id, "2025-02", 5, 5, 0, 0);
        UsageSeed.AddMonth(db, a2.Id, anales.Id, "2025-02", 7, 6, 3, 3);
        UsageSeed.AddMonth(db, a2.Id, anales.Id, "2025-03", 2, 2, 1, 1);
        UsageSeed.AddMonth(db, b1.Id, boletin.Id, "2025-03", 4, 3, 2, 2);
        await db.SaveChangesAsync(Ct);
        await UsageTitleMonth.RebuildAllAsync(db, Ct);
    }

    private async Task<CounterReport> BuildAsync(string reportId, string query)
    {
        var parameters = query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2)).Select(p => KeyValuePair.Create(p[0], Uri.UnescapeDataString(p[1]))).ToList();
        var (request, refused) = CounterRequestParser.Parse(CounterReportDefinition.Find(reportId)!, parameters, Today, Platform);
        Assert.Null(refused);
        await using var db = Database.CreateContext();
        return await new CounterReportBuilder(db, Platform, new FixedClock(new DateTimeOffset(2026, 6, 15, 9, 30, 0, TimeSpan.Zero))).BuildAsync(request!, Ct);
    }

    private const string FirstQuarter = "customer_id=anonymous&begin_date=2025-01&end_date=2025-03";

    private static JsonObject Counts(params (string Month, int Count)[] months) => new JsonObject([.. months.Select(m => KeyValuePair.Create(m.Month, (JsonNode?)m.Count))]);

    private static void AssertCounts(JsonNode? actual, params (string Month, int Count)[] expected) =>
        Assert.True(JsonNode.DeepEquals(Counts(expected), actual), $"expected {Counts(expected).ToJsonString()}, got {actual?.ToJsonString()}");

    [Fact]
    public async Task The_platform_report_sums_every_article_of_the_months_asked_and_nothing_else()
    {
        var json = CounterJson.Report(await BuildAsync("pr", FirstQuarter));

        var performance = json["Report_Items"]![0]!["Attribute_Performance"]![0]!;
        Assert.Equal("Journal", (string?)performance["Data_Type"]);
        AssertCounts(performance["Performance"]!["Total_Item_Investigations"], ("2025-01", 10), ("2025-02", 12), ("2025-03", 6));
        AssertCounts(performance["Performance"]!["Unique_Item_Investigations"], ("2025-01", 8), ("2025-02", 11), ("2025-03", 5));
        AssertCounts(performance["Performance"]!["Total_Item_Requests"], ("2025-01", 4), ("2025-02", 3), ("2025-03", 3));
        AssertCounts(performance["Performance"]!["Unique_Item_Requests"], ("2025-01", 3), ("2025-02", 3), ("2025-03", 3));
        Assert.Equal(Platform, (string?)json["Report_Items"]![0]!["Platform"]);
        Assert.Equal("2025-03-31", (string?)json["Report_Header"]!["Report_Filters"]!["End_Date"]);
    }

    [Fact]
    public async Task The_journal_usage_by_access_type_splits_open_from_free_to_read_and_leaves_out_months_without_usage()
    {
        var json = CounterJson.Report(await BuildAsync("tr_j3", FirstQuarter));

        var items = json["Report_Items"]!.AsArray();
        Assert.Equal(["Anales de Prueba", "Boletín de Ensayo"], items.Select(i => (string?)i!["Title"]));
        var anales = items[0]!;
        Assert.Equal("Prensa de Prueba", (string?)anales["Publisher"]);
        Assert.Equal("0000-0019", (string?)anales["Item_ID"]!["Print_ISSN"]);
        Assert.Equal("revistatest:anales", (string?)anales["Item_ID"]!["Proprietary"]);
        var byAccess = anales["Attribute_Performance"]!.AsArray().ToDictionary(a => (string)a!["Access_Type"]!, a => a!["Performance"]!);
        Assert.Equal(["Free_To_Read", "Open"], byAccess.Keys.Order());
        AssertCounts(byAccess["Open"]["Total_Item_Investigations"], ("2025-01", 10), ("2025-02", 5));
        AssertCounts(byAccess["Open"]["Unique_Item_Requests"], ("2025-01", 3));
        AssertCounts(byAccess["Free_To_Read"]["Total_Item_Requests"], ("2025-02", 3), ("2025-03", 1));
        var boletin = items[1]!["Attribute_Performance"]!.AsArray().Single()!;
        Assert.Equal("Open", (string?)boletin["Access_Type"]);
        AssertCounts(boletin["Performance"]!["Unique_Item_Investigations"], ("2025-03", 3));
        Assert.Null(json["Report_Header"]!["Exceptions"]);
    }

    [Fact]
    public async Task The_article_requests_report_names_each_article_with_its_journal_authors_and_doi()
    {
        var json = CounterJson.Report(await BuildAsync("ir_a1", FirstQuarter));

        var anales = json["Report_Items"]!.AsArray().First(p => (string?)p!["Title"] == "Anales de Prueba")!;
        var items = anales["Items"]!.AsArray();
        Assert.Equal(["Primer artículo", "Segundo artículo"], items.Select(i => (string?)i!["Item"]));
        var first = items[0]!;
        Assert.Equal("10.99999/an.1", (string?)first["Item_ID"]!["DOI"]);
        Assert.Equal("revistatest:" + _a1, (string?)first["Item_ID"]!["Proprietary"]);
        Assert.Equal("2024-05-10", (string?)first["Publication_Date"]);
        Assert.Equal("VoR", (string?)first["Article_Version"]);
        Assert.Equal("""[{"Name":"Ana Abreu","ORCID":"0000-0002-1825-0097"},{"Name":"Bea Brito"}]""", first["Authors"]!.ToJsonString());
        var performance = first["Attribute_Performance"]!.AsArray().Single()!;
        Assert.Equal("Open", (string?)performance["Access_Type"]);
        AssertCounts(performance["Performance"]!["Total_Item_Requests"], ("2025-01", 4));
        Assert.Null(performance["Performance"]!["Total_Item_Investigations"]);
    }

    [Fact]
    public async Task Filters_and_attributes_of_the_title_report_narrow_and_split_the_usage()
    {
        var json = CounterJson.Report(await BuildAsync("tr", FirstQuarter + "&access_type=Open&attributes_to_show=YOP%7CAccess_Method&granularity=Total"));

        var anales = json["Report_Items"]!.AsArray().First(p => (string?)p!["Title"] == "Anales de Prueba")!;
        var only = anales["Attribute_Performance"]!.AsArray().Single()!;
        Assert.Equal("2024", (string?)only["YOP"]);
        Assert.Equal("Regular", (string?)only["Access_Method"]);
        Assert.Null(only["Access_Type"]);
        AssertCounts(only["Performance"]!["Total_Item_Investigations"], ("2025-01", 15));
        var header = json["Report_Header"]!;
        Assert.Equal("""["Open"]""", header["Report_Filters"]!["Access_Type"]!.ToJsonString());
        Assert.Equal("Total", (string?)header["Report_Attributes"]!["Granularity"]);
    }

    [Fact]
    public async Task The_item_report_filters_by_year_of_publication_and_by_doi()
    {
        var byYear = await BuildAsync("ir", FirstQuarter + "&yop=2025");
        Assert.Equal([_a2, _b1], byYear.Rows.Select(r => r.Item!.ArticleId).Order());

        var byDoi = await BuildAsync("ir", FirstQuarter + "&item_id=10.99999/AN.2");
        var row = Assert.Single(byDoi.Rows);
        Assert.Equal(_a2, row.Item!.ArticleId);
        Assert.Equal([0L, 7, 2], row.Metrics.Single(m => m.Metric == "Total_Item_Investigations").Counts);
    }

    [Fact]
    public async Task The_title_report_of_one_journal_by_issn_counts_only_that_journal()
    {
        var report = await BuildAsync("tr", FirstQuarter + "&item_id=0000-0027");

        var row = Assert.Single(report.Rows);
        Assert.Equal(_anales, row.Title!.JournalId);
        Assert.Equal([10L, 12, 2], row.Metrics.Single(m => m.Metric == "Total_Item_Investigations").Counts);
    }

    [Fact]
    public async Task A_period_without_usage_is_an_empty_report_with_exception_3030()
    {
        var json = CounterJson.Report(await BuildAsync("tr", "customer_id=anonymous&begin_date=2023-01&end_date=2023-12"));

        Assert.Empty(json["Report_Items"]!.AsArray());
        Assert.Equal(3030, (int)json["Report_Header"]!["Exceptions"]![0]!["Code"]!);
    }

    [Fact]
    public async Task An_invalid_filter_value_is_ignored_and_reported_with_exception_3060()
    {
        var report = await BuildAsync("tr", FirstQuarter + "&metric_type=Total_Item_Investigations%7CTotal_Downloads");

        Assert.Equal(3060, Assert.Single(report.Exceptions).Code);
        Assert.Equal(4, report.Rows[0].Metrics.Count);
    }

    [Fact]
    public async Task Every_report_and_every_exception_validates_against_the_sushi_schemas()
    {
        var everything = "&attributes_to_show=Authors%7CPublication_Date%7CArticle_Version%7CYOP%7CAccess_Type%7CAccess_Method&include_parent_details=True";
        await SushiSchema.AssertValidAsync(
            ("PR", SushiSchema.Schema("PR"), CounterJson.Report(await BuildAsync("pr", FirstQuarter + "&attributes_to_show=Access_Method"))),
            ("PR totals", SushiSchema.Schema("PR"), CounterJson.Report(await BuildAsync("pr", FirstQuarter + "&granularity=Total"))),
            ("PR_P1", SushiSchema.Schema("PR_P1"), CounterJson.Report(await BuildAsync("pr_p1", FirstQuarter))),
            ("TR", SushiSchema.Schema("TR"), CounterJson.Report(await BuildAsync("tr", FirstQuarter + "&attributes_to_show=YOP%7CAccess_Type%7CAccess_Method&yop=2020-2026&access_method=Regular"))),
            ("TR empty", SushiSchema.Schema("TR"), CounterJson.Report(await BuildAsync("tr", "customer_id=anonymous&begin_date=2023-01&end_date=2023-02"))),
            ("TR_J3", SushiSchema.Schema("TR_J3"), CounterJson.Report(await BuildAsync("tr_j3", FirstQuarter))),
            ("TR_J3 with 3031 and 3050", SushiSchema.Schema("TR_J3"), CounterJson.Report(await BuildAsync("tr_j3", "customer_id=anonymous&begin_date=2026-04&end_date=2026-06&fruit=apple"))),
            ("IR", SushiSchema.Schema("IR"), CounterJson.Report(await BuildAsync("ir", FirstQuarter + everything))),
            ("IR without parents", SushiSchema.Schema("IR"), CounterJson.Report(await BuildAsync("ir", FirstQuarter))),
            ("IR with 3060 and 3062", SushiSchema.Schema("IR"), CounterJson.Report(await BuildAsync("ir", FirstQuarter + "&data_type=Journal&attributes_to_show=Format%7CFormat"))),
            ("IR_A1", SushiSchema.Schema("IR_A1"), CounterJson.Report(await BuildAsync("ir_a1", FirstQuarter))),
            ("3020", SushiSchema.Response("400_Exception"), CounterJson.Exception(CounterExceptionRecord.InvalidDates("x"))),
            ("1030", SushiSchema.Response("400_Exception"), CounterJson.Exception(CounterRequestParser.Refuse(null)!)),
            ("2010", SushiSchema.Response("403_Exception"), CounterJson.Exception(CounterRequestParser.Refuse("someone")!)),
            ("status", SushiSchema.Response("200_Status"), CounterJson.Status(Platform)),
            ("members", SushiSchema.Response("200_Members"), CounterJson.Members()),
            ("reports", SushiSchema.Response("200_Reports"), CounterJson.ReportList(new DateOnly(2024, 12, 1), new DateOnly(2026, 5, 1))));
    }

    [Theory]
    [InlineData("pr", "PR", "&attributes_to_show=Access_Method")]
    [InlineData("pr_p1", "PRP1", "")]
    [InlineData("tr", "TR", "&attributes_to_show=YOP%7CAccess_Type%7CAccess_Method")]
    [InlineData("tr_j3", "TRJ3", "")]
    [InlineData("ir", "IR", "&attributes_to_show=Authors%7CPublication_Date%7CArticle_Version%7CYOP%7CAccess_Type%7CAccess_Method&include_parent_details=True")]
    [InlineData("ir_a1", "IRA1", "")]
    public async Task The_tabular_report_has_the_header_rows_and_columns_of_the_counter_sample(string reportId, string sample, string attributes)
    {
        var folder = SushiSchema.SampleReports;
        if (folder is null)
            Assert.Skip(SushiSchema.MissingMessage);
        var expected = (await File.ReadAllLinesAsync(Path.Combine(folder, sample + "_sample_r51.tsv"), Ct)).Select(l => l.TrimStart('\uFEFF').Split('\t')).ToList();

        var tsv = CounterTsv.Write(await BuildAsync(reportId, "customer_id=anonymous&begin_date=2025-01&end_date=2025-12" + attributes));

        var actual = tsv.Split('\n').Select(l => l.Split('\t')).ToList();
        Assert.Equal(expected.Take(13).Select(l => l[0]), actual.Take(13).Select(l => l[0]));
        Assert.Equal(expected[3 - 1][1], actual[2][1]);
        Assert.All(actual[13], cell => Assert.Equal("", cell));
        Assert.Equal(expected[14].Where(c => c.Length > 0).Select(c => c.Replace("2022", "2025", StringComparison.Ordinal)), actual[14]);
        // Standard Views state their fixed Metric_Types and Report_Filters exactly as the samples do.
        if (reportId.Contains('_', StringComparison.Ordinal))
        {
            Assert.Equal(expected[5][1], actual[5][1]);
            Assert.Equal(expected[6][1], actual[6][1]);
        }
        Assert.Equal("Reporting_Period\tBegin_Date=2025-01-01; End_Date=2025-12-31", string.Join('\t', actual[9]));
    }

    [Fact]
    public async Task The_tabular_title_report_gives_every_month_and_the_period_total()
    {
        var tsv = CounterTsv.Write(await BuildAsync("tr_j3", FirstQuarter));

        var lines = tsv.Split('\n');
        Assert.Contains("Anales de Prueba\tPrensa de Prueba\t\tRevista Test\t\trevistatest:anales\t0000-0019\t0000-0027\t\tFree_To_Read\tTotal_Item_Investigations\t9\t0\t7\t2", lines);
        Assert.Contains("Boletín de Ensayo\t\t\tRevista Test\t\trevistatest:boletin\t\t\t\tOpen\tUnique_Item_Requests\t2\t0\t0\t2", lines);
        Assert.Equal(2 * 4 + 4, lines.Count(l => l.Contains("\tRevista Test\t", StringComparison.Ordinal)));
    }
}

public sealed class CounterReportSqliteTests : CounterReportTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

public sealed class CounterReportPostgresTests(PostgresServer server) : CounterReportTests
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync(server);
}
