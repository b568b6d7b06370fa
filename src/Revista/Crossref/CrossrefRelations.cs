using Revista.Jats;

namespace Revista.Crossref;

/// <summary>Where the relations of a deposited article come from.</summary>
public static class CrossrefRelations
{
    /// <summary>
    /// Every other-language version of the article that has its own DOI, as relations of the article's record: translation
    /// sub-articles carrying their own article-id pub-id-type="doi", related-article translation links of the file
    /// (direction as JatsReader read it), and the links other articles here make to this one (<see cref="CrossrefWork.LinkedFrom"/>).
    /// </summary>
    public static IReadOnlyList<CrossrefRelation> TranslationRelations(CrossrefWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var jats = work.Jats;
        var own = CrossrefText.Doi(jats.Doi);
        var subArticles = jats.SubArticles
            .Where(s => s.IsTranslation && s.ParentId is null)
            .Select(s => CrossrefText.Doi(s.Doi))
            .OfType<string>()
            .Select(doi => new CrossrefRelation(CrossrefRelation.HasTranslation, doi));
        var links = jats.RelatedArticles
            .Where(r => r.Translation is not null && CrossrefText.Doi(r.Doi) is not null)
            .Select(r => new CrossrefRelation(
                r.Translation == JatsTranslationLink.IsTranslationOf ? CrossrefRelation.IsTranslationOf : CrossrefRelation.HasTranslation,
                CrossrefText.Doi(r.Doi)!));
        return
        [
            .. subArticles.Concat(links).Concat(work.LinkedFrom)
                .Where(r => !string.Equals(r.Doi, own, StringComparison.OrdinalIgnoreCase))
                .DistinctBy(r => r.Doi.ToLowerInvariant()),
        ];
    }
}
