using System.Xml.Linq;
using Revista.Jats;

namespace Revista.Crossref;

/// <summary>A top-level translation sub-article: what the reader made of it, and its front-stub in the source.</summary>
internal sealed record CrossrefSubArticle(JatsSubArticle Jats, XElement? Stub);

internal static class CrossrefSubArticles
{
    /// <summary>
    /// Top-level translation sub-articles with their source front-stub. <see cref="JatsArticle.SubArticles"/> lists
    /// sub-article and response elements in document order, so the source elements are paired with them by position.
    /// </summary>
    public static IEnumerable<CrossrefSubArticle> Translations(CrossrefWork work)
    {
        var root = work.Source.Root;
        if (root is null)
            yield break;
        var ns = root.Name.Namespace;
        var elements = root.Descendants().Where(e => e.Name.Namespace == ns && e.Name.LocalName is "sub-article" or "response").ToList();
        if (elements.Count != work.Jats.SubArticles.Count)
            yield break;
        foreach (var (jats, element) in work.Jats.SubArticles.Zip(elements))
        {
            if (jats.IsTranslation && jats.ParentId is null)
                yield return new CrossrefSubArticle(jats, element.Element(ns + "front-stub") ?? element.Element(ns + "front")?.Element(ns + "article-meta"));
        }
    }
}
