using System.CommandLine;
using System.Globalization;
using Revista.Articles;
using Revista.Citations;
using Revista.Data;
using Revista.Web.Layout;

namespace Revista.Web.Commands;

/// <summary>
/// `revista export FORMAT [--article ID | --issue ID | --since DATE] [--output PATH] [--base-url URL]`: published
/// articles as a Crossref deposit (crossref), as citations (ris, bibtex, csl-json, enw, nbib) or as their stored JATS
/// (jats), on stdout or in a file. Exit 0 / 1 (nothing to export, or the export failed) / 2 (usage: bad option, unknown id).
/// </summary>
internal static partial class ExportCommand
{
    private static readonly Option<int?> Article = new("--article") { Description = "Export this article (its id, as in /SLUG/articles/ID).", Recursive = true };
    private static readonly Option<int?> Issue = new("--issue") { Description = "Export the published articles of this issue (its id, as in /SLUG/issues/ID).", Recursive = true };
    private static readonly Option<string?> Since = new("--since") { Description = "Export the published articles imported or updated on or after this day (YYYY-MM-DD, UTC).", Recursive = true };
    private static readonly Option<string?> Output = new("--output", "-o") { Description = "Write to this file instead of stdout (for jats and several articles: a folder).", Recursive = true };
    private static readonly Option<string?> BaseUrl = new("--base-url") { Description = "The site's public address (https://journals.example.org), for article page links; required for crossref.", Recursive = true };

    /// <summary>Citation formats by the name the command takes.</summary>
    private static readonly (string Name, string Extension)[] CitationFormats =
        [("ris", "ris"), ("bibtex", "bib"), ("csl-json", "json"), ("enw", "enw"), ("nbib", "nbib")];

    public static Command Create(TextWriter output, TextWriter error, TimeProvider? clock = null)
    {
        clock ??= TimeProvider.System;
        var command = new Command("export", "Export published articles: a Crossref deposit, citations, or their JATS XML.");
        command.Options.Add(Article);
        command.Options.Add(Issue);
        command.Options.Add(Since);
        command.Options.Add(Output);
        command.Options.Add(BaseUrl);
        command.Subcommands.Add(CrossrefCommand(output, error, clock));
        foreach (var (name, extension) in CitationFormats)
        {
            var format = CitationFormat.Find(extension)!;
            var sub = new Command(name, $"The articles' citations as {format.Name} ({format.MediaType}).");
            sub.SetAction((parsed, cancellationToken) => RunAsync(parsed, name, output, error, clock,
                (context, articles, ct) => WriteCitationsAsync(context, articles, format, ct), cancellationToken));
            command.Subcommands.Add(sub);
        }
        command.Subcommands.Add(JatsCommand(output, error, clock));
        return command;
    }

    /// <summary>What every export needs once the options are checked and the database is open.</summary>
    private sealed record ExportContext(RevistaDb Db, string? BaseUrl, string? OutputPath, TextWriter Output, TextWriter Error, TimeProvider Clock, string Name);

    private delegate Task<int> Export(ExportContext context, IQueryable<Article> articles, CancellationToken cancellationToken);

    private static async Task<int> RunAsync(
        ParseResult parsed, string name, TextWriter output, TextWriter error, TimeProvider clock, Export export, CancellationToken cancellationToken,
        Func<string?>? checkOptions = null)
    {
        var (selection, problem) = ExportSelection.Parse(parsed.GetValue(Article), parsed.GetValue(Issue), parsed.GetValue(Since));
        var baseUrl = parsed.GetValue(BaseUrl);
        if (problem is null && baseUrl is not null && !IsSiteAddress(baseUrl))
            problem = $"--base-url \"{baseUrl}\" is not an absolute http(s) address such as https://journals.example.org.";
        problem ??= checkOptions?.Invoke();
        var outputPath = parsed.GetValue(Output);
        if (problem is null && outputPath is not null && Directory.Exists(outputPath) && name != "jats")
            problem = $"--output \"{outputPath}\" is a folder; give a file name.";
        if (problem is not null)
            return await UsageAsync(error, name, problem);

        await using var revista = await RevistaServices.OpenAsync(parsed.GetValue(RevistaCommandLine.Data)!, cancellationToken);
        await using var db = revista.OpenDb();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var (articles, missing) = await selection!.QueryAsync(db, today, cancellationToken);
        if (missing is not null)
            return await UsageAsync(error, name, missing);
        var context = new ExportContext(db, baseUrl?.TrimEnd('/'), outputPath, output, error, clock, name);
        try
        {
            return await export(context, articles!, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"revista export {name}: cannot write {outputPath}: {e.Message}");
            return RevistaCommandLine.SomeFailed;
        }
    }

    private static async Task<int> UsageAsync(TextWriter error, string name, string problem)
    {
        await error.WriteLineAsync($"revista export {name}: {problem}");
        await error.WriteLineAsync("Run 'revista export --help' for usage.");
        return RevistaCommandLine.UsageError;
    }

    private static async Task<int> NothingAsync(ExportContext context)
    {
        await context.Error.WriteLineAsync($"revista export {context.Name}: no published article matches; nothing written.");
        return RevistaCommandLine.SomeFailed;
    }

    private static bool IsSiteAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Query.Length == 0 && uri.Fragment.Length == 0;

    /// <summary>The article page (in a language when given and the site has that interface language), absolute when a base URL is known.</summary>
    private static string? PageUrl(ExportContext context, Article article, string? language)
    {
        if (context.BaseUrl is null)
            return null;
        var path = string.Create(CultureInfo.InvariantCulture, $"/{article.Journal!.Slug}/articles/{article.Id}");
        var localized = language is not null && UiLanguage.Supported.Contains(language) ? UiLanguage.Url(language, path) : path;
        return context.BaseUrl + localized;
    }

    private static async Task<int> WriteCitationsAsync(ExportContext context, IQueryable<Article> articles, CitationFormat format, CancellationToken cancellationToken)
    {
        var records = await CitationRecords.ForArticlesAsync(context.Db, articles, article => (PageUrl(context, article, null), null), cancellationToken);
        if (records.Count == 0)
            return await NothingAsync(context);
        await WriteTextAsync(context, format.Write(records), cancellationToken);
        return RevistaCommandLine.Success;
    }

    private static async Task WriteTextAsync(ExportContext context, string text, CancellationToken cancellationToken)
    {
        if (context.OutputPath is null)
            await context.Output.WriteAsync(text);
        else
            await File.WriteAllTextAsync(context.OutputPath, text, cancellationToken);
    }
}
