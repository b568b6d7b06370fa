using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Revista.Articles;
using Revista.Data;
using Revista.Web.Articles;

namespace Revista.Web.Discovery;

/// <summary>
/// /sitemap.xml, an index of one sitemap per journal: its home, archive, about, sections, issues and published
/// articles. A journal whose pages pass the size of one file keeps its own pages and issues in /{slug}/sitemap.xml
/// and its articles in parts /{slug}/sitemap-{n}.xml, part n holding the articles with ids in [n·size, (n+1)·size):
/// a primary-key range, so part 1,000 costs what part 1 costs (no OFFSET) and a part never passes the limit.
/// Each urlset is streamed from one query, so memory stays flat however large the journal.
/// </summary>
internal static class SitemapEndpoints
{
    public const string IndexPath = "/sitemap.xml";

    public static string JournalPath(string slug) => "/" + slug + "/sitemap.xml";

    public static string PartPath(string slug, int part) => string.Create(CultureInfo.InvariantCulture, $"/{slug}/sitemap-{part}.xml");

    public static void MapSitemaps(this IEndpointRouteBuilder app)
    {
        // Only the small index is output-cached: a full urlset is about 24 MB, a quarter of the output cache's default
        // 100 MB, and would push article pages out; it is streamed from one range scan instead.
        app.MapGet(IndexPath, IndexAsync).CacheOutput(ArticleOutputCache.ListingPolicyName).ExcludeFromDescription();
        app.MapGet("/{slug}/sitemap.xml", JournalAsync).ExcludeFromDescription();
        app.MapGet("/{slug}/sitemap-{part:int}.xml", PartAsync).ExcludeFromDescription();
    }

    /// <summary>Pages per sitemap file: the URL limit shared among the language versions of each page.</summary>
    private static int PagesPerFile(IOptions<SitemapOptions> options) =>
        Math.Max(1, options.Value.UrlsPerSitemap / SitemapWriter.EntriesPerPage);

    private static async Task<IResult> IndexAsync(RevistaDb db, IOptions<SitemapOptions> options, TimeProvider clock, HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var size = PagesPerFile(options);
        var today = Today(clock);
        var journals = await db.Journals.AsNoTracking().OrderBy(j => j.Id).Select(j => new { j.Id, j.Slug }).ToListAsync(cancellationToken);
        var fixedPages = await FixedPagesAsync(db, today, cancellationToken);
        // Counts only: they come from the (JournalId, PublishedOn, Id) index alone. A lastmod per part would need
        // UpdatedAt, that is reading every article row (23 s against 1 s for 100 k articles on the loaded test machine),
        // and lastmod is optional in an index; each article's own entry carries it.
        var parts = await db.Articles.AsNoTracking().Published(today)
            .GroupBy(a => new { a.JournalId, Part = a.Id / size })
            .Select(g => new { g.Key.JournalId, g.Key.Part, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var partsByJournal = parts.ToLookup(p => p.JournalId);
        var root = SiteAddress.Root(context);
        return Results.Stream(async stream =>
        {
            await using var sitemap = await SitemapWriter.StartIndexAsync(stream, root);
            foreach (var journal in journals)
            {
                var own = partsByJournal[journal.Id].OrderBy(p => p.Part).ToList();
                await sitemap.SitemapAsync(JournalPath(journal.Slug));
                if (IsSplit(fixedPages.GetValueOrDefault(journal.Id, 3), own.Sum(p => p.Count), size))
                {
                    foreach (var part in own)
                        await sitemap.SitemapAsync(PartPath(journal.Slug, part.Part));
                }
            }
        }, SitemapWriter.MediaType + "; charset=utf-8");
    }

    private static async Task<IResult> JournalAsync(string slug, RevistaDb db, IOptions<SitemapOptions> options, TimeProvider clock, HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var size = PagesPerFile(options);
        var today = Today(clock);
        var journal = await db.Journals.AsNoTracking().Include(j => j.Sections).FirstOrDefaultAsync(j => j.Slug == slug, cancellationToken);
        if (journal is null)
            return Results.NotFound();
        var issues = await db.Issues.AsNoTracking()
            .Where(i => i.JournalId == journal.Id && (i.PublishedOn == null || i.PublishedOn <= today))
            .OrderBy(i => i.Id)
            .Select(i => i.Id)
            .Take(size)
            .ToListAsync(cancellationToken);
        var articles = db.Articles.AsNoTracking().Where(a => a.JournalId == journal.Id).Published(today);
        var articleCount = await articles.CountAsync(cancellationToken);
        var split = IsSplit(3 + journal.Sections.Count + issues.Count, articleCount, size);
        var root = SiteAddress.Root(context);
        return Results.Stream(async stream =>
        {
            await using var sitemap = await SitemapWriter.StartUrlSetAsync(stream, root);
            // Listing pages carry no lastmod: their true date would cost a scan of the journal's article rows, and
            // Google uses lastmod only when it is "consistently and verifiably accurate".
            await sitemap.PageAsync("/" + slug, null);
            await sitemap.PageAsync($"/{slug}/archive", null);
            await sitemap.PageAsync($"/{slug}/about", null);
            foreach (var section in journal.Sections.OrderBy(s => s.Position))
                await sitemap.PageAsync(string.Create(CultureInfo.InvariantCulture, $"/{slug}/sections/{section.Id}"), null);
            foreach (var issue in issues)
                await sitemap.PageAsync(string.Create(CultureInfo.InvariantCulture, $"/{slug}/issues/{issue}"), null);
            if (!split)
                await ArticlesAsync(sitemap, db, today, slug, articles, cancellationToken);
        }, SitemapWriter.MediaType + "; charset=utf-8");
    }

    private static async Task<IResult> PartAsync(string slug, int part, RevistaDb db, IOptions<SitemapOptions> options, TimeProvider clock, HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var size = PagesPerFile(options);
        var journalId = await db.Journals.Where(j => j.Slug == slug).Select(j => (int?)j.Id).FirstOrDefaultAsync(cancellationToken);
        if (journalId is null || part < 0 || part > int.MaxValue / size - 1)
            return Results.NotFound();
        var (first, last) = (part * size, (part * size) + size - 1);
        var today = Today(clock);
        var articles = db.Articles.AsNoTracking().Where(a => a.JournalId == journalId && a.Id >= first && a.Id <= last).Published(today);
        if (!await articles.AnyAsync(cancellationToken))
            return Results.NotFound();
        var root = SiteAddress.Root(context);
        return Results.Stream(async stream =>
        {
            await using var sitemap = await SitemapWriter.StartUrlSetAsync(stream, root);
            await ArticlesAsync(sitemap, db, today, slug, articles, cancellationToken);
        }, SitemapWriter.MediaType + "; charset=utf-8");
    }

    private static async Task ArticlesAsync(SitemapWriter sitemap, RevistaDb db, DateOnly today, string slug, IQueryable<Article> articles, CancellationToken cancellationToken)
    {
        var linked = await LinkedVersionsAsync(db, today, articles, cancellationToken);
        var rows = articles.OrderBy(a => a.Id).Select(a => new { a.Id, a.UpdatedAt }).AsAsyncEnumerable();
        await foreach (var article in rows.WithCancellation(cancellationToken))
            await sitemap.PageAsync(string.Create(CultureInfo.InvariantCulture, $"/{slug}/articles/{article.Id}"), article.UpdatedAt, linked.GetValueOrDefault(article.Id));
    }

    /// <summary>
    /// For each article paired with an other-language article of its own (LinkedVersion, either file's related-article
    /// link), that language's page: the article page names it as the hreflang alternate, so the sitemap must too.
    /// </summary>
    private static async Task<Dictionary<int, Dictionary<string, string>>> LinkedVersionsAsync(RevistaDb db, DateOnly today, IQueryable<Article> articles, CancellationToken cancellationToken)
    {
        var pairs = await (
                from pair in TranslationPair.Between(db, articles, db.Articles.AsNoTracking().Published(today))
                where pair.OtherLanguage != pair.ArticleLanguage
                join other in db.Articles on pair.OtherId equals other.Id
                select new { Id = pair.ArticleId, Language = pair.OtherLanguage, pair.OtherId, other.Journal!.Slug })
            .ToListAsync(cancellationToken);
        // The page takes the lowest id of a language (LinkedVersion orders by id); so does this.
        return pairs
            .GroupBy(l => l.Id)
            .ToDictionary(
                g => g.Key,
                g => g.GroupBy(l => l.Language, StringComparer.OrdinalIgnoreCase)
                    .ToDictionary(
                        byLanguage => byLanguage.Key,
                        byLanguage => byLanguage.MinBy(l => l.OtherId) is { } first ? string.Create(CultureInfo.InvariantCulture, $"/{first.Slug}/articles/{first.OtherId}") : "",
                        StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Whether a journal's pages (home, archive, about, sections, issues) and articles need more than one file.</summary>
    private static bool IsSplit(int fixedPages, int articles, int size) => fixedPages + articles > size;

    /// <summary>Home, archive and about, plus sections and issues, of every journal: two grouped counts.</summary>
    private static async Task<Dictionary<int, int>> FixedPagesAsync(RevistaDb db, DateOnly today, CancellationToken cancellationToken)
    {
        var sections = await db.Sections.GroupBy(s => s.JournalId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var issues = await db.Issues.Where(i => i.PublishedOn == null || i.PublishedOn <= today)
            .GroupBy(i => i.JournalId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var pages = sections.ToDictionary(s => s.Key, s => 3 + s.Count);
        foreach (var issue in issues)
            pages[issue.Key] = pages.GetValueOrDefault(issue.Key, 3) + issue.Count;
        return pages;
    }

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
