using System.Xml.Linq;

namespace Revista.Jats;

/// <summary>
/// The one rule that says which sub-articles (and NLM responses) are translations, shared by the reader (Translation
/// rows) and the renderer (one HTML fragment per translation) so that the two can never disagree.
/// </summary>
internal static class SubArticleKind
{
    /// <summary>
    /// article-type "translation" (SciELO, JATS4R) is a translation. So is a sub-article in another language than its
    /// parent, with a title or a body, whose type is missing, "other" or the parent's own (a second-language copy of the
    /// article). A peer review or reply written in another language is not: its type says what it is.
    /// </summary>
    public static bool IsTranslation(XElement subArticle, string subLanguage, string parentLanguage, string? parentType)
    {
        var type = Attribute(subArticle, "article-type") ?? Attribute(subArticle, "response-type");
        if (string.Equals(type, "translation", StringComparison.OrdinalIgnoreCase))
            return true;
        if (subLanguage == parentLanguage)
            return false;
        var copyOfParent = type is null || type == "other" || string.Equals(type, parentType, StringComparison.OrdinalIgnoreCase);
        return copyOfParent && (HasTitle(subArticle) || Child(subArticle, "body") is not null);
    }

    private static bool HasTitle(XElement subArticle)
    {
        var front = Child(subArticle, "front-stub") ?? Child(Child(subArticle, "front"), "article-meta");
        var title = Child(Child(front, "title-group"), "article-title");
        return title is not null && !string.IsNullOrWhiteSpace(title.Value);
    }

    // Elements are matched by local name: some files put JATS in a default namespace.
    private static XElement? Child(XElement? parent, string name) =>
        parent?.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    private static string? Attribute(XElement element, string name)
    {
        var value = element.Attribute(name)?.Value;
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
