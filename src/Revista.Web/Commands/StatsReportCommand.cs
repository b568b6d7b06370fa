using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Revista.Statistics.Counter;

namespace Revista.Web.Commands;

/// <summary>
/// `revista stats report REPORT --begin yyyy-MM --end yyyy-MM [--journal SLUG] [--format tsv|json]
/// [--granularity Month|Total]`: the same COUNTER R5.1 report the SUSHI API serves at /r51/reports/REPORT for
/// customer_id=anonymous, printed as TSV (default) or JSON. Exit 0, or 2 when the request is refused.
/// </summary>
internal static class StatsReportCommand
{
    /// <summary>The platform name, as the web host reads it from configuration (Revista:Usage:Platform).</summary>
    private const string PlatformVariable = "Revista__Usage__Platform";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var report = new Argument<string>("REPORT")
        {
            Description = "Report_ID: " + string.Join(", ", CounterReportDefinition.All.Select(r => r.Id)) + " (any case).",
        };
        var begin = new Option<string>("--begin") { Description = "First month, yyyy-MM (or yyyy-MM-dd).", Required = true };
        var end = new Option<string>("--end") { Description = "Last month, yyyy-MM (or yyyy-MM-dd); the current month is not reported.", Required = true };
        var journal = new Option<string?>("--journal") { Description = "Only this journal (its slug)." };
        var format = new Option<string>("--format") { Description = "tsv or json.", DefaultValueFactory = _ => "tsv" };
        format.AcceptOnlyFromAmong("tsv", "json");
        var granularity = new Option<string>("--granularity") { Description = "Month (a column per month) or Total (Totals: the period only).", DefaultValueFactory = _ => "Month" };
        granularity.AcceptOnlyFromAmong("Month", "Total", "Totals");
        var command = new Command("report", "Print a COUNTER R5.1 report (the same as the SUSHI API at /r51) for usage not attributed to an institution.");
        command.Arguments.Add(report);
        command.Options.Add(begin);
        command.Options.Add(end);
        command.Options.Add(journal);
        command.Options.Add(format);
        command.Options.Add(granularity);
        command.SetAction((parsed, cancellationToken) => RunAsync(
            parsed.GetValue(RevistaCommandLine.Data)!, parsed.GetValue(report)!, parsed.GetValue(begin)!, parsed.GetValue(end)!, parsed.GetValue(journal),
            parsed.GetValue(format) == "json", parsed.GetValue(granularity)!, output, error, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        string data, string reportId, string begin, string end, string? journal, bool json, string granularity,
        TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (CounterReportDefinition.Find(reportId) is not { } definition)
        {
            await error.WriteLineAsync($"revista stats report: unknown report \"{reportId}\". Use one of: {string.Join(", ", CounterReportDefinition.All.Select(r => r.Id))}.");
            return RevistaCommandLine.UsageError;
        }
        var platform = Environment.GetEnvironmentVariable(PlatformVariable)?.Trim() is { Length: >= 2 } configured ? configured : "Revista";
        List<KeyValuePair<string, string>> query =
        [
            new("customer_id", CounterRequest.AnonymousCustomer),
            new("begin_date", begin),
            new("end_date", end),
        ];
        // Month is the default; asking for it would only add Granularity=Month to the header the API would not show.
        if (granularity != "Month")
            query.Add(new("granularity", granularity == "Totals" ? "Total" : granularity));
        var clock = TimeProvider.System;
        var (request, refused) = CounterRequestParser.Parse(definition, query, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), platform);
        if (request is null)
        {
            await error.WriteLineAsync($"revista stats report: {refused} (--begin {begin} --end {end}).");
            return RevistaCommandLine.UsageError;
        }
        await using var services = await RevistaServices.OpenAsync(data, cancellationToken);
        await using var db = services.OpenDb();
        if (journal is not null)
        {
            if (!await db.Journals.AnyAsync(j => j.Slug == journal, cancellationToken))
            {
                await error.WriteLineAsync($"revista stats report: no journal \"{journal}\" (--journal takes a journal's slug, as in its web address).");
                return RevistaCommandLine.UsageError;
            }
            request = request with { JournalSlug = journal };
        }
        var built = await new CounterReportBuilder(db, platform, clock).BuildAsync(request, cancellationToken);
        await output.WriteAsync(json ? CounterJson.Report(built).ToJsonString(CounterJson.IndentedOptions) + "\n" : CounterTsv.Write(built));
        return RevistaCommandLine.Success;
    }
}
