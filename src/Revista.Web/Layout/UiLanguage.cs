using System.Globalization;

namespace Revista.Web.Layout;

/// <summary>
/// The interface language, chosen by the first URL segment ("/es/rcra/articles/1"); English has no prefix, so each
/// page has exactly one URL per language. The prefix is moved into PathBase, so every route is declared once.
/// </summary>
internal static class UiLanguage
{
    public const string Default = "en";

    /// <summary>English, then each culture that has a satellite assembly of SiteText beside the executable.</summary>
    public static IReadOnlyList<string> Supported { get; } = Discover();

    private static readonly object LanguageKey = new();

    public static string Current(HttpContext? context) =>
        context?.Items[LanguageKey] as string ?? Default;

    /// <summary>The path of <paramref name="path"/> (which starts with "/") in <paramref name="language"/>.</summary>
    public static string Url(string language, string path) =>
        language == Default ? path : "/" + language + (path == "/" ? "" : path);

    public static IApplicationBuilder UseUiLanguage(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            // The not-found page is re-executed at "/not-found", without the language prefix: keep the language the
            // first pass read from the requested path (Items belong to the whole request).
            var reExecuted = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null;
            var language = reExecuted && context.Items[LanguageKey] is string chosen ? chosen : Default;
            var path = context.Request.Path.Value ?? "/";
            foreach (var candidate in reExecuted ? [] : Supported)
            {
                if (candidate == Default)
                    continue;
                var prefix = "/" + candidate;
                if (path.Equals(prefix, StringComparison.Ordinal) || path.StartsWith(prefix + "/", StringComparison.Ordinal))
                {
                    language = candidate;
                    context.Request.PathBase = context.Request.PathBase.Add(prefix);
                    context.Request.Path = path.Length == prefix.Length ? "/" : path[prefix.Length..];
                    break;
                }
            }
            context.Items[LanguageKey] = language;
            var culture = CultureInfo.GetCultureInfo(language);
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            await next(context);
        });

    private static List<string> Discover()
    {
        var languages = new List<string> { Default };
        var satellite = typeof(UiLanguage).Assembly.GetName().Name + ".resources.dll";
        foreach (var folder in Directory.EnumerateDirectories(AppContext.BaseDirectory).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(folder);
            if (name.Length is 2 or 3 && name.All(char.IsAsciiLetterLower) && File.Exists(Path.Combine(folder, satellite)))
                languages.Add(name);
        }
        return languages;
    }
}
