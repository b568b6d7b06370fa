using System.CommandLine;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Revista.Articles;

namespace Revista.Web.Commands;

// `revista export jats`: the stored source of the current version, byte for byte. One article goes to stdout or to
// --output FILE (or into --output FOLDER); several articles need --output FOLDER and become SLUG-ID.xml files there,
// since concatenated XML documents are not XML.
internal static partial class ExportCommand
{
    private static Command JatsCommand(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var command = new Command("jats", "The articles' JATS XML as imported: one article to stdout or --output FILE; several into --output FOLDER as SLUG-ID.xml.");
        command.SetAction((parsed, cancellationToken) => RunAsync(parsed, "jats", output, error, clock, WriteJatsAsync, cancellationToken));
        return command;
    }

    private static async Task<int> WriteJatsAsync(ExportContext context, IQueryable<Article> articles, CancellationToken cancellationToken)
    {
        var ids = await articles.Select(a => new { a.Id, a.Journal!.Slug }).ToListAsync(cancellationToken);
        if (ids.Count == 0)
            return await NothingAsync(context);
        var folder = context.OutputPath is { } path && Directory.Exists(path) ? path : null;
        if (ids.Count > 1 && folder is null)
        {
            await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"revista export jats: {ids.Count} articles match; give --output FOLDER (an existing folder) to write one SLUG-ID.xml file each, or select one article with --article ID."));
            return RevistaCommandLine.UsageError;
        }
        foreach (var article in ids)
        {
            var source = await context.Db.Articles.Where(a => a.Id == article.Id)
                .SelectMany(a => a.Versions.Where(v => v.Number == a.CurrentVersionNumber).Select(v => v.SourceXml))
                .FirstAsync(cancellationToken);
            if (folder is not null)
            {
                // The file name is built from the slug (letters, digits, hyphens) and the id only, so it stays in the folder.
                await File.WriteAllBytesAsync(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{article.Slug}-{article.Id}.xml")), source, cancellationToken);
            }
            else if (context.OutputPath is not null)
            {
                await File.WriteAllBytesAsync(context.OutputPath, source, cancellationToken);
            }
            else if (!await WriteUtf8Async(context.Output, source))
            {
                await context.Error.WriteLineAsync("revista export jats: the stored XML is not UTF-8; give --output FILE to get its bytes unchanged.");
                return RevistaCommandLine.SomeFailed;
            }
        }
        return RevistaCommandLine.Success;
    }

    /// <summary>stdout is text: the bytes go through only when they are UTF-8, so what is written is exactly what is stored.</summary>
    private static async Task<bool> WriteUtf8Async(TextWriter output, byte[] source)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(source);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        await output.WriteAsync(text.TrimStart('\uFEFF'));
        return true;
    }
}
