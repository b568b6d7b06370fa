using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Revista.Data;
using Revista.Jats;
using Revista.Storage;

namespace Revista.Articles;

/// <summary>
/// Writes one parsed article into the database: the journal, issue and section it belongs to, a new version holding
/// the original XML, and the rows and HTML of that version. Re-importing byte-identical XML writes nothing.
/// </summary>
/// <remarks>
/// The caller owns the transaction: it begins one per article, calls <see cref="UpsertAsync"/> (which saves but never
/// commits) and commits, or rolls back on failure so that nothing of the article remains. After a rollback the
/// context still tracks what was saved, so dispose it (or call ChangeTracker.Clear()) before the next article; a fresh
/// context per article also keeps memory flat over a large import.
/// </remarks>
public static partial class ArticleUpsert
{
    private static readonly HashSet<string> AssetRoles =
        [ArticleAsset.Figure, ArticleAsset.Graphic, ArticleAsset.Supplement, ArticleAsset.Pdf, ArticleAsset.Media, ArticleAsset.Inline];

    public static async Task<ArticleUpsertResult> UpsertAsync(RevistaDb db, ArticleUpsertInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(input);
        var jats = input.Article;
        Validate(input);
        var doiKey = DoiKeyOf(jats.Doi);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(input.SourceXml));
        var now = input.Now.ToUniversalTime();

        // Everything up to the identical-XML check only reads, so an unchanged article leaves nothing to save.
        var journal = await FindJournalAsync(db, jats.Journal, input.JournalSlug, cancellationToken);
        var article = await FindArticleAsync(db, doiKey, Clean(jats.PublisherId), journal, cancellationToken);
        if (article is not null)
        {
            // Any earlier version counts: two files of the same article imported in turn must not flip-flop between them.
            var seenBefore = await db.ArticleVersions
                .AnyAsync(v => v.ArticleId == article.Id && v.XmlSha256 == sha256, cancellationToken);
            if (seenBefore)
            {
                var slug = journal?.Id == article.JournalId
                    ? journal.Slug
                    : await db.Journals.Where(j => j.Id == article.JournalId).Select(j => j.Slug).FirstAsync(cancellationToken);
                return new ArticleUpsertResult(ArticleUpsertOutcome.Unchanged, article.Id, article.CurrentVersionNumber, slug);
            }
        }

        journal ??= await CreateJournalAsync(db, jats.Journal, input.JournalSlug, now, cancellationToken);
        await CompleteJournalAsync(db, journal, jats, cancellationToken);
        var issue = await FindOrCreateIssueAsync(db, journal, jats, cancellationToken);
        var section = await FindOrCreateSectionAsync(db, journal, jats.Section, cancellationToken);

        var outcome = article is null ? ArticleUpsertOutcome.Imported : ArticleUpsertOutcome.Updated;
        if (article is null)
        {
            article = new Article { CreatedAt = now };
            db.Articles.Add(article);
        }
        else
        {
            await DeleteCurrentRowsAsync(db, article.Id, cancellationToken);
        }

        article.Journal = journal;
        // Navigations of a loaded article are not loaded, so clearing one would not clear its foreign key.
        article.Issue = issue;
        if (issue is null)
            article.IssueId = null;
        article.Section = section;
        if (section is null)
            article.SectionId = null;
        ArticleRows.ApplyMetadata(article, jats, now);
        ArticleRows.ReplaceChildren(article, jats, input.Rendered, input.Assets);
        article.CurrentVersionNumber++;
        // The datestamp harvesters see (OAI-PMH §2.7.1) and sitemaps' lastmod. An article dated after its import becomes
        // public on that day; stamped with the import time, it would come out older than harvests made in between, and
        // an incremental harvest ("from" its last run) would never collect it.
        var appears = new DateTimeOffset(article.PublishedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        article.UpdatedAt = appears > now ? appears : now;
        article.Versions.Add(new ArticleVersion
        {
            Number = article.CurrentVersionNumber,
            XmlSha256 = sha256,
            SourceXml = input.SourceXml,
            SourceFileName = input.SourceFileName,
            ImportedAt = now,
            RendererVersion = JatsHtml.RendererVersion,
        });
        await AddMissingStoredAssetsAsync(db, input.Assets, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        // The article's id (and its rows' ids) exist only now; the page copy of the rows and the outbox row join the
        // same transaction, so a reader never sees rows and copy disagree.
        db.ArticleFronts.Add(new ArticleFront { ArticleId = article.Id, Content = await FrontContentAsync(db, article, cancellationToken) });
        db.SearchOutbox.Add(new SearchOutboxEntry { ArticleId = article.Id, Operation = SearchOutboxEntry.Upsert, CreatedAt = now });
        await db.SaveChangesAsync(cancellationToken);
        return new ArticleUpsertResult(outcome, article.Id, article.CurrentVersionNumber, journal.Slug);
    }

    /// <summary>The DOI as written, without a resolver prefix ("https://doi.org/", "doi:").</summary>
    public static string? DoiOf(string? doi)
    {
        var value = Clean(doi);
        if (value is null)
            return null;
        foreach (var prefix in (string[])["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"])
        {
            if (value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                return Clean(value[prefix.Length..]);
        }
        return value;
    }

    /// <summary>The DOI as matched: lower-cased, since DOIs are case-insensitive (DOI Handbook §2.4).</summary>
    public static string? DoiKeyOf(string? doi) => DoiOf(doi)?.ToLowerInvariant();

    private static void Validate(ArticleUpsertInput input)
    {
        CheckLength(input.Article.Doi, ColumnLengths.Doi, "The DOI");
        CheckLength(input.Article.PublisherId, ColumnLengths.PublisherId, "The publisher-id");
        CheckLength(input.Article.Volume, ColumnLengths.IssueLabel, "The volume");
        CheckLength(input.Article.Issue, ColumnLengths.IssueLabel, "The issue");
        foreach (var asset in input.Assets)
        {
            if (!AssetStore.IsSha256(asset.Sha256))
                throw new ArgumentException($"Asset \"{asset.Href}\" has no SHA-256 (64 hex digits): \"{asset.Sha256}\".", nameof(input));
            CheckLength(asset.MediaType, ColumnLengths.MediaType, $"The media type of \"{asset.Href}\"");
            if (!AssetRoles.Contains(asset.Role))
                throw new ArgumentException($"Asset \"{asset.Href}\" has role \"{asset.Role}\"; expected one of {string.Join(", ", AssetRoles)}.", nameof(input));
        }
    }

    private static void CheckLength(string? value, int maximum, string what)
    {
        if (value is not null && value.Trim().Length > maximum)
            throw new InvalidDataException($"{what} is longer than {maximum} characters: \"{value[..Math.Min(value.Length, 80)]}…\".");
    }

    /// <summary>Same DOI anywhere; else the same publisher-id in the same journal, unless both carry different DOIs.</summary>
    private static async Task<Article?> FindArticleAsync(RevistaDb db, string? doiKey, string? publisherId, Journals.Journal? journal, CancellationToken cancellationToken)
    {
        if (doiKey is not null
            && await db.Articles.FirstOrDefaultAsync(a => a.DoiKey == doiKey, cancellationToken) is { } byDoi)
        {
            return byDoi;
        }
        if (publisherId is null || journal is null)
            return null;
        return await db.Articles
            .Where(a => a.JournalId == journal.Id && a.PublisherId == publisherId && (doiKey == null || a.DoiKey == null))
            .OrderBy(a => a.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// Deletes the rows of the current version in bulk (one statement per table, inside the caller's transaction) and
    /// forgets any the context still tracks, so the new rows are inserted, not reconciled.
    /// </summary>
    private static async Task DeleteCurrentRowsAsync(RevistaDb db, int articleId, CancellationToken cancellationToken)
    {
        await db.Contributors.Where(r => r.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await db.Affiliations.Where(r => r.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await db.ArticleNotes.Where(r => r.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await db.ArticleAbstracts.Where(r => r.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await db.Keywords.Where(r => r.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await db.ArticleSubjects.Where(r => r.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await db.Translations.Where(r => r.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await db.References.Where(r => r.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await db.ArticleFunding.Where(r => r.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await db.ArticleDates.Where(r => r.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await db.ArticleAssets.Where(r => r.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await db.ArticleFragments.Where(r => r.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await db.ArticleRelations.Where(r => r.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await db.ArticleFronts.Where(r => r.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);

        var replaced = new HashSet<Type>
        {
            typeof(Contributor), typeof(Affiliation), typeof(ArticleNote), typeof(ArticleAbstract), typeof(Keyword), typeof(ArticleSubject),
            typeof(Translation), typeof(Reference), typeof(ArticleFunding), typeof(ArticleDate), typeof(ArticleAsset), typeof(ArticleFragment),
            typeof(ArticleRelation), typeof(ArticleFront),
        };
        var stale = db.ChangeTracker.Entries()
            .Where(e => replaced.Contains(e.Metadata.ClrType) && Equals(e.Property(nameof(Contributor.ArticleId)).CurrentValue, articleId))
            .ToList();
        foreach (var entry in stale)
            entry.State = EntityState.Detached;
    }

    /// <summary>The page copy of the rows just saved; the PDF's stored file is read (or found tracked) for its name and size.</summary>
    private static async Task<ArticleFrontContent> FrontContentAsync(RevistaDb db, Article article, CancellationToken cancellationToken)
    {
        var pdf = ArticleFrontContent.FirstPdf(article);
        var file = pdf is null ? null : pdf.StoredAsset ?? await db.StoredAssets.FindAsync([pdf.Sha256], cancellationToken);
        return ArticleFrontContent.Of(article, file);
    }

    /// <summary>Adds a <see cref="StoredAsset"/> row for each file the database does not know yet (one query for all).</summary>
    private static async Task AddMissingStoredAssetsAsync(RevistaDb db, IReadOnlyList<ImportedAsset> assets, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var bySha256 = assets.GroupBy(a => a.Sha256.ToLowerInvariant()).ToDictionary(g => g.Key, g => g.First());
        if (bySha256.Count == 0)
            return;
        var wanted = bySha256.Keys.ToList();
        var known = (await db.StoredAssets.Where(s => wanted.Contains(s.Sha256)).Select(s => s.Sha256).ToListAsync(cancellationToken)).ToHashSet();
        known.UnionWith(db.ChangeTracker.Entries<StoredAsset>().Select(e => e.Entity.Sha256));
        foreach (var (sha256, asset) in bySha256)
        {
            if (known.Contains(sha256))
                continue;
            db.StoredAssets.Add(new StoredAsset
            {
                Sha256 = sha256,
                Bytes = asset.Bytes,
                MediaType = asset.MediaType,
                Width = asset.Width,
                Height = asset.Height,
                OriginalFileName = asset.OriginalFileName,
                CreatedAt = now,
            });
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
