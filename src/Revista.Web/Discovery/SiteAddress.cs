using Revista.Web.Layout;

namespace Revista.Web.Discovery;

/// <summary>
/// Absolute URLs for documents read away from the site (sitemaps, robots.txt, feeds, the API): the request's scheme,
/// host and path base, without the interface-language prefix that <see cref="UiLanguage"/> moved into the path base.
/// </summary>
internal static class SiteAddress
{
    public static string Root(HttpContext context)
    {
        var pathBase = context.Request.PathBase.Value ?? "";
        var language = UiLanguage.Current(context);
        if (language != UiLanguage.Default && pathBase.EndsWith("/" + language, StringComparison.Ordinal))
            pathBase = pathBase[..^(language.Length + 1)];
        return context.Request.Scheme + "://" + context.Request.Host.ToUriComponent() + pathBase;
    }

    /// <summary>The absolute URL of <paramref name="path"/> in the interface language of the request.</summary>
    public static string Page(HttpContext context, string path) =>
        Root(context) + UiLanguage.Url(UiLanguage.Current(context), path);
}
