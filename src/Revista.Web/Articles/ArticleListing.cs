using Microsoft.EntityFrameworkCore;
using Revista.Articles;
using Revista.Data;

namespace Revista.Web.Articles;

/// <summary>
/// The authors, PDF galley and title in the interface language of each article of a list, in three queries whatever
/// the list's length. Public only because Razor components (always public) take it as a parameter.
/// </summary>
public sealed record ArticleListing(ILookup<int, string> Authors, Dictionary<int, ArticleAsset> Pdfs, Dictionary<int, Translation> Titles)
{
    internal static async Task<ArticleListing> LoadAsync(RevistaDb db, IReadOnlyCollection<int> articleIds, string uiLanguage, CancellationToken cancellationToken)
    {
        var authors = await AuthorNames.OfAsync(db.Contributors, articleIds, cancellationToken);
        var pdfs = await db.ArticleAssets.AsNoTracking()
            .Include(a => a.StoredAsset)
            .Where(a => articleIds.Contains(a.ArticleId) && a.Role == ArticleAsset.Pdf)
            .OrderBy(a => a.Position)
            .ToListAsync(cancellationToken);
        var titles = await db.Translations.AsNoTracking()
            .Where(t => articleIds.Contains(t.ArticleId) && t.Language == uiLanguage && t.TitleHtml != null)
            .ToListAsync(cancellationToken);
        return new ArticleListing(
            authors,
            pdfs.GroupBy(p => p.ArticleId).ToDictionary(g => g.Key, g => g.First()),
            titles.GroupBy(t => t.ArticleId).ToDictionary(g => g.Key, g => g.First()));
    }

    /// <summary>
    /// Only the columns a list shows (and the section it is grouped under): a table of contents reads a thousand rows,
    /// and the long text columns (licence, copyright, funding statement) are not needed for it.
    /// </summary>
    internal static IQueryable<Article> ListItems(IQueryable<Article> articles) =>
        articles.Select(a => new Article
        {
            Id = a.Id,
            JournalId = a.JournalId,
            IssueId = a.IssueId,
            SectionId = a.SectionId,
            Section = a.Section == null ? null : new Revista.Journals.Section { Id = a.Section.Id, Title = a.Section.Title, Position = a.Section.Position },
            Language = a.Language,
            Title = a.Title,
            TitleHtml = a.TitleHtml,
            FirstPage = a.FirstPage,
            LastPage = a.LastPage,
            PageOrder = a.PageOrder,
            PublishedOn = a.PublishedOn,
            DateLabel = a.DateLabel,
            AccessStatus = a.AccessStatus,
            LicenseUrl = a.LicenseUrl,
        });
}
