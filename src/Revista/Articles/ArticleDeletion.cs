using Microsoft.EntityFrameworkCore;
using Revista.Data;
using Revista.Oai;

namespace Revista.Articles;

/// <summary>
/// Withdraws an article: its row and every child row (versions, contributors, fragments, … by cascade) go, in one
/// transaction with an <see cref="OaiDeletedRecord"/> tombstone (so OAI-PMH harvesters see the deletion) and a search
/// outbox "delete" row (so the index drops it). Stored asset files stay: they are content-addressed and may be shared.
/// </summary>
public static class ArticleDeletion
{
    /// <summary>The tombstone written, or null when no article has that id.</summary>
    public static async Task<OaiDeletedRecord?> DeleteAsync(RevistaDb db, int articleId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == articleId)
            .Select(a => new { a.JournalId, a.Journal!.Slug, a.SectionId })
            .FirstOrDefaultAsync(cancellationToken);
        if (article is null)
            return null;
        await db.Articles.Where(a => a.Id == articleId).ExecuteDeleteAsync(cancellationToken);
        var tombstone = new OaiDeletedRecord
        {
            ArticleId = articleId,
            JournalId = article.JournalId,
            JournalSlug = article.Slug,
            SectionId = article.SectionId,
            DeletedAt = now,
        };
        db.OaiDeletedRecords.Add(tombstone);
        db.SearchOutbox.Add(new SearchOutboxEntry { ArticleId = articleId, Operation = SearchOutboxEntry.Delete, CreatedAt = now });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return tombstone;
    }
}
