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
    /// One query (<see cref="TranslationPair.Between"/>) for the published articles paired with this one, plus the
    /// linked DOIs not published here, from the article's own links. A link to the same language is no translation,
    /// whatever its type says, so it is left out.
    /// </summary>
    internal static async Task<IReadOnlyList<LinkedVersion>> LoadAsync(RevistaDb db, Article article, IReadOnlyList<ArticleRelation> relations, CancellationToken cancellationToken)
    {
        var links = relations.Where(r => r.IsTranslation && r.DoiKey is not null).ToList();
        if (links.Count == 0 && article.DoiKey is null)
            return [];
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var pairs = TranslationPair.Between(db, db.Articles.Where(a => a.Id == article.Id), db.Articles.AsNoTracking().Published(today));
        var rows = await (
                from pair in pairs
                join other in db.Articles on pair.OtherId equals other.Id
                orderby other.Id
                select new { other.Id, other.Journal!.Slug, other.Language, other.Title, other.Doi, other.DoiKey, pair.Translation, pair.LinkedByOther })
            .Take(40)
            .ToListAsync(cancellationToken);
        // A pair linked from both files comes twice; either link may say which one is the original.
        var found = rows.GroupBy(r => r.Id)
            .Select(g => (Row: g.First(), IsOriginal: g.Any(r => TranslationPair.IsOriginal(r.Translation, r.LinkedByOther))))
            .Take(20)
            .ToList();

        var versions = found
            .Where(f => !Same(f.Row.Language, article.Language))
            .Select(f => new LinkedVersion(
                f.Row.Language,
                f.Row.Title,
                string.Create(CultureInfo.InvariantCulture, $"/{f.Row.Slug}/articles/{f.Row.Id}"),
                f.Row.Doi,
                f.IsOriginal))
            .ToList();
        var here = found.Select(f => f.Row.DoiKey).ToHashSet(StringComparer.Ordinal);
        versions.AddRange(links
            .Where(r => !here.Contains(r.DoiKey!) && !Same(r.Language, article.Language))
            .DistinctBy(r => r.DoiKey)
            .Select(r => new LinkedVersion(r.Language, r.Text, null, r.Doi, IsOriginal: r.Translation == ArticleRelation.IsTranslationOf)));
        return versions;
    }

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
