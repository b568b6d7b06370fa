using Microsoft.EntityFrameworkCore;
using Revista.Articles;
using Revista.Data;
using Revista.Web.Layout;

namespace Revista.Web.Articles;

/// <summary>
/// Everything the article page shows, read in three queries: the article with its journal, issue, section, visits counter
/// and the copy of its child rows made at import (<see cref="ArticleFront"/>), the full-text fragment of the language being read, and
/// the other-language articles paired with it (<see cref="LinkedVersion"/>). Public only because Razor
/// components (always public) take it as a parameter.
/// </summary>
public sealed record ArticleReading(
    Article Article,
    string ContentLanguage,
    Translation? Translation,
    IReadOnlyList<Contributor> Contributors,
    IReadOnlyList<Affiliation> Affiliations,
    IReadOnlyList<ArticleNote> AuthorNotes,
    ArticleNote? CitationNote,
    IReadOnlyList<ArticleAbstract> Abstracts,
    IReadOnlyList<Keyword> Keywords,
    IReadOnlyList<ArticleDate> Dates,
    IReadOnlyList<ArticleFunding> Funding,
    ArticleAsset? Pdf,
    FragmentOutline? FullText,
    IReadOnlyList<LinkedVersion> LinkedVersions)
{
    /// <summary>The reference list as structured rows, for the page's embedded metadata (citation_reference).</summary>
    public IReadOnlyList<Reference> References { get; init; } = [];

    /// <summary>
    /// The article's COUNTER Unique_Item_Investigations to date (<see cref="Revista.Statistics.ArticleUsageCounter"/>),
    /// or null when usage processing has never counted it: the page then shows no number rather than an unmeasured zero.
    /// </summary>
    public long? Visits { get; init; }

    /// <summary>Languages this article can be read in: its own, its translations', and those of its linked versions.</summary>
    public IEnumerable<string> Languages =>
        new[] { Article.Language }
            .Concat(Article.Translations.Select(t => t.Language))
            .Concat(LinkedVersions.Select(v => v.Language).OfType<string>())
            .Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Other-language articles published here in a language the interface does not speak: the switch and the hreflang
    /// links name them beside the interface languages.
    /// </summary>
    public IEnumerable<LinkedVersion> LinkedBeyondInterface =>
        LinkedVersions.Where(v => v.Path is not null && v.Language is not null && !UiLanguage.Supported.Contains(v.Language));

    /// <summary>The published other-language article in that language, when there is one here.</summary>
    public LinkedVersion? LinkedVersionIn(string language) =>
        LinkedVersions.FirstOrDefault(v => v.Path is not null && Same(v.Language, language));

    public string Title => Translation?.Title is { } title ? title : Article.Title;

    public string TitleHtml => Translation?.TitleHtml ?? Article.TitleHtml;

    public string? SubtitleHtml => Translation is null ? Article.SubtitleHtml : Translation.SubtitleHtml;

    public bool IsTranslated => Translation is not null;

    internal static async Task<ArticleReading?> LoadAsync(RevistaDb db, string slug, int id, string uiLanguage, CancellationToken cancellationToken)
    {
        // One query for the article, its journal, issue and section (which change on their own, so they are joined, not
        // copied) and the page copy of its child rows; one for the fragments. A row of an older format is read from the
        // child tables instead, so a stale copy is never shown.
        // The visits counter rides along as a correlated subquery on its primary key, so showing it costs no query.
        var found = await db.Articles.AsNoTracking()
            .Where(a => a.Id == id && a.Journal!.Slug == slug)
            .Include(a => a.Journal).Include(a => a.Issue).Include(a => a.Section).Include(a => a.Front)
            .Select(a => new
            {
                Article = a,
                Visits = db.ArticleUsageCounters.Where(c => c.ArticleId == a.Id).Select(c => (long?)c.UniqueItemInvestigations).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
            return null;
        var article = found.Article;
        var front = article.Front is { Format: ArticleFront.CurrentFormat } row
            ? row.Content
            : await ArticleFrontContent.ReadRowsAsync(db, article.Id, cancellationToken);
        article.Translations = front.Translations;
        // Every language's keywords and abstracts, for the page's embedded metadata (ArticleMetadata).
        article.Keywords = front.Keywords;
        article.Abstracts = front.Abstracts;

        var translation = Same(article.Language, uiLanguage) ? null
            : article.Translations.FirstOrDefault(t => Same(t.Language, uiLanguage));
        var contentLanguage = translation?.Language ?? article.Language;
        // The translation's fragment and the original's in one query: the translation may borrow the original's
        // figures, tables and references (see FragmentBlocks).
        var subArticleId = translation?.SubArticleId;
        var fragments = await db.ArticleFragments.AsNoTracking()
            .Where(f => f.ArticleId == article.Id && (!f.IsTranslation || (subArticleId != null && f.SubArticleId == subArticleId)))
            .Select(f => new { f.Html, f.Language, f.IsTranslation })
            .ToListAsync(cancellationToken);
        var original = fragments.FirstOrDefault(f => !f.IsTranslation);
        var translated = subArticleId is null ? null : fragments.FirstOrDefault(f => f.IsTranslation);
        var borrowed = translated is null || original is null ? "" : FragmentBlocks.Borrowed(translated.Html, original.Html);
        var fullText = translated is not null
            ? FragmentOutline.Of(translated.Html + (borrowed.Length == 0 ? "" : $"<div class=\"borrowed\" lang=\"{System.Net.WebUtility.HtmlEncode(original!.Language)}\">{borrowed}</div>"), translated.Language)
            : original is null ? null : FragmentOutline.Of(original.Html, original.Language);

        var abstracts = front.Abstracts
            .Where(a => Same(LanguageOf(a.Language, article), contentLanguage) && (a.SubArticleId == null || a.SubArticleId == translation?.SubArticleId))
            .GroupBy(a => (a.Type, a.Title))
            .Select(g => g.First())
            .OrderBy(a => a.SubArticleId != null).ThenBy(a => a.Position)
            .ToList();
        return new ArticleReading(
            article,
            contentLanguage,
            translation,
            [.. front.Contributors.OrderBy(c => c.Position)],
            [.. front.Affiliations.OrderBy(a => a.Position)],
            [.. front.Notes.Where(n => n.Kind == ArticleNote.AuthorNote).OrderBy(n => n.Position)],
            front.Notes.Where(n => n.Kind == ArticleNote.Note && n.Type == "citation").MinBy(n => n.Position),
            abstracts,
            [.. front.Keywords.Where(k => Same(LanguageOf(k.Language, article), contentLanguage)).OrderBy(k => k.Position)],
            [.. front.Dates.OrderBy(d => d.Position)],
            [.. front.Funding.OrderBy(f => f.Position)],
            front.Pdf,
            fullText,
            await LinkedVersion.LoadAsync(db, article, front.Relations, cancellationToken))
        {
            References = [.. front.References.OrderBy(r => r.Position)],
            Visits = found.Visits,
        };
    }

    // A row without xml:lang is in the article's language (JATS: xml:lang inherits from the enclosing element).
    private static string LanguageOf(string language, Article article) => language.Length == 0 ? article.Language : language;

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
