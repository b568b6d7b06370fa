using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Revista.Articles;
using Revista.Data;

namespace Revista.Web.Articles;

/// <summary>
/// The article in another language, published as an article of its own with its own DOI and paired through a JATS
/// related-article link in either file. <see cref="Path"/> is set when that article is published here; otherwise the
/// reader is sent to its DOI.
/// </summary>
public sealed record LinkedVersion(string? Language, string? Title, string? Path, string? Doi, bool IsOriginal)
{
    public string Href => Path ?? "https://doi.org/" + Doi;

    /// <summary>
    /// One query: the published articles whose DOI this article's translation links name, and those whose own links name
    /// this article's DOI (the original often says nothing of a translation published after it). A link to the same
    /// language is no translation, whatever its type says, so it is left out.
    /// </summary>
    internal static async Task<IReadOnlyList<LinkedVersion>> LoadAsync(RevistaDb db, Article article, IReadOnlyList<ArticleRelation> relations, CancellationToken cancellationToken)
    {
        var links = relations.Where(r => r.IsTranslation && r.DoiKey is not null).ToList();
        var keys = links.Select(r => r.DoiKey!).Distinct().ToList();
        var own = article.DoiKey;
        if (keys.Count == 0 && own is null)
            return [];
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var found = await db.Articles.AsNoTracking().Published(today)
            .Where(a => a.Id != article.Id
                && ((a.DoiKey != null && keys.Contains(a.DoiKey))
                    || (own != null && a.Relations.Any(r => r.DoiKey == own && r.Translation != null))))
            .OrderBy(a => a.Id)
            .Select(a => new
            {
                a.Id,
                a.Journal!.Slug,
                a.Language,
                a.Title,
                a.Doi,
                a.DoiKey,
                NamesUsAsTranslation = own != null && a.Relations.Any(r => r.DoiKey == own && r.Translation == ArticleRelation.HasTranslation),
            })
            .Take(20)
            .ToListAsync(cancellationToken);

        var versions = found
            .Where(a => !Same(a.Language, article.Language))
            .Select(a => new LinkedVersion(
                a.Language,
                a.Title,
                string.Create(CultureInfo.InvariantCulture, $"/{a.Slug}/articles/{a.Id}"),
                a.Doi,
                IsOriginal: a.NamesUsAsTranslation || links.Any(r => r.DoiKey == a.DoiKey && r.Translation == ArticleRelation.IsTranslationOf)))
            .ToList();
        var here = found.Select(a => a.DoiKey).ToHashSet(StringComparer.Ordinal);
        versions.AddRange(links
            .Where(r => !here.Contains(r.DoiKey!) && !Same(r.Language, article.Language))
            .DistinctBy(r => r.DoiKey)
            .Select(r => new LinkedVersion(r.Language, r.Text, null, r.Doi, IsOriginal: r.Translation == ArticleRelation.IsTranslationOf)));
        return versions;
    }

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
