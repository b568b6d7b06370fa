using Revista.Jats;

namespace Revista.Crossref;

/// <summary>Where the relations of a deposited article come from.</summary>
public static class CrossrefRelations
{
    /// <summary>
    /// Every other-language version of the article that has its own DOI, as relations of the article's record. The one
    /// place translations are collected: today from translation sub-articles carrying their own article-id
    /// pub-id-type="doi"; other-language articles linked with related-article (JATS related-article-type
    /// "translated-article" / "translation", an article of its own with its own DOI) are to be added here, as
    /// <see cref="CrossrefRelation.HasTranslation"/> when the link points at a translation and
    /// <see cref="CrossrefRelation.IsTranslationOf"/> when it points at the original.
    /// </summary>
    public static IReadOnlyList<CrossrefRelation> TranslationRelations(JatsArticle jats)
    {
        ArgumentNullException.ThrowIfNull(jats);
        var own = CrossrefText.Doi(jats.Doi);
        return
        [
            .. jats.SubArticles
                .Where(s => s.IsTranslation && s.ParentId is null)
                .Select(s => CrossrefText.Doi(s.Doi))
                .OfType<string>()
                .Where(doi => !string.Equals(doi, own, StringComparison.OrdinalIgnoreCase))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Select(doi => new CrossrefRelation(CrossrefRelation.HasTranslation, doi)),
        ];
    }
}
