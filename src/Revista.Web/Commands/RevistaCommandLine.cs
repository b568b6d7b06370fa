using System.CommandLine;

namespace Revista.Web.Commands;

/// <summary>The `revista` command: serve, import, cite, and the commands later issues add.</summary>
internal static class RevistaCommandLine
{
    public const int Success = 0;
    public const int SomeFailed = 1;
    public const int UsageError = 2;

    public static readonly Option<string> Data = new("--data")
    {
        Description = "Folder of the SQLite database and the asset store (ignored for the database when REVISTA_DATABASE is set).",
        DefaultValueFactory = _ => "./data",
        Recursive = true,
    };

    public static RootCommand Build(TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Revista: scholarly journals on the web, from JATS XML.");
        root.Options.Add(Data);
        root.Subcommands.Add(ImportCommand.Create(output, error));
        root.Subcommands.Add(ServeCommand.Create(output, error));
        root.Subcommands.Add(CiteCommand.Create(output, error));
        root.Subcommands.Add(ExportCommand.Create(output, error));
        root.Subcommands.Add(DeleteCommand.Create(output, error));
        root.Subcommands.Add(StatsCommand.Create(output, error));
        root.Subcommands.Add(ReindexCommand.Create(output, error));
        return root;
    }

    public static async Task<int> InvokeAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = Build(output, error);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
                await error.WriteLineAsync($"revista: {problem.Message}");
            await error.WriteLineAsync("Run 'revista --help' for usage.");
            return UsageError;
        }
        // Exceptions reach us rather than System.CommandLine's handler, so a known problem is told in one line.
        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Revista.Data.RevistaSchemaException problem)
        {
            await error.WriteLineAsync($"revista: {problem.Message}");
            return SomeFailed;
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: the conventional exit status of a process ended by SIGINT.
            return 130;
        }
        catch (Exception unexpected)
        {
            await error.WriteLineAsync("Unhandled exception: " + unexpected);
            return SomeFailed;
        }
    }
}
