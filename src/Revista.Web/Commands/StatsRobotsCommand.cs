using System.CommandLine;
using System.Globalization;
using Revista.Statistics;

namespace Revista.Web.Commands;

/// <summary>
/// `revista stats robots update [FILE|URL]`: loads the COUNTER robots list (R5.1 §7.8; by default the official list) into
/// the database, where processing reads it. A list that is not JSON or has a pattern that is not a regular expression
/// is refused with the entry named, and the list in force stays. Exit 0 / 1 (refused or unreadable).
/// </summary>
internal static class StatsRobotsCommand
{
    // The official list is about 30 kB; anything far larger is not it.
    private const int MaxBytes = 4 * 1024 * 1024;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var source = new Argument<string?>("FILE|URL")
        {
            Description = "The list in COUNTER's JSON format: a file, or an http(s) URL (default: " + RobotList.OfficialUrl + ").",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var update = new Command("update", "Load the COUNTER robots list into the database; usage processing excludes the agents it matches.");
        update.Arguments.Add(source);
        update.SetAction(async (parsed, cancellationToken) =>
        {
            var from = parsed.GetValue(source) ?? RobotList.OfficialUrl;
            string json;
            try
            {
                json = await ReadAsync(from, cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or HttpRequestException or TaskCanceledException or InvalidDataException)
            {
                await error.WriteLineAsync($"revista stats robots update: cannot read {from}: {e.Message}. Nothing was changed.");
                return RevistaCommandLine.SomeFailed;
            }
            await using var services = await RevistaServices.OpenAsync(parsed.GetValue(RevistaCommandLine.Data)!, cancellationToken);
            await using var db = services.OpenDb();
            try
            {
                var list = await UsageRobots.ReplaceAsync(db, json, from, TimeProvider.System.GetUtcNow(), cancellationToken);
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"robots list loaded: {list.PatternCount} patterns from {list.Source}. New totals use it; to apply it to past days whose raw events are kept, run 'revista stats process --from yyyy-MM-dd --to yyyy-MM-dd'."));
                return RevistaCommandLine.Success;
            }
            catch (RobotListException e)
            {
                await error.WriteLineAsync($"revista stats robots update: {e.Message} Nothing was changed.");
                return RevistaCommandLine.SomeFailed;
            }
        });
        var command = new Command("robots", "The robots and crawlers list (COUNTER) that usage processing excludes.");
        command.Subcommands.Add(update);
        return command;
    }

    private static async Task<string> ReadAsync(string from, CancellationToken cancellationToken)
    {
        if (Uri.TryCreate(from, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60), MaxResponseContentBufferSize = MaxBytes };
            return await http.GetStringAsync(uri, cancellationToken);
        }
        if (new FileInfo(from).Length > MaxBytes)
            throw new InvalidDataException($"the file is larger than {MaxBytes / 1024 / 1024} MB, far more than a robots list");
        return await File.ReadAllTextAsync(from, cancellationToken);
    }
}
