using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Revista.Articles;
using Revista.Data;
using Revista.Web.Articles;
using Revista.Web.Issues;
using Revista.Web.Layout;
using Revista.Web.Resources;

namespace Revista.Web.Discovery;

/// <summary>
/// Atom and RSS feeds of a journal's latest published articles and of an issue's contents. Links point to the pages in
/// the interface language the feed was asked in ("/es/rcra/feed.atom" links to "/es/rcra/articles/…").
/// </summary>
internal static class FeedEndpoints
{
    public const string Atom = "atom";
    public const string Rss = "rss";

    /// <summary>Articles in a journal feed: the usual depth of a journal's "latest articles" feed.</summary>
    public const int JournalEntries = 30;

    /// <summary>An issue feed lists the whole issue, up to the size a table of contents shows.</summary>
    public const int IssueEntries = 5000;

    public static string JournalPath(string slug, string format) => $"/{slug}/feed.{format}";

    public static string IssuePath(string slug, int issueId, string format) =>
        string.Create(CultureInfo.InvariantCulture, $"/{slug}/issues/{issueId}/feed.{format}");

    public static void MapFeeds(this IEndpointRouteBuilder app)
    {
        foreach (var format in (string[])[Atom, Rss])
        {
            app.MapGet("/{slug}/feed." + format, (string slug, RevistaDb db, TimeProvider clock, HttpContext context) =>
                JournalAsync(slug, format, db, clock, context))
                .CacheOutput(ArticleOutputCache.ListingPolicyName).ExcludeFromDescription();
            app.MapGet("/{slug}/issues/{id:int}/feed." + format, (string slug, int id, RevistaDb db, TimeProvider clock, IStringLocalizer<SiteText> text, HttpContext context) =>
                IssueAsync(slug, id, format, db, clock, text, context))
                .CacheOutput(ArticleOutputCache.ListingPolicyName).ExcludeFromDescription();
        }
    }

    private static async Task<IResult> JournalAsync(string slug, string format, RevistaDb db, TimeProvider clock, HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var journal = await db.Journals.AsNoTracking().FirstOrDefaultAsync(j => j.Slug == slug, cancellationToken);
        if (journal is null)
            return Results.NotFound();
        var articles = db.Articles.Where(a => a.JournalId == journal.Id).Published(Today(clock)).LatestFirst();
        var entries = await FeedEntry.LoadAsync(db, articles, JournalEntries, cancellationToken);
        var feed = Build(context, slug, journal.CreatedAt, journal.Title, journal.Publisher, "/" + slug, JournalPath(slug, Atom), JournalPath(slug, Rss), entries);
        return Write(feed, format);
    }

    private static async Task<IResult> IssueAsync(string slug, int id, string format, RevistaDb db, TimeProvider clock, IStringLocalizer<SiteText> text, HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var issue = await db.Issues.AsNoTracking().Include(i => i.Journal).FirstOrDefaultAsync(i => i.Id == id && i.Journal!.Slug == slug, cancellationToken);
        if (issue is null)
            return Results.NotFound();
        var journal = issue.Journal!;
        var articles = db.Articles.Where(a => a.JournalId == journal.Id && a.IssueId == id).Published(Today(clock)).InIssueOrder();
        var entries = await FeedEntry.LoadAsync(db, articles, IssueEntries, cancellationToken);
        var title = journal.Title + " · " + IssueLabel.Of(text, issue);
        var page = string.Create(CultureInfo.InvariantCulture, $"/{slug}/issues/{id}");
        var feed = Build(context, page.TrimStart('/'), journal.CreatedAt, title, journal.Publisher ?? journal.Title, page, IssuePath(slug, id, Atom), IssuePath(slug, id, Rss), entries);
        return Write(feed, format);
    }

    private static Feed Build(HttpContext context, string specific, DateTimeOffset minted, string title, string? publisher, string page, string atom, string rss, IReadOnlyList<FeedEntry> entries)
    {
        var host = context.Request.Host.Host;
        var slug = specific.Split('/')[0];
        var updated = entries.Count == 0 ? minted : entries.Max(e => e.UpdatedAt);
        return new Feed(
            Feed.TagUri(host, minted, specific + "/feed"),
            title,
            UiLanguage.Current(context),
            SiteAddress.Page(context, page),
            SiteAddress.Page(context, atom),
            SiteAddress.Page(context, rss),
            publisher ?? title,
            updated,
            entries,
            entry => SiteAddress.Page(context, string.Create(CultureInfo.InvariantCulture, $"/{slug}/articles/{entry.Id}")),
            entry => Feed.IdOf(entry, host, slug));
    }

    private static IResult Write(Feed feed, string format) =>
        format == Atom
            ? Results.Bytes(AtomWriter.Write(feed), Feed.AtomMediaType + "; charset=utf-8")
            : Results.Bytes(RssWriter.Write(feed), Feed.RssMediaType + "; charset=utf-8");

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
