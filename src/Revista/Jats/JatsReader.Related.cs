using System.Xml.Linq;

namespace Revista.Jats;

public sealed partial class JatsReader
{
    /// <summary>
    /// related-article-type values read as translation links. JATS leaves the attribute's vocabulary open and no JATS
    /// or JATS4R list names translations, so we accept the spellings in use: the JATS habit of naming the role of the
    /// linked work ("corrected-article" links to the article corrected) gives "translated-article" = the other work
    /// is a translation; Crossref's relation names (hasTranslation, isTranslationOf) are accepted hyphenated or not.
    /// The choice is recorded in docs/decisions.md.
    /// </summary>
    private static readonly Dictionary<string, JatsTranslationLink> TranslationTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["translated-article"] = JatsTranslationLink.HasTranslation,
        ["translation"] = JatsTranslationLink.HasTranslation,
        ["has-translation"] = JatsTranslationLink.HasTranslation,
        ["hastranslation"] = JatsTranslationLink.HasTranslation,
        ["translation-forward"] = JatsTranslationLink.HasTranslation,
        ["original-language-article"] = JatsTranslationLink.IsTranslationOf,
        ["translated-from"] = JatsTranslationLink.IsTranslationOf,
        ["translation-of"] = JatsTranslationLink.IsTranslationOf,
        ["is-translation-of"] = JatsTranslationLink.IsTranslationOf,
        ["istranslationof"] = JatsTranslationLink.IsTranslationOf,
    };

    private IReadOnlyList<JatsRelatedArticle> ReadRelatedArticles(XElement? meta) =>
    [
        .. Children(meta, "related-article").Select(link =>
        {
            var type = Clean(link.Attribute("related-article-type")?.Value)?.ToLowerInvariant() ?? "";
            return new JatsRelatedArticle
            {
                Type = type,
                Translation = TranslationTypes.TryGetValue(type, out var direction) ? direction : null,
                Doi = RelatedDoi(link),
                Language = LanguageOf(link),
                Text = Plain(link),
            };
        }),
    ];

    /// <summary>The DOI the link names: xlink:href typed "doi", a doi.org URL, or an article-id/pub-id inside it.</summary>
    private string? RelatedDoi(XElement link)
    {
        var href = Href(link);
        var typed = string.Equals(link.Attribute("ext-link-type")?.Value, "doi", StringComparison.OrdinalIgnoreCase);
        if (href is not null && (typed || href.Contains("doi.org/", StringComparison.OrdinalIgnoreCase) || href.StartsWith("doi:", StringComparison.OrdinalIgnoreCase)))
            return BareDoi(href);
        return link.Descendants()
            .Where(e => (Is(e, "pub-id") || Is(e, "article-id")) && string.Equals(e.Attribute("pub-id-type")?.Value, "doi", StringComparison.OrdinalIgnoreCase))
            .Select(e => BareDoi(Plain(e)))
            .FirstOrDefault(d => d is not null);
    }
}
