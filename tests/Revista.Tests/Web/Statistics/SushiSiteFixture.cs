using Microsoft.EntityFrameworkCore;
using Revista.Articles;
using Revista.Statistics;
using Revista.Tests.Statistics;

namespace Revista.Tests.Web.Statistics;

/// <summary>
/// Two sample articles served with processed usage of January and February 2025: the research article made free to
/// read (no licence), the editorial open.
/// </summary>
public sealed class SushiSiteFixture : IAsyncLifetime
{
    public const string ResearchDoi = "10.99999/rcra.2026.0398";
    public const string EditorialDoi = "10.99999/rcra.2026.0430";

    public RunningSite Site { get; private set; } = null!;

    public async ValueTask InitializeAsync() =>
        Site = await RunningSite.StartAsync(
            [RunningSite.Sample("research-article.xml"), RunningSite.Sample("editorial.xml")],
            async db => await SeedAsync(db));

    /// <summary>Research article: Jan 6/5/3/2, Feb 4/4/2/2 (TII/UII/TIR/UIR); editorial: Feb 3/3/1/1.</summary>
    public static async Task SeedAsync(Revista.Data.RevistaDb db)
    {
        var research = await db.Articles.SingleAsync(a => a.DoiKey == ResearchDoi);
        var editorial = await db.Articles.SingleAsync(a => a.DoiKey == EditorialDoi);
        research.AccessStatus = Article.FreeAccess;
        UsageSeed.AddMonth(db, research.Id, research.JournalId, "2025-01", 6, 5, 3, 2);
        UsageSeed.AddMonth(db, research.Id, research.JournalId, "2025-02", 4, 4, 2, 2);
        UsageSeed.AddMonth(db, editorial.Id, editorial.JournalId, "2025-02", 3, 3, 1, 1);
        await db.SaveChangesAsync();
        await UsageTitleMonth.RebuildAllAsync(db, CancellationToken.None);
    }

    public async ValueTask DisposeAsync() => await Site.DisposeAsync();
}
