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
        await ImportReport.RunAsync(revista.Importer, ImportPaths.Expand(files, ImportLimits.Default).ToList(), null, output, null, cancellationToken);
        await AskForHealthProfessionalsAsync(revista, cancellationToken);
    }

    /// <summary>The demo journal is a medical one, so it shows the health-professional question as its publisher must.</summary>
    private static async Task AskForHealthProfessionalsAsync(RevistaServices revista, CancellationToken cancellationToken)
    {
        await using var db = revista.OpenDb();
        await db.Journals.ExecuteUpdateAsync(j => j.SetProperty(x => x.HealthProfessionalGate, true), cancellationToken);
    }
}
