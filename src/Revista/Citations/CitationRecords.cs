using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Revista.Articles;
using Revista.Data;

namespace Revista.Citations;

/// <summary>Citation records read from the database: articles of ours and the references they cite.</summary>
public static class CitationRecords
{
    /// <summary>
    /// The published articles of <paramref name="articles"/> in the query's order, in four queries whatever their number
    /// (articles, authors, abstracts, keywords). <paramref name="urlOf"/> gives each article's page (and PDF) address.
    /// <paramref name="order"/>, when given, is the order of the articles' ids instead (a search's ranking, which SQL does not know).
    /// </summary>
    public static async Task<IReadOnlyList<CitationRecord>> ForArticlesAsync(
        RevistaDb db, IQueryable<Article> articles, Func<Article, (string? Page, string? Pdf)> urlOf, CancellationToken cancellationToken,
        IReadOnlyList<int>? order = null)
    {
        var rows = await articles.AsNoTracking().Include(a => a.Journal).Include(a => a.Issue).ToListAsync(cancellationToken);
        if (order is not null)
            rows = rows.InOrderOf(order, a => a.Id);
        var ids = rows.Select(a => a.Id).ToList();
        var authors = (await db.Contributors.AsNoTracking()
                .Where(c => ids.Contains(c.ArticleId) && c.SubArticleId == null && c.ContribType == Contributor.Author)
                .OrderBy(c => c.Position).ToListAsync(cancellationToken))
            .ToLookup(c => c.ArticleId);
        var abstracts = (await db.ArticleAbstracts.AsNoTracking()
                .Where(a => ids.Contains(a.ArticleId) && a.SubArticleId == null && a.Type == null && !a.IsTranslation)
                .OrderBy(a => a.Position).Select(a => new { a.ArticleId, a.Text }).ToListAsync(cancellationToken))
            .ToLookup(a => a.ArticleId, a => a.Text);
        var keywords = (await db.Keywords.AsNoTracking()
                .Where(k => ids.Contains(k.ArticleId) && k.SubArticleId == null)
                .OrderBy(k => k.Position).ToListAsync(cancellationToken))
            .ToLookup(k => k.ArticleId);
        return [.. rows.Select(article =>
        {
            var (page, pdf) = urlOf(article);
            var ownKeywords = keywords[article.Id].Where(k => k.Language.Length == 0 || string.Equals(k.Language, article.Language, StringComparison.OrdinalIgnoreCase));
            return FromArticle(article, authors[article.Id], abstracts[article.Id].FirstOrDefault(), ownKeywords.Select(k => k.Value), page, pdf);
        })];
    }

    /// <summary>The reference list of one article, in its order.</summary>
    public static async Task<IReadOnlyList<CitationRecord>> ForReferencesAsync(RevistaDb db, int articleId, CancellationToken cancellationToken) =>
        [.. (await db.References.AsNoTracking().Where(r => r.ArticleId == articleId).OrderBy(r => r.Position).ToListAsync(cancellationToken))
            .Select(FromReference)];

    /// <summary>An article (with its journal and issue loaded) and its authors in byline order.</summary>
    public static CitationRecord FromArticle(
        Article article, IEnumerable<Contributor> authors, string? abstractText, IEnumerable<string> keywords, string? url, string? pdfUrl)
    {
        var journal = article.Journal;
        return new CitationRecord
        {
            Id = article.Doi ?? string.Create(CultureInfo.InvariantCulture, $"{journal?.Slug}-{article.Id}"),
            Type = CitationType.JournalArticle,
            Title = article.Subtitle is { Length: > 0 } subtitle ? article.Title + ": " + subtitle : article.Title,
            Authors = [.. authors.Select(c => new CitationName(c.Surname, c.GivenNames, c.Suffix, c.Collab ?? (c.Surname is null ? c.DisplayName : null), c.Orcid))],
            ContainerTitle = journal?.Title,
            ContainerTitleShort = journal?.AbbreviatedTitle,
            Issns = new[] { journal?.ElectronicIssn, journal?.PrintIssn }.OfType<string>().ToList(),
            Volume = article.Issue?.Volume,
            Issue = article.Issue?.Number,
            FirstPage = article.FirstPage,
            LastPage = article.LastPage,
            ElocationId = article.ElocationId,
            Issued = new CitationDate(article.PublishedOn.Year, article.PublishedOn.Month, article.PublishedOn.Day),
            Doi = article.Doi,
            Pmid = article.Pmid,
            Pmcid = article.Pmcid,
            Url = url,
            PdfUrl = pdfUrl,
            Publisher = journal?.Publisher,
            PublisherPlace = journal?.PublisherLocation,
            Language = article.Language,
            Abstract = abstractText,
            Keywords = [.. keywords],
        };
    }

    /// <summary>A reference as its JATS citation structures it; mixed citations without structure keep what they tag.</summary>
    public static CitationRecord FromReference(Reference reference)
    {
        var type = CitationTypes.Of(reference.PublicationType, reference.Source, reference.Volume);
        // A book's source is its own title; a chapter's or an article's source is the work that contains it.
        var sourceIsTitle = type is CitationType.Book or CitationType.Thesis or CitationType.Report && reference.ArticleTitle is null;
        return new CitationRecord
        {
            Id = reference.Doi ?? reference.XmlId ?? "ref-" + reference.Position.ToString(CultureInfo.InvariantCulture),
            Type = type,
            Title = sourceIsTitle ? reference.Source : reference.ArticleTitle ?? (type == CitationType.Other ? reference.Source : null),
            Authors = [.. reference.Authors.Select(Name)],
            Editors = [.. reference.Editors.Select(Name)],
            ContainerTitle = sourceIsTitle || (type == CitationType.Other && reference.ArticleTitle is null) ? null : reference.Source,
            Volume = reference.Volume,
            Issue = reference.Issue,
            FirstPage = reference.FirstPage,
            LastPage = reference.LastPage,
            ElocationId = reference.ElocationId,
            Issued = YearOf(reference.Year) is { } year ? new CitationDate(year) : null,
            Doi = reference.Doi,
            Pmid = reference.Pmid,
            Pmcid = reference.Pmcid,
            Url = reference.Uri,
            Publisher = reference.Publisher,
            PublisherPlace = reference.PublisherLocation,
        };
    }

    private static CitationName Name(ReferenceName name) => new(name.Surname, name.GivenNames, name.Suffix, name.Collab);

    // JATS <year> may carry "2014a" (disambiguation) or "2014-2015": the first four digits are the year.
    private static int? YearOf(string? year) =>
        year is { Length: >= 4 } && int.TryParse(year.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : null;
}
