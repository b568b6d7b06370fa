using System.Globalization;

namespace Revista.Web.Articles;

internal sealed partial class ArticleMetadata
{
    /// <summary>
    /// Open Graph properties (ogp.me, with the article vertical's article:*) for link previews: the page as read, its
    /// locale and the locales of the other versions, the first figure as its image.
    /// </summary>
    public IReadOnlyList<MetaTag> OpenGraph()
    {
        var tags = new List<MetaTag>
        {
            new("og:type", "article"),
            new("og:title", _reading.Title),
            new("og:description", Description),
            new("og:url", PageUrl),
            new("og:site_name", Journal.Title),
            new("og:locale", OpenGraphLocale(_reading.ContentLanguage)),
        };
        foreach (var language in _reading.Languages.Where(l => !Same(l, _reading.ContentLanguage)))
            tags.Add(new("og:locale:alternate", OpenGraphLocale(language)));
        if (FirstFigureImage() is { } image)
            tags.Add(new("og:image", image));
        tags.Add(new("article:published_time", PublishedOn));
        // article:author is a profile (ogp.me): an author's ORCID record is one; without an iD, the name, as most
        // readers of these tags (link previews) show it as text anyway.
        tags.AddRange(Authors.Select(a => new MetaTag("article:author", OrcidLink.Of(a.Orcid) ?? a.Collab ?? a.DisplayName)));
        return tags;
    }

    /// <summary>Open Graph writes locales as language_TERRITORY ("es_ES"); the language's default region completes a bare tag.</summary>
    public static string OpenGraphLocale(string language)
    {
        try
        {
            var name = CultureInfo.CreateSpecificCulture(language).Name;
            return name.Length > 0 ? name.Replace('-', '_') : language;
        }
        catch (CultureNotFoundException)
        {
            return language;
        }
    }
}
