using System.CommandLine;
using Revista.Ingest;

namespace Revista.Web.Commands;

/// <summary>`revista import PATH… [--journal SLUG]`: a line per article, a summary, exit 0 / 1 / 2.</summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "JATS .xml files, folders (searched recursively) or .zip packages (XML + figures + PDF).",
            Arity = ArgumentArity.OneOrMore,
        };
        var journal = new Option<string?>("--journal")
        {
            Description = "Slug of the journal to import into (created from the XML's journal-meta when new).",
        };
        var command = new Command("import", "Import JATS articles; re-importing an article updates it, never duplicates it.");
        command.Arguments.Add(paths);
        command.Options.Add(journal);
        command.SetAction((parsed, cancellationToken) => RunAsync(
            parsed.GetValue(paths)!, parsed.GetValue(journal), parsed.GetValue(RevistaCommandLine.Data)!, output, error, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, string? journal, string dataDirectory, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var missing = ImportPaths.Missing(paths);
        if (missing.Count > 0)
        {
            foreach (var path in missing)
                await error.WriteLineAsync($"revista import: {path}: no such file or folder.");
            await error.WriteLineAsync("Run 'revista --help' for usage.");
            return RevistaCommandLine.UsageError;
        }

        await using var revista = await RevistaServices.OpenAsync(dataDirectory, cancellationToken);
        var candidates = ImportPaths.Expand(paths, ImportLimits.Default).ToList();
        var progress = ProgressBar.ForTerminal(output, error, candidates.Count);
        var results = await ImportReport.RunAsync(revista.Importer, candidates, journal, output, progress, cancellationToken);
        return results.Any(r => r.Outcome == ImportOutcome.Failed) ? RevistaCommandLine.SomeFailed : RevistaCommandLine.Success;
    }
}
