using Microsoft.EntityFrameworkCore;
using Revista.Data;
using Revista.Storage;

namespace Revista.Articles;

/// <summary>The child rows an article page shows, of the main article (and every abstract and translation).</summary>
public sealed class ArticleFrontContent
{
    public List<Contributor> Contributors { get; set; } = [];
    public List<Affiliation> Affiliations { get; set; } = [];
    public List<ArticleNote> Notes { get; set; } = [];
    /// <summary>All abstracts, sub-articles' included: a translation sub-article carries the translated abstract.</summary>
    public List<ArticleAbstract> Abstracts { get; set; } = [];
    public List<Keyword> Keywords { get; set; } = [];
    public List<Translation> Translations { get; set; } = [];
    public List<ArticleDate> Dates { get; set; } = [];
    public List<ArticleFunding> Funding { get; set; } = [];
    /// <summary>
    /// The reference list without its rendered HTML (the page has that in its fragment): the page's embedded metadata
    /// writes a citation_reference for each.
    /// </summary>
    public List<Reference> References { get; set; } = [];
    /// <summary>related-article links: the page pairs translations published under their own DOI through them.</summary>
    public List<ArticleRelation> Relations { get; set; } = [];
    /// <summary>The first PDF galley, with its stored file (size, original name).</summary>
    public ArticleAsset? Pdf { get; set; }

    /// <summary>The galley the page offers: the first PDF in document order.</summary>
    public static ArticleAsset? FirstPdf(Article article) =>
        article.Assets.Where(a => a.Role == ArticleAsset.Pdf).OrderBy(a => a.Position).FirstOrDefault();

    /// <summary>The page's rows from the saved rows of the current version, each list in row order (as the tables give them).</summary>
    public static ArticleFrontContent Of(Article article, StoredAsset? pdfFile)
    {
        ArgumentNullException.ThrowIfNull(article);
        var pdf = FirstPdf(article);
        return new ArticleFrontContent
        {
            Contributors = [.. article.Contributors.Where(c => c.SubArticleId == null).OrderBy(c => c.Id)],
            Affiliations = [.. article.Affiliations.Where(a => a.SubArticleId == null).OrderBy(a => a.Id)],
            Notes = [.. article.Notes.Where(n => n.SubArticleId == null).OrderBy(n => n.Id)],
            Abstracts = [.. article.Abstracts.OrderBy(a => a.Id)],
            Keywords = [.. article.Keywords.Where(k => k.SubArticleId == null).OrderBy(k => k.Id)],
            Translations = [.. article.Translations.OrderBy(t => t.Id)],
            Dates = [.. article.Dates.OrderBy(d => d.Id)],
            Funding = [.. article.Funding.OrderBy(f => f.Id)],
            Relations = [.. article.Relations.OrderBy(r => r.Id)],
            References = [.. article.References.OrderBy(r => r.Id).Select(WithoutHtml)],
            Pdf = pdf is null ? null : Detached(pdf, pdfFile),
        };
    }

    /// <summary>
    /// The same content read from the child tables (one query per table): rebuilds a row of an older
    /// <see cref="ArticleFront.Format"/>, and serves an article whose row is missing.
    /// </summary>
    public static async Task<ArticleFrontContent> ReadRowsAsync(RevistaDb db, int articleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var article = await db.Articles.AsNoTracking()
            .Where(a => a.Id == articleId)
            .Include(a => a.Contributors.Where(c => c.SubArticleId == null))
            .Include(a => a.Affiliations.Where(c => c.SubArticleId == null))
            .Include(a => a.Notes.Where(n => n.SubArticleId == null))
            .Include(a => a.Abstracts)
            .Include(a => a.Keywords.Where(k => k.SubArticleId == null))
            .Include(a => a.Translations)
            .Include(a => a.Dates)
            .Include(a => a.Funding)
            .Include(a => a.Relations)
            .Include(a => a.References)
            .Include(a => a.Assets.Where(x => x.Role == ArticleAsset.Pdf)).ThenInclude(x => x.StoredAsset)
            .AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);
        if (article is null)
            return new ArticleFrontContent();
        return Of(article, FirstPdf(article)?.StoredAsset);
    }

    private static Reference WithoutHtml(Reference reference) => new()
    {
        Id = reference.Id,
        ArticleId = reference.ArticleId,
        Position = reference.Position,
        XmlId = reference.XmlId,
        Label = reference.Label,
        PublicationType = reference.PublicationType,
        Authors = reference.Authors,
        Editors = reference.Editors,
        HasEtAl = reference.HasEtAl,
        ArticleTitle = reference.ArticleTitle,
        Source = reference.Source,
        Year = reference.Year,
        Volume = reference.Volume,
        Issue = reference.Issue,
        FirstPage = reference.FirstPage,
        LastPage = reference.LastPage,
        ElocationId = reference.ElocationId,
        Publisher = reference.Publisher,
        PublisherLocation = reference.PublisherLocation,
        Doi = reference.Doi,
        Pmid = reference.Pmid,
        Pmcid = reference.Pmcid,
        Uri = reference.Uri,
        Text = reference.Text,
    };

    // A copy without the tracked StoredAsset graph, so serialising it writes exactly one stored file.
    private static ArticleAsset Detached(ArticleAsset pdf, StoredAsset? file) => new()
    {
        Id = pdf.Id,
        ArticleId = pdf.ArticleId,
        Position = pdf.Position,
        Role = pdf.Role,
        Href = pdf.Href,
        ElementId = pdf.ElementId,
        Sha256 = pdf.Sha256,
        Label = pdf.Label,
        CaptionHtml = pdf.CaptionHtml,
        Width = pdf.Width,
        Height = pdf.Height,
        StoredAsset = file,
    };
}
