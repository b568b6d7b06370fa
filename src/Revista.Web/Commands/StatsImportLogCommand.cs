using System.CommandLine;
using System.Globalization;
using Revista.Statistics;

namespace Revista.Web.Commands;

/// <summary>
/// `revista stats import-log FILE…`: web-server access logs (combined log format, plain or gzip) into usage events, a
/// line per file. Exit 0 when every file was imported or had been before, 1 when any failed, 2 for usage errors
/// (a file that does not exist: nothing is imported then).
/// </summary>
internal static class StatsImportLogCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Access logs in the combined log format (Apache, nginx), plain or .gz.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("import-log", "Import web-server access logs as usage history; each log once, all or nothing.");
        command.Arguments.Add(files);
        command.SetAction((parsed, cancellationToken) => RunAsync(
            parsed.GetValue(files)!, parsed.GetValue(RevistaCommandLine.Data)!, output, error, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string[] files, string dataDirectory, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var problems = files.Select(f => Directory.Exists(f) ? $"{f}: is a folder; name the log files in it."
            : !File.Exists(f) ? $"{f}: no such file." : null).OfType<string>().ToList();
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
                await error.WriteLineAsync($"revista stats import-log: {problem}");
            await error.WriteLineAsync("Nothing was imported. Run 'revista stats import-log --help' for usage.");
            return RevistaCommandLine.UsageError;
        }

        await using var services = await RevistaServices.OpenAsync(dataDirectory, cancellationToken);
        var importer = new UsageLogImporter(services.OpenDb, TimeProvider.System);
        var days = new SortedSet<DateOnly>();
        var failed = false;
        foreach (var file in files)
        {
            var result = await importer.ImportAsync(file, cancellationToken);
            failed |= result.Outcome == UsageLogImportOutcome.Failed;
            days.UnionWith(result.Days);
            await (result.Outcome == UsageLogImportOutcome.Failed ? error : output).WriteAsync(Report(result));
        }
        if (days.Count > 0)
        {
            await output.WriteLineAsync($"days that received events: {DayRange(days)}");
            // Processed now, through the same COUNTER rules as live usage: the days may be older than the raw-event
            // window, and the running site's job would prune them before it ever counted them.
            using var processing = new UsageProcessing(services.OpenDb, new UsageRecorder(), new UsageOptions(), TimeProvider.System);
            var processed = await processing.ProcessDaysAsync(days.Min, days.Max, cancellationToken);
            await output.WriteLineAsync($"processed: {processed.Count} day(s) of COUNTER totals");
        }
        return failed ? RevistaCommandLine.SomeFailed : RevistaCommandLine.Success;
    }

    /// <summary>The lines printed for one file.</summary>
    internal static string Report(UsageLogImportResult result)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        switch (result.Outcome)
        {
            case UsageLogImportOutcome.AlreadyImported:
                text.WriteLine($"{result.Path}: already imported (as {result.EarlierFileName} on {result.EarlierImportedAt:yyyy-MM-dd HH:mm} UTC); nothing changed");
                return text.ToString();
            case UsageLogImportOutcome.Failed:
                text.WriteLine($"{result.Path}: failed: {result.Error}");
                return text.ToString();
        }
        var skipped = result.Skipped.Values.Sum();
        text.Write($"{result.Path}: imported {Count(result.Events, "event")} ({Count(result.Investigations, "investigation")}, {Count(result.Requests, "request")}) from {Count(result.Lines, "line")}");
        text.Write($"; skipped {skipped}");
        if (skipped > 0)
            text.Write(" (" + string.Join(", ", result.Skipped.OrderByDescending(s => s.Value).ThenBy(s => s.Key).Select(s => $"{s.Value} {s.Key.Describe()}")) + ")");
        text.Write($"; bad lines: {result.BadLines}");
        if (result.FirstBadLines.Count > 0)
            text.Write($", first at line {result.FirstBadLines[0].Number}");
        text.WriteLine();
        foreach (var bad in result.FirstBadLines)
            text.WriteLine($"  line {bad.Number}: {bad.Problem}");
        if (result.OverlappingFiles.Count > 0)
        {
            text.WriteLine($"  warning: its times overlap those of {string.Join(", ", result.OverlappingFiles)}, imported before; "
                + "if both hold the same requests (a log imported while it still grew, or cut differently), they now count twice");
        }
        return text.ToString();
    }

    private static string Count(long n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static string DayRange(SortedSet<DateOnly> days) => days.Count == 1
        ? days.Min.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : $"{days.Count} days from {days.Min:yyyy-MM-dd} to {days.Max:yyyy-MM-dd}";
}
