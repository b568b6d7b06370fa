using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Revista.Articles;
using Revista.Data;

namespace Revista.Oai;

/// <summary>
/// The records behind the repository, read from the database: published articles (datestamp = UpdatedAt) and the
/// tombstones of withdrawn ones. Lists are keyset-paged on (datestamp, article id) over the indexes on
/// Articles (UpdatedAt, Id), (JournalId, UpdatedAt, Id) and OaiDeletedRecords (DeletedAt, ArticleId): no OFFSET, so a
/// late page costs what the first does.
/// </summary>
public sealed class OaiRecordSource(RevistaDb db, DateOnly today)
{
    /// <summary>The scope a setSpec names, or null when no such set exists.</summary>
    public async Task<OaiScope?> ScopeAsync(string? setSpec, CancellationToken cancellationToken)
    {
        if (setSpec is null)
            return OaiScope.All;
        var colon = setSpec.IndexOf(':', StringComparison.Ordinal);
        var slug = colon < 0 ? setSpec : setSpec[..colon];
        var journalId = await db.Journals.AsNoTracking().Where(j => j.Slug == slug).Select(j => (int?)j.Id).FirstOrDefaultAsync(cancellationToken)
            ?? await db.OaiDeletedRecords.AsNoTracking().Where(d => d.JournalSlug == slug).Select(d => (int?)d.JournalId).FirstOrDefaultAsync(cancellationToken);
        if (journalId is null)
            return null;
        if (colon < 0)
            return new OaiScope(journalId, null);
        var sectionText = setSpec[(colon + 1)..];
        if (!int.TryParse(sectionText, NumberStyles.None, CultureInfo.InvariantCulture, out var sectionId)
            || sectionId.ToString(CultureInfo.InvariantCulture) != sectionText
            || !await db.Sections.AnyAsync(s => s.Id == sectionId && s.JournalId == journalId, cancellationToken))
            return null;
        return new OaiScope(journalId, sectionId);
    }

    /// <summary>Every journal, then its sections (OAI-PMH 2.0 §4.6: a hierarchy lists its parent sets too).</summary>
    public async Task<IReadOnlyList<OaiSet>> SetsAsync(CancellationToken cancellationToken)
    {
        var journals = await db.Journals.AsNoTracking().OrderBy(j => j.Slug).Select(j => new { j.Id, j.Slug, j.Title }).ToListAsync(cancellationToken);
        var sections = (await db.Sections.AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.Id)
                .Select(s => new { s.Id, s.JournalId, s.Title }).ToListAsync(cancellationToken))
            .ToLookup(s => s.JournalId);
        var sets = new List<OaiSet>();
        foreach (var journal in journals)
        {
            sets.Add(new OaiSet(OaiScope.SetSpec(journal.Slug), journal.Title));
            sets.AddRange(sections[journal.Id].Select(s => new OaiSet(OaiScope.SetSpec(journal.Slug, s.Id), journal.Title + ": " + s.Title)));
        }
        return sets;
    }

    /// <summary>The oldest datestamp of any record, live or deleted; null for an empty repository.</summary>
    public async Task<DateTimeOffset?> EarliestDatestampAsync(CancellationToken cancellationToken)
    {
        var live = await Published().OrderBy(a => a.UpdatedAt).Select(a => (DateTimeOffset?)a.UpdatedAt).FirstOrDefaultAsync(cancellationToken);
        var deleted = await db.OaiDeletedRecords.AsNoTracking().OrderBy(d => d.DeletedAt).Select(d => (DateTimeOffset?)d.DeletedAt).FirstOrDefaultAsync(cancellationToken);
        return live is null ? deleted : deleted is null || live < deleted ? live : deleted;
    }

    /// <summary>The header of one article, live or deleted; null when the repository never held it.</summary>
    public async Task<OaiHeader?> HeaderAsync(int articleId, CancellationToken cancellationToken) =>
        await Published().Where(a => a.Id == articleId)
            .Select(a => new OaiHeader(a.Id, a.UpdatedAt, a.Journal!.Slug, a.SectionId, false))
            .FirstOrDefaultAsync(cancellationToken)
        ?? await db.OaiDeletedRecords.AsNoTracking().Where(d => d.ArticleId == articleId)
            .Select(d => new OaiHeader(d.ArticleId, d.DeletedAt, d.JournalSlug, d.SectionId, true))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>How many records the selection holds: counted once per list, for the first page's completeListSize.</summary>
    public async Task<int> CountAsync(OaiScope scope, OaiSelection selection, CancellationToken cancellationToken) =>
        await Live(scope, selection, null).CountAsync(cancellationToken)
        + await Deleted(scope, selection, null).CountAsync(cancellationToken);

    /// <summary>
    /// Up to <paramref name="pageSize"/> headers after <paramref name="after"/> in (datestamp, id) order, live and deleted
    /// merged, and whether more follow.
    /// </summary>
    public async Task<(IReadOnlyList<OaiHeader> Headers, bool More)> PageAsync(
        OaiScope scope, OaiSelection selection, OaiListPosition? after, int pageSize, CancellationToken cancellationToken)
    {
        var live = await Live(scope, selection, after)
            .OrderBy(a => a.UpdatedAt).ThenBy(a => a.Id).Take(pageSize + 1)
            .Select(a => new OaiHeader(a.Id, a.UpdatedAt, a.Journal!.Slug, a.SectionId, false))
            .ToListAsync(cancellationToken);
        var deleted = await Deleted(scope, selection, after)
            .OrderBy(d => d.DeletedAt).ThenBy(d => d.ArticleId).Take(pageSize + 1)
            .Select(d => new OaiHeader(d.ArticleId, d.DeletedAt, d.JournalSlug, d.SectionId, true))
            .ToListAsync(cancellationToken);
        var merged = live.Concat(deleted).OrderBy(h => h.Datestamp).ThenBy(h => h.ArticleId).ToList();
        return (merged.Take(pageSize).ToList(), merged.Count > pageSize);
    }

    /// <summary>
    /// The rows the metadata formats read for <paramref name="articleIds"/>, in a fixed number of queries whatever their
    /// number; the JATS source only when <paramref name="withSource"/>.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, OaiArticle>> ArticlesAsync(
        IReadOnlyCollection<int> articleIds, bool withSource, string siteUrl, CancellationToken cancellationToken)
    {
        var ids = articleIds.ToList();
        var articles = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Include(a => a.Journal).Include(a => a.Issue).Include(a => a.Section)
            .ToListAsync(cancellationToken);
        var authors = (await db.Contributors.AsNoTracking()
                .Where(c => ids.Contains(c.ArticleId) && c.SubArticleId == null && c.ContribType == Contributor.Author)
                .OrderBy(c => c.Position).ToListAsync(cancellationToken))
            .ToLookup(c => c.ArticleId);
        // The main abstract of each language: the article's own, its trans-abstracts and its translations' (no graphical or teaser abstracts).
        var abstracts = (await db.ArticleAbstracts.AsNoTracking()
                .Where(a => ids.Contains(a.ArticleId) && a.Type == null)
                .OrderBy(a => a.SubArticleId != null).ThenBy(a => a.Position).ToListAsync(cancellationToken))
            .ToLookup(a => a.ArticleId);
        var keywords = (await db.Keywords.AsNoTracking().Where(k => ids.Contains(k.ArticleId))
                .OrderBy(k => k.SubArticleId != null).ThenBy(k => k.Position).ToListAsync(cancellationToken))
            .ToLookup(k => k.ArticleId);
        var translations = (await db.Translations.AsNoTracking().Where(t => ids.Contains(t.ArticleId))
                .OrderBy(t => t.Id).ToListAsync(cancellationToken))
            .ToLookup(t => t.ArticleId);
        var sources = withSource
            ? await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
                .Join(db.ArticleVersions, a => new { ArticleId = a.Id, Number = a.CurrentVersionNumber }, v => new { v.ArticleId, v.Number },
                    (a, v) => new { a.Id, v.SourceXml })
                .ToDictionaryAsync(s => s.Id, s => s.SourceXml, cancellationToken)
            : [];
        return articles.ToDictionary(a => a.Id, a => new OaiArticle(
            a,
            [.. authors[a.Id]],
            [.. abstracts[a.Id]],
            [.. keywords[a.Id]],
            [.. translations[a.Id]],
            string.Create(CultureInfo.InvariantCulture, $"{siteUrl}/{a.Journal!.Slug}/articles/{a.Id}"),
            sources.GetValueOrDefault(a.Id)));
    }

    private IQueryable<Article> Published() => db.Articles.AsNoTracking().Published(today);

    private IQueryable<Article> Live(OaiScope scope, OaiSelection selection, OaiListPosition? after)
    {
        var articles = Published();
        if (scope.JournalId is { } journalId)
            articles = articles.Where(a => a.JournalId == journalId);
        if (scope.SectionId is { } sectionId)
            articles = articles.Where(a => a.SectionId == sectionId);
        if (selection.FromInclusive is { } from)
            articles = articles.Where(a => a.UpdatedAt >= from);
        if (selection.UntilExclusive is { } until)
            articles = articles.Where(a => a.UpdatedAt < until);
        if (after is { } position)
        {
            var (stamp, id) = (position.Datestamp, position.ArticleId);
            articles = articles.Where(a => a.UpdatedAt > stamp || (a.UpdatedAt == stamp && a.Id > id));
        }
        return articles;
    }

    private IQueryable<OaiDeletedRecord> Deleted(OaiScope scope, OaiSelection selection, OaiListPosition? after)
    {
        var deleted = db.OaiDeletedRecords.AsNoTracking();
        if (scope.JournalId is { } journalId)
            deleted = deleted.Where(d => d.JournalId == journalId);
        if (scope.SectionId is { } sectionId)
            deleted = deleted.Where(d => d.SectionId == sectionId);
        if (selection.FromInclusive is { } from)
            deleted = deleted.Where(d => d.DeletedAt >= from);
        if (selection.UntilExclusive is { } until)
            deleted = deleted.Where(d => d.DeletedAt < until);
        if (after is { } position)
        {
            var (stamp, id) = (position.Datestamp, position.ArticleId);
            deleted = deleted.Where(d => d.DeletedAt > stamp || (d.DeletedAt == stamp && d.ArticleId > id));
        }
        return deleted;
    }
}
