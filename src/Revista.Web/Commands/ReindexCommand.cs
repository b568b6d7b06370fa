using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Revista.Search;

namespace Revista.Web.Commands;

/// <summary>
/// `revista reindex [--data DIR]`: builds the search index anew from the database, for an index that was lost or
/// damaged. A running server builds a missing index by itself; this command needs the index free, so it is run with
/// the server stopped. Exit 0 / 1 (index in use) / 2 (usage).
/// </summary>
internal static class ReindexCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("reindex", "Rebuild the search index from the database (with the server stopped).");
        command.SetAction(async (parsed, cancellationToken) =>
        {
            await using var services = await RevistaServices.OpenAsync(parsed.GetValue(RevistaCommandLine.Data)!, cancellationToken);
            var clock = Stopwatch.StartNew();
            int count;
            try
            {
                count = await services.SearchIndexer.RebuildAsync(cancellationToken);
            }
            catch (SearchIndexUnavailableException e)
            {
                await error.WriteLineAsync($"revista reindex: {e.Message} Nothing was changed.");
                return RevistaCommandLine.SomeFailed;
            }
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"search index rebuilt: {count} articles in {clock.Elapsed.TotalSeconds:0.0} s ({services.SearchIndexer.Index.Path})"));
            return RevistaCommandLine.Success;
        });
        return command;
    }
}
