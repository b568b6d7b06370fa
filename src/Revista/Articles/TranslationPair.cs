using Revista.Data;

namespace Revista.Articles;

/// <summary>
/// Two articles here paired by a translation link (JATS related-article, decisions #12) in either file: the article's own
/// link names the other's DOI, or the other's link names the article's DOI (an original often says nothing of a
/// translation published after it). <see cref="Translation"/> is the link's direction as its file states it, so
/// <see cref="LinkedByOther"/> says from whose side to read it.
/// </summary>
public sealed record TranslationPair
{
    // Init properties rather than a positional constructor: EF Core can filter and join on them after the projection.
    public int ArticleId { get; init; }
    public string ArticleLanguage { get; init; } = "";
    public int OtherId { get; init; }
    public string OtherLanguage { get; init; } = "";
    public string Translation { get; init; } = "";
    public bool LinkedByOther { get; init; }

    /// <summary>Whether the other article of a pair with these columns is the original and this one its translation.</summary>
    public static bool IsOriginal(string translation, bool linkedByOther) =>
        linkedByOther ? translation == ArticleRelation.HasTranslation : translation == ArticleRelation.IsTranslationOf;

    /// <summary>
    /// The one query every pairing goes through (article page, sitemap, cache eviction, Crossref): both directions of
    /// every translation link between <paramref name="articles"/> and <paramref name="others"/>, as a single SQL
    /// statement the caller can filter and project further. Languages are returned, not compared: a page leaves out a
    /// link to its own language (no translation, whatever the type says), a deposit does not.
    /// </summary>
    public static IQueryable<TranslationPair> Between(RevistaDb db, IQueryable<Article> articles, IQueryable<Article> others)
    {
        var byArticle =
            from article in articles
            join relation in db.ArticleRelations on article.Id equals relation.ArticleId
            where relation.Translation != null && relation.DoiKey != null
            join other in others on relation.DoiKey equals other.DoiKey
            where other.Id != article.Id
            select new TranslationPair { ArticleId = article.Id, ArticleLanguage = article.Language, OtherId = other.Id, OtherLanguage = other.Language, Translation = relation.Translation!, LinkedByOther = false };
        var byOther =
            from article in articles
            where article.DoiKey != null
            join relation in db.ArticleRelations on article.DoiKey equals relation.DoiKey
            where relation.Translation != null
            join other in others on relation.ArticleId equals other.Id
            where other.Id != article.Id
            select new TranslationPair { ArticleId = article.Id, ArticleLanguage = article.Language, OtherId = other.Id, OtherLanguage = other.Language, Translation = relation.Translation!, LinkedByOther = true };
        return byArticle.Concat(byOther);
    }
}
