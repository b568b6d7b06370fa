using System.CommandLine;

namespace Revista.Web.Commands;

/// <summary>
/// `revista stats …`: usage statistics (COUNTER R5.1) on the command line. Each subcommand lives in its own
/// StatsXxxCommand file; this only groups them.
/// </summary>
internal static class StatsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("stats", "Usage statistics (COUNTER R5.1): reports, processing, robots list, web-server log import.");
        foreach (var subcommand in Subcommands(output, error))
            command.Subcommands.Add(subcommand);
        return command;
    }

    // One line per subcommand, so the files that add them stay apart.
    private static IEnumerable<Command> Subcommands(TextWriter output, TextWriter error)
    {
        yield return StatsImportLogCommand.Create(output, error);
        yield return StatsReportCommand.Create(output, error);
        yield return StatsProcessCommand.Create(output, error);
        yield return StatsRobotsCommand.Create(output, error);
    }
}
