using Microsoft.EntityFrameworkCore;
using Revista.Data;

namespace Revista.Statistics;

/// <summary>
/// Finds the article behind each <see cref="UsageLogRequest"/> and says what its use counts as. Lookups are made a batch
/// of lines at a time (one query per kind of key per batch, for the keys not yet known) and remembered, found or not,
/// up to a bound, so a log of millions of lines costs a few queries per batch, never one per line.
/// </summary>
public sealed class UsageLogTargets
{
    /// <summary>Beyond this many remembered keys of a kind the memory is emptied: a log full of random URLs stays bounded.</summary>
    private const int MaxRemembered = 100_000;
    /// <summary>Keys per IN (…) list, well inside both databases' parameter limits.</summary>
    private const int Chunk = 500;

    private readonly Dictionary<int, ArticleTarget?> _articles = [];
    private readonly Dictionary<string, ArticleTarget?> _dois = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FileTarget?> _files = new(StringComparer.Ordinal);

    /// <summary>How many queries have been made, for tests that check lookups are shared.</summary>
    public int Queries { get; private set; }

    /// <summary>Looks up the articles, DOIs and stored files of <paramref name="requests"/> that are not known yet.</summary>
    public async Task ResolveAsync(RevistaDb db, IReadOnlyCollection<UsageLogRequest> requests, CancellationToken cancellationToken)
    {
        Bound();
        var ids = requests.Where(r => r.Slug is not null).Select(r => r.ArticleId).Where(id => !_articles.ContainsKey(id)).Distinct().ToList();
        foreach (var chunk in ids.Chunk(Chunk))
        {
            Queries++;
            var found = (await ArticlesAsync(db.Articles.Where(a => chunk.Contains(a.Id)), db, cancellationToken)).ToDictionary(a => a.Id);
            foreach (var id in chunk)
                _articles[id] = found.GetValueOrDefault(id);
        }

        var dois = requests.SelectMany(r => r.Dois ?? []).Where(d => !_dois.ContainsKey(d)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var chunk in dois.Chunk(Chunk))
        {
            Queries++;
            var found = (await ArticlesAsync(db.Articles.Where(a => a.DoiKey != null && chunk.Contains(a.DoiKey)), db, cancellationToken)).ToDictionary(a => a.DoiKey!, StringComparer.Ordinal);
            foreach (var doi in chunk)
                _dois[doi] = found.GetValueOrDefault(doi);
        }

        var shas = requests.Select(r => r.Sha256).OfType<string>().Where(s => !_files.ContainsKey(s)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var chunk in shas.Chunk(Chunk))
        {
            Queries++;
            var found = await db.ArticleAssets.AsNoTracking()
                .Where(a => chunk.Contains(a.Sha256))
                .Select(a => new { a.Sha256, a.ArticleId, a.StoredAsset!.MediaType })
                .ToListAsync(cancellationToken);
            // The same bytes attached to two articles (rare: a shared supplement) count for the first of them.
            var first = found.GroupBy(f => f.Sha256, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.MinBy(f => f.ArticleId)!, StringComparer.Ordinal);
            foreach (var sha in chunk)
                _files[sha] = first.TryGetValue(sha, out var file) ? new FileTarget(file.ArticleId, file.MediaType) : null;
        }
    }

    /// <summary>
    /// The use <paramref name="request"/> is, or why it is none. Call <see cref="ResolveAsync"/> with it first.
    /// An article page counts as a Request of the HTML full text when the article has one, else as an Investigation:
    /// a log cannot see the health-professional gate, so a gated page read from a log counts as the full text it served
    /// to those who passed the gate.
    /// </summary>
    public (UsageActivity Activity, UsageFormat Format, int ArticleId)? Map(UsageLogRequest request, out UsageLogSkip skip)
    {
        skip = request.Skip ?? UsageLogSkip.UnknownArticle;
        switch (request.Url)
        {
            case UsageLogUrl.ArticlePage or UsageLogUrl.SideBySide or UsageLogUrl.Figures:
                if (!_articles.TryGetValue(request.ArticleId, out var article) || article is null || article.Slug != request.Slug)
                    return null;
                return request.Url switch
                {
                    UsageLogUrl.ArticlePage => Page(article),
                    UsageLogUrl.SideBySide => (UsageActivity.Request, UsageFormat.Html, article.Id),
                    _ => (UsageActivity.Investigation, UsageFormat.Other, article.Id),
                };
            case UsageLogUrl.File:
                if (!_files.TryGetValue(request.Sha256!, out var file) || file is null)
                    return null;
                if (UsageClassifier.ForFile(file.MediaType) is not { } use)
                {
                    skip = UsageLogSkip.Image;
                    return null;
                }
                return (use.Activity, use.Format, file.ArticleId);
            case UsageLogUrl.OldPage or UsageLogUrl.OldPdf:
                var byDoi = request.Dois!.Select(d => _dois.GetValueOrDefault(d)).FirstOrDefault(a => a is not null);
                if (byDoi is null)
                    return null;
                return request.Url == UsageLogUrl.OldPdf ? (UsageActivity.Request, UsageFormat.Pdf, byDoi.Id) : Page(byDoi);
            default:
                return null;
        }
    }

    private static (UsageActivity, UsageFormat, int) Page(ArticleTarget article) =>
        article.FullText ? (UsageActivity.Request, UsageFormat.Html, article.Id) : (UsageActivity.Investigation, UsageFormat.Other, article.Id);

    /// <summary>
    /// The article with its slug and whether it has a full text: a rendered body (or back matter) in its own language,
    /// the fragment the article page shows under "Full text".
    /// </summary>
    private static Task<List<ArticleTarget>> ArticlesAsync(IQueryable<Articles.Article> articles, RevistaDb db, CancellationToken cancellationToken) =>
        articles.AsNoTracking()
            .Select(a => new ArticleTarget(
                a.Id,
                a.Journal!.Slug,
                a.DoiKey,
                db.ArticleFragments.Any(f => f.ArticleId == a.Id && !f.IsTranslation && f.Html != "")))
            .ToListAsync(cancellationToken);

    private void Bound()
    {
        if (_articles.Count > MaxRemembered)
            _articles.Clear();
        if (_dois.Count > MaxRemembered)
            _dois.Clear();
        if (_files.Count > MaxRemembered)
            _files.Clear();
    }

    private sealed record ArticleTarget(int Id, string Slug, string? DoiKey, bool FullText);

    private sealed record FileTarget(int ArticleId, string MediaType);
}
