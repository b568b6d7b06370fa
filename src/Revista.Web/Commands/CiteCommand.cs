using System.CommandLine;
using Revista.Citations;

namespace Revista.Web.Commands;

/// <summary>
/// `revista cite --style NAME --locale TAG [--format text|html] FILE.json`: the CSL-JSON items of a file as a
/// bibliography, one entry per line, so any reference list can be checked against citeproc-js. Exit 0 / 1 (bad input) /
/// 2 (usage).
/// </summary>
internal static class CiteCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("FILE.json") { Description = "A CSL-JSON file: an array of items (or one item)." };
        var style = new Option<string>("--style")
        {
            Description = "Style file name without .csl: " + string.Join(", ", CslCatalog.StyleNames) + ".",
            Required = true,
        };
        var locale = new Option<string>("--locale")
        {
            Description = "Locale tag: " + string.Join(", ", CslCatalog.LocaleTags) + " (en and es pick en-US and es-ES).",
            DefaultValueFactory = _ => "en-US",
        };
        var format = new Option<string>("--format") { Description = "text or html.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "html");
        var command = new Command("cite", "Format the CSL-JSON items of a file as a bibliography, one entry per line.");
        command.Arguments.Add(file);
        command.Options.Add(style);
        command.Options.Add(locale);
        command.Options.Add(format);
        command.SetAction((parsed, cancellationToken) => RunAsync(
            parsed.GetValue(file)!, parsed.GetValue(style)!, parsed.GetValue(locale)!, parsed.GetValue(format) == "html", output, error, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string path, string styleName, string localeTag, bool html, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!CslCatalog.HasStyle(styleName))
        {
            await error.WriteLineAsync($"revista cite: unknown style \"{styleName}\" (--style). Use one of: {string.Join(", ", CslCatalog.StyleNames)}.");
            return RevistaCommandLine.UsageError;
        }
        if (CslCatalog.ResolveLocale(localeTag) is null)
        {
            await error.WriteLineAsync($"revista cite: unknown locale \"{localeTag}\" (--locale). Use one of: {string.Join(", ", CslCatalog.LocaleTags)}.");
            return RevistaCommandLine.UsageError;
        }
        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"revista cite: {path}: no such file. Give a CSL-JSON file (an array of items).");
            return RevistaCommandLine.UsageError;
        }
        var info = new FileInfo(path);
        if (info.Length > CslItem.MaxJsonChars)
        {
            await error.WriteLineAsync($"revista cite: {path} is {info.Length:N0} bytes; CSL-JSON files over {CslItem.MaxJsonChars:N0} bytes are refused.");
            return RevistaCommandLine.SomeFailed;
        }
        try
        {
            var items = CslItem.ParseJson(await File.ReadAllTextAsync(path, cancellationToken), path);
            var bibliography = CslCatalog.Processor(styleName, localeTag).Bibliography(items);
            foreach (var entry in bibliography.Entries)
                await output.WriteLineAsync(html ? "<div class=\"csl-entry\">" + entry.Html.Trim() + "</div>" : entry.Text);
            return RevistaCommandLine.Success;
        }
        catch (CslFormatException e)
        {
            await error.WriteLineAsync("revista cite: " + e.Message);
            return RevistaCommandLine.SomeFailed;
        }
    }
}
