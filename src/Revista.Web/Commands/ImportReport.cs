using System.Diagnostics;
using System.Globalization;
using Revista.Ingest;

namespace Revista.Web.Commands;

/// <summary>The import report's wording, shared by the command line and the demo loader.</summary>
internal static class ImportReport
{
    /// <summary>Imports every candidate in turn, writing a line for each and the summary at the end.</summary>
    public static async Task<List<ImportResult>> RunAsync(
        Importer importer, IReadOnlyList<ImportCandidate> candidates, string? journal, TextWriter output, ProgressBar? progress, CancellationToken cancellationToken)
    {
        var results = new List<ImportResult>(candidates.Count);
        var clock = Stopwatch.StartNew();
        foreach (var candidate in candidates)
        {
            var result = await importer.ImportAsync(candidate, journal, cancellationToken);
            results.Add(result);
            progress?.Clear();
            await WriteLineAsync(output, result);
            progress?.Draw(results.Count);
        }
        progress?.Clear();
        await output.WriteLineAsync(Summary(results, clock.Elapsed));
        return results;
    }

    public static async Task WriteLineAsync(TextWriter output, ImportResult result)
    {
        var word = result.Outcome.ToString().ToLowerInvariant();
        var detail = result.Outcome == ImportOutcome.Failed
            ? $": {result.Error}"
            : $" ({string.Join(", ", new[] { result.Doi, result.JournalSlug, result.Version is { } v ? $"version {v}" : null }.Where(s => s is not null))})";
        await output.WriteLineAsync($"{word,-9} {result.Source}{detail}");
        foreach (var warning in result.Warnings)
            await output.WriteLineAsync($"          warning: {warning}");
    }

    public static string Summary(IReadOnlyCollection<ImportResult> results, TimeSpan elapsed)
    {
        int Count(ImportOutcome outcome) => results.Count(r => r.Outcome == outcome);
        var warnings = results.Sum(r => r.Warnings.Count);
        return string.Create(CultureInfo.InvariantCulture,
            $"{results.Count} articles: {Count(ImportOutcome.Imported)} imported, {Count(ImportOutcome.Updated)} updated, " +
            $"{Count(ImportOutcome.Unchanged)} unchanged, {Count(ImportOutcome.Failed)} failed; {warnings} warnings; {elapsed.TotalSeconds:0.0} s");
    }
}
