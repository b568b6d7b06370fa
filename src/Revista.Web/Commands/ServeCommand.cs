using System.CommandLine;

namespace Revista.Web.Commands;

/// <summary>`revista serve [--urls URL] [--demo]`: the web site; --demo first imports samples/ into an empty store.</summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Address(es) to listen on, separated by ';'.",
            DefaultValueFactory = _ => "http://localhost:5000",
        };
        var demo = new Option<bool>("--demo")
        {
            Description = "Import the demo articles from samples/ when the store holds no article yet.",
        };
        var command = new Command("serve", "Serve the journals' web site.");
        command.Options.Add(urls);
        command.Options.Add(demo);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var dataDirectory = parsed.GetValue(RevistaCommandLine.Data)!;
            if (parsed.GetValue(demo))
                await DemoContent.ImportIfEmptyAsync(dataDirectory, output, cancellationToken);
            await using var app = await RevistaWebApp.CreateAsync(new RevistaWebOptions(dataDirectory, parsed.GetValue(urls)!));
            await output.WriteLineAsync($"Revista is serving {parsed.GetValue(urls)} (data: {Path.GetFullPath(dataDirectory)}). Ctrl+C stops it.");
            await app.RunAsync();
            return RevistaCommandLine.Success;
        });
        return command;
    }
}
