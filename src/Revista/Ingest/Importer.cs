using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Revista.Articles;
using Revista.Data;
using Revista.Jats;
using Revista.Storage;

namespace Revista.Ingest;

/// <summary>
/// Imports one article package: parse, store its files, render, and upsert the rows in one transaction.
/// Any failure leaves the database as it was and removes the files this attempt added.
/// </summary>
public sealed class Importer(Func<RevistaDb> openDb, AssetStore store, TimeProvider clock, ImportLimits limits)
{
    /// <summary>Imports a candidate of <see cref="ImportPaths.Expand"/>; one that could not be opened is a failed result.</summary>
    public Task<ImportResult> ImportAsync(ImportCandidate candidate, string? journalSlug, CancellationToken cancellationToken) =>
        candidate.Package is null
            ? Task.FromResult(ImportResult.Failed(candidate.DisplayName, candidate.Problem ?? "unreadable package"))
            : ImportAsync(candidate.Package, journalSlug, cancellationToken);

    public async Task<ImportResult> ImportAsync(ArticlePackage package, string? journalSlug, CancellationToken cancellationToken)
    {
        var warnings = new List<ImportWarning>();
        var addedFiles = new List<string>();
        try
        {
            var xml = package.ReadXml();
            if (await AlreadyImportedAsync(package.DisplayName, xml, journalSlug, cancellationToken) is { } unchanged)
                return unchanged;
            var document = JatsXml.Parse(xml, package.DisplayName);
            var article = JatsReader.Read(document);
            var assets = await PackageAssets.StoreAsync(package, article, store, limits, warnings, addedFiles, cancellationToken);
            var links = assets
                .GroupBy(a => a.Href, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => ToLink(g.First()), StringComparer.Ordinal);
            var rendered = JatsHtml.Render(document, href => links.GetValueOrDefault(href));
            warnings.AddRange(rendered.Problems.Where(p => !p.MissingAsset).Select(p => new ImportWarning(p.Message, p.Line)));

            await using var db = openDb();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var input = new ArticleUpsertInput(article, xml, package.DisplayName, rendered, assets, journalSlug, clock.GetUtcNow());
            var result = await ArticleUpsert.UpsertAsync(db, input, cancellationToken);
            await transaction.CommitAsync(cancellationToken);

            if (result.Outcome == ArticleUpsertOutcome.Unchanged)
                RemoveFiles(addedFiles);
            var outcome = result.Outcome switch
            {
                ArticleUpsertOutcome.Imported => ImportOutcome.Imported,
                ArticleUpsertOutcome.Updated => ImportOutcome.Updated,
                _ => ImportOutcome.Unchanged,
            };
            return new ImportResult(package.DisplayName, outcome, null, warnings, result.ArticleId, result.VersionNumber, article.Doi, result.JournalSlug);
        }
        catch (OperationCanceledException)
        {
            RemoveFiles(addedFiles);
            throw;
        }
        catch (JatsFormatException e)
        {
            RemoveFiles(addedFiles);
            // The loader's messages name the file and the line themselves; the report line already starts with the file.
            var message = e.Message.StartsWith(package.DisplayName + ": ", StringComparison.Ordinal) ? e.Message[(package.DisplayName.Length + 2)..] : e.Message;
            var where = e.Line is null || message.Contains($"line {e.Line}", StringComparison.Ordinal) ? "" : $"line {e.Line}: ";
            return ImportResult.Failed(package.DisplayName, where + message, warnings);
        }
        catch (PackageException e)
        {
            RemoveFiles(addedFiles);
            return ImportResult.Failed(package.DisplayName, e.Message, warnings);
        }
        catch (Exception e)
        {
            // A database or disk failure fails this article only; the transaction was rolled back by disposal.
            RemoveFiles(addedFiles);
            return ImportResult.Failed(package.DisplayName, $"{e.GetType().Name}: {e.GetBaseException().Message}", warnings);
        }
    }

    /// <summary>
    /// The same bytes imported before are the same article version: report it unchanged without parsing or rendering,
    /// so re-running an import over a whole corpus costs one indexed lookup per file.
    /// </summary>
    private async Task<ImportResult?> AlreadyImportedAsync(string source, byte[] xml, string? journalSlug, CancellationToken cancellationToken)
    {
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(xml));
        await using var db = openDb();
        var seen = await (
            from version in db.ArticleVersions
            join article in db.Articles on version.ArticleId equals article.Id
            join journal in db.Journals on article.JournalId equals journal.Id
            where version.XmlSha256 == sha256 && (journalSlug == null || journal.Slug == journalSlug)
            select new { article.Id, article.CurrentVersionNumber, article.Doi, journal.Slug })
            .FirstOrDefaultAsync(cancellationToken);
        return seen is null
            ? null
            : new ImportResult(source, ImportOutcome.Unchanged, null, [], seen.Id, seen.CurrentVersionNumber, seen.Doi, seen.Slug);
    }

    public static string AssetUrl(string sha256, string fileName) =>
        $"/assets/{sha256}/{Uri.EscapeDataString(fileName)}";

    private static AssetLink ToLink(ImportedAsset asset) =>
        new(AssetUrl(asset.Sha256, asset.OriginalFileName), asset.Bytes, asset.MediaType, asset.Width, asset.Height);

    private void RemoveFiles(List<string> added)
    {
        foreach (var sha in added)
            store.Delete(sha);
        added.Clear();
    }
}
