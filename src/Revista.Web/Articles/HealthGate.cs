namespace Revista.Web.Articles;

/// <summary>
/// The health-professional question some medical publishers must ask before showing full text (e.g. Spanish law on
/// advertising medicines to the public). The answer is remembered for a year in a cookie. Nothing is ever redirected:
/// crawlers get the same 200 page with every metadata tag, title, authors and abstract.
/// </summary>
internal static class HealthGate
{
    public const string Cookie = "revista-health-professional";
    public const string Path = "/health-professional";

    public static bool IsConfirmed(HttpContext? context) =>
        context?.Request.Cookies[Cookie] == "yes";

    /// <summary>Whether this reader must answer the question before the full text, figures and PDF of the journal's articles.</summary>
    public static bool Hides(Revista.Journals.Journal journal, HttpContext? context) =>
        journal.HealthProfessionalGate && !IsConfirmed(context);

    public static void MapHealthGate(this IEndpointRouteBuilder app) =>
        app.MapPost(Path, async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var back = form["return"].ToString();
            // Only a path on this site: an absolute or protocol-relative URL would make this an open redirect.
            if (!back.StartsWith('/') || back.StartsWith("//", StringComparison.Ordinal) || back.StartsWith("/\\", StringComparison.Ordinal))
                back = "/";
            context.Response.Cookies.Append(Cookie, "yes", new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365),
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
                IsEssential = true,
            });
            return Results.LocalRedirect(back);
        }).DisableAntiforgery();
}
