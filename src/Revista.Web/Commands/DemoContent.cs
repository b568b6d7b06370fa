using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Revista.Ingest;

namespace Revista.Web.Commands;

/// <summary>Loads samples/ (shipped beside the executable) into a store that holds no article yet.</summary>
internal static class DemoContent
{
    public static string SamplesFolder => Path.Combine(AppContext.BaseDirectory, "samples");

    public static async Task ImportIfEmptyAsync(string dataDirectory, TextWriter output, CancellationToken cancellationToken)
    {
        await using var revista = await RevistaServices.OpenAsync(dataDirectory, cancellationToken);
        await using (var db = revista.OpenDb())
        {
            if (await db.Articles.AnyAsync(cancellationToken))
            {
                await output.WriteLineAsync("The store already holds articles; the demo content was not imported again.");
                return;
            }
        }
        // Only the packaged forms: samples/src holds the editable sources of the zips.
        var files = Directory.EnumerateFiles(SamplesFolder)
            .Where(f => f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        var clock = Stopwatch.StartNew();
        var results = new List<ImportResult>();
        foreach (var candidate in ImportPaths.Expand(files, ImportLimits.Default))
        {
            var result = candidate.Package is null
                ? ImportResult.Failed(candidate.DisplayName, candidate.Problem ?? "unreadable package")
                : await revista.Importer.ImportAsync(candidate.Package, null, cancellationToken);
            results.Add(result);
            await ImportReport.WriteLineAsync(output, result);
        }
        await output.WriteLineAsync(ImportReport.Summary(results, clock.Elapsed));
        await AskForHealthProfessionalsAsync(revista, cancellationToken);
    }

    /// <summary>The demo journal is a medical one, so it shows the health-professional question as its publisher must.</summary>
    private static async Task AskForHealthProfessionalsAsync(RevistaServices revista, CancellationToken cancellationToken)
    {
        await using var db = revista.OpenDb();
        await db.Journals.ExecuteUpdateAsync(j => j.SetProperty(x => x.HealthProfessionalGate, true), cancellationToken);
    }
}
