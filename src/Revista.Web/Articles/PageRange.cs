namespace Revista.Web.Articles;

/// <summary>Pages as printed on the site: "312–313" with an en dash, or the one page.</summary>
internal static class PageRange
{
    public static string Of(string first, string? last) =>
        last is not null && last != first ? first + "–" + last : first;
}
