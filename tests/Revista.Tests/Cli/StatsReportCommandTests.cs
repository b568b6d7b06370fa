using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Revista.Data;
using Revista.Tests.Web;
using Revista.Tests.Web.Statistics;
using Revista.Web.Commands;

namespace Revista.Tests.Cli;

/// <summary>`revista stats report` prints the reports the SUSHI API serves, as TSV or JSON.</summary>
public sealed class StatsReportCommandTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("revista-stats-report-").FullName;

    private string Data => Path.Combine(_folder, "data");

    public async ValueTask InitializeAsync()
    {
        var (exit, output, _) = await RunAsync("import", RunningSite.Sample("research-article.xml"), RunningSite.Sample("editorial.xml"));
        Assert.True(exit == 0, output);
        await using var db = RevistaDatabase.Create(new RevistaDataOptions { DataDirectory = Data });
        await SushiSiteFixture.SeedAsync(db);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await RevistaCommandLine.InvokeAsync([.. args, "--data", Data], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Prints_the_journal_usage_by_access_type_as_tsv()
    {
        var (exit, output, error) = await RunAsync("stats", "report", "tr_j3", "--begin", "2025-01", "--end", "2025-02");

        Assert.True(exit == 0, error);
        var lines = output.Split('\n');
        Assert.Equal("Report_ID\tTR_J3", lines[1]);
        Assert.Equal("Title\tPublisher\tPublisher_ID\tPlatform\tDOI\tProprietary_ID\tPrint_ISSN\tOnline_ISSN\tURI\tAccess_Type\tMetric_Type\tReporting_Period_Total\tJan-2025\tFeb-2025", lines[14]);
        Assert.Contains(lines, l => l.EndsWith("\tFree_To_Read\tTotal_Item_Investigations\t10\t6\t4", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith("\tOpen\tTotal_Item_Requests\t1\t0\t1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Prints_json_totals_for_one_journal()
    {
        var (exit, output, error) = await RunAsync("stats", "report", "PR", "--begin", "2025-01", "--end", "2025-02", "--journal", "rev-clin-reumatol-autoinmun", "--format", "json", "--granularity", "Totals");

        Assert.True(exit == 0, error);
        var json = JsonNode.Parse(output)!;
        Assert.Equal("Total", (string?)json["Report_Header"]!["Report_Attributes"]!["Granularity"]);
        Assert.Equal("""{"2025-01":13}""", json["Report_Items"]![0]!["Attribute_Performance"]![0]!["Performance"]!["Total_Item_Investigations"]!.ToJsonString());
    }

    [Fact]
    public async Task Refuses_an_unknown_report_the_current_month_and_an_unknown_journal()
    {
        var month = DateTime.UtcNow.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

        var unknown = await RunAsync("stats", "report", "xx", "--begin", "2025-01", "--end", "2025-02");
        var current = await RunAsync("stats", "report", "tr", "--begin", month, "--end", month);
        var journal = await RunAsync("stats", "report", "tr", "--begin", "2025-01", "--end", "2025-02", "--journal", "nope");

        Assert.Equal((2, true), (unknown.Exit, unknown.Error.Contains("PR, PR_P1, TR, TR_J3, IR, IR_A1", StringComparison.Ordinal)));
        Assert.Equal((2, true), (current.Exit, current.Error.Contains("3020: Invalid Date Arguments", StringComparison.Ordinal)));
        Assert.Equal((2, true), (journal.Exit, journal.Error.Contains("no journal \"nope\"", StringComparison.Ordinal)));
    }
}
