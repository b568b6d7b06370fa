namespace Revista.Web.Articles;

/// <summary>
/// What the page navigation needs to know about a pre-rendered fragment: how many figures and tables it holds and where
/// its reference list starts. The fragment is the renderer's own output (fig → figure.fig, table-wrap →
/// figure.table-wrap, ref-list → section.ref-list), so a scan for those class attributes is exact, and it runs only
/// on a cache miss.
/// </summary>
public sealed record FragmentOutline(string Html, string Language, int Figures, int Tables, string? ReferencesId, string? FirstFigureId, string? FirstTableId)
{
    public const string ReferencesAnchor = "references";

    public static FragmentOutline Of(string html, string language)
    {
        var figures = Count(html, "class=\"fig\"");
        var tables = Count(html, "class=\"table-wrap\"");
        var referencesId = ReferenceListId(ref html);
        return new FragmentOutline(html, language, figures, tables, referencesId, FirstId(html, "class=\"fig\""), FirstId(html, "class=\"table-wrap\""));
    }

    private static int Count(string html, string attribute)
    {
        var count = 0;
        for (var at = html.IndexOf(attribute, StringComparison.Ordinal); at >= 0; at = html.IndexOf(attribute, at + attribute.Length, StringComparison.Ordinal))
            count++;
        return count;
    }

    /// <summary>The id of the first element with <paramref name="attribute"/>, when its tag has one.</summary>
    private static string? FirstId(string html, string attribute)
    {
        var at = html.IndexOf(attribute, StringComparison.Ordinal);
        if (at < 0)
            return null;
        var tag = html[html.LastIndexOf('<', at)..at];
        const string idAttribute = " id=\"";
        var idAt = tag.IndexOf(idAttribute, StringComparison.Ordinal);
        if (idAt < 0)
            return null;
        var start = idAt + idAttribute.Length;
        return tag[start..tag.IndexOf('"', start)];
    }

    /// <summary>The id of the first reference list, giving it one when the JATS ref-list had none.</summary>
    private static string? ReferenceListId(ref string html)
    {
        const string marker = "class=\"ref-list\"";
        var at = html.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
            return null;
        var tagStart = html.LastIndexOf('<', at);
        var tag = html[tagStart..at];
        const string idAttribute = " id=\"";
        var idAt = tag.IndexOf(idAttribute, StringComparison.Ordinal);
        if (idAt >= 0)
        {
            var start = idAt + idAttribute.Length;
            return tag[start..tag.IndexOf('"', start)];
        }
        html = html.Insert(at, "id=\"" + ReferencesAnchor + "\" ");
        return ReferencesAnchor;
    }
}
