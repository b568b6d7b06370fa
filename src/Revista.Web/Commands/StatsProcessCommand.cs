using System.CommandLine;
using System.Globalization;
using Revista.Statistics;

namespace Revista.Web.Commands;

/// <summary>
/// `revista stats process [--day yyyy-MM-dd | --month yyyy-MM | --from D --to D]`: COUNTER processing on demand. With no
/// option, every day with events newer than its totals (what the site's job does every minute); with one, those days
/// again from their raw events (after a robots list update, say), which gives the same totals when nothing changed.
/// Exit 0 / 1 (a day failed or could not be redone) / 2 (usage).
/// </summary>
internal static class StatsProcessCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var day = new Option<string?>("--day") { Description = "Process this UTC day again (yyyy-MM-dd)." };
        var month = new Option<string?>("--month") { Description = "Process every day of this month again (yyyy-MM)." };
        var from = new Option<string?>("--from") { Description = "First day of a range to process again (yyyy-MM-dd); with --to." };
        var to = new Option<string?>("--to") { Description = "Last day of the range (yyyy-MM-dd, included); with --from." };
        var command = new Command("process", "Turn raw usage events into COUNTER totals: pending days, or the days named, again.");
        command.Options.Add(day);
        command.Options.Add(month);
        command.Options.Add(from);
        command.Options.Add(to);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            if (Range(parsed.GetValue(day), parsed.GetValue(month), parsed.GetValue(from), parsed.GetValue(to), out var range) is { } problem)
            {
                await error.WriteLineAsync("revista stats process: " + problem);
                return RevistaCommandLine.UsageError;
            }
            await using var services = await RevistaServices.OpenAsync(parsed.GetValue(RevistaCommandLine.Data)!, cancellationToken);
            await using (var db = services.OpenDb())
            {
                if (await UsageRobots.LoadedAtAsync(db, cancellationToken) is null)
                    await error.WriteLineAsync("revista stats process: warning: using Revista's short built-in robots list; " + RobotList.HowToLoad + ".");
            }
            using var processing = new UsageProcessing(services.OpenDb, new UsageRecorder(), new UsageOptions(), TimeProvider.System);
            var results = range is var (first, last)
                ? await processing.ProcessDaysAsync(first, last, cancellationToken)
                : await processing.ProcessPendingAsync(cancellationToken);
            foreach (var result in results)
                await output.WriteLineAsync(Describe(result));
            if (results.Count == 0)
                await output.WriteLineAsync(range is null ? "nothing to process: every day's totals include all its events." : "no usage events on those days.");
            return results.Any(r => r.NotProcessed is not null) ? RevistaCommandLine.SomeFailed : RevistaCommandLine.Success;
        });
        return command;
    }

    internal static string Describe(UsageDayResult result) => result.NotProcessed is { } why
        ? string.Create(CultureInfo.InvariantCulture, $"{result.Day:yyyy-MM-dd}: not processed: {why}")
        : string.Create(CultureInfo.InvariantCulture,
            $"{result.Day:yyyy-MM-dd}: {result.Events:N0} events ({result.RobotEvents:N0} robots, {result.DoubleClicks:N0} double-clicks, {result.SkippedEvents:N0} skipped), {result.Articles:N0} articles, {result.ChangedCounters.Count:N0} counters changed");

    private static string? Range(string? day, string? month, string? from, string? to, out (DateOnly First, DateOnly Last)? range)
    {
        range = null;
        var given = (day is null ? 0 : 1) + (month is null ? 0 : 1) + (from is null && to is null ? 0 : 1);
        if (given > 1)
            return "give one of --day, --month or --from/--to.";
        if (day is not null)
        {
            if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                return $"--day \"{day}\" is not a date like 2024-06-15.";
            range = (d, d);
        }
        else if (month is not null)
        {
            if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m))
                return $"--month \"{month}\" is not a month like 2024-06.";
            range = (m, m.AddMonths(1).AddDays(-1));
        }
        else if (from is not null || to is not null)
        {
            if (from is null || to is null)
                return "--from and --to go together.";
            if (!DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var f))
                return $"--from \"{from}\" is not a date like 2024-06-15.";
            if (!DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
                return $"--to \"{to}\" is not a date like 2024-06-15.";
            if (t < f)
                return $"--to {to} is before --from {from}.";
            if (t.DayNumber - f.DayNumber > 3660)
                return "the range is longer than ten years; process it in parts.";
            range = (f, t);
        }
        return null;
    }
}
