using System.Globalization;
using System.Text;

namespace Revista.Journals;

/// <summary>URL segments for journals: "Reumatol Clin" → "reumatol-clin".</summary>
public static class JournalSlug
{
    public const string Fallback = "journal";
    private const int MaxLength = 60;

    // Site-wide routes that sit beside journal slugs in the first URL segment.
    private static readonly HashSet<string> SiteRoutes = new(StringComparer.Ordinal)
    {
        "about", "admin", "api", "assets", "doi", "feeds", "oai", "r51", "search", "sitemaps", "stats",
    };

    public static bool IsValid(string? slug) =>
        !string.IsNullOrEmpty(slug)
        && slug.Length <= Data.ColumnLengths.Slug
        && slug.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
        && slug[0] != '-' && slug[^1] != '-' && !slug.Contains("--", StringComparison.Ordinal)
        && !IsReserved(slug);

    /// <summary>
    /// Slugs a journal cannot take: any two- or three-letter word, because the interface language takes the first URL
    /// segment ("/es/…") and a language is added by adding a resource file (ISO 639-1 and 639-2 codes), and the
    /// site-wide routes.
    /// </summary>
    public static bool IsReserved(string slug) =>
        (slug.Length is 2 or 3 && slug.All(char.IsAsciiLetterLower)) || SiteRoutes.Contains(slug);

    /// <summary>Lower-case ASCII letters and digits joined by single hyphens; accents are dropped, other characters separate words.</summary>
    public static string FromText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return Fallback;
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            var lower = char.ToLowerInvariant(c);
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
                builder.Append(lower);
            else if (builder.Length > 0 && builder[^1] != '-')
                builder.Append('-');
        }
        var slug = builder.ToString(0, Math.Min(builder.Length, MaxLength)).Trim('-');
        return slug.Length == 0 ? Fallback : IsReserved(slug) ? slug + "-" + Fallback : slug;
    }
}
