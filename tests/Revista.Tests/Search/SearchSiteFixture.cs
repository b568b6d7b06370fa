using Microsoft.Extensions.DependencyInjection;
using Revista.Search;
using Revista.Tests.Web;
using static Revista.Tests.Search.SearchFixtures;

namespace Revista.Tests.Search;

/// <summary>A served site of two journals and the demo case report, its search index caught up, for tests that only read.</summary>
public sealed class SearchSiteFixture : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("revista-search-").FullName;

    private static readonly Paper[] Papers =
    [
        new("10.5555/bone.1", "Osteoporosis screening in women", Journal: "Bone Journal", Date: "2019-03-01", Abstract: "Screening for osteoporosis with densitometry."),
        new("10.5555/bone.2", "Osteoporosis in men", Journal: "Bone Journal", Date: "2021-03-01", Abstract: "Men also break bones."),
        new("10.5555/joint.1", "Osteoporosis treatment with bisphosphonates", Journal: "Joint Journal", Date: "2023-03-01", SpanishTitle: "Tratamiento de la osteoporosis"),
        new("10.5555/joint.2", "Lupus <script>alert(1)</script> nephritis", Journal: "Joint Journal", Abstract: "Lupus <img src=x onerror=alert(1)> activity was high."),
    ];

    public RunningSite Site { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var files = Papers.Select((paper, i) => Ingest.JatsFixtures.WriteFile(_folder, $"paper-{i}.xml", SearchFixtures.JatsOf(paper)));
        Site = await RunningSite.StartAsync([RunningSite.Sample("case-report.zip"), .. files]);
        await CatchUpAsync(Site);
    }

    /// <summary>What the host's indexing job does every two seconds, now, so a test need not wait for it.</summary>
    public static Task<SearchIndexerRun> CatchUpAsync(RunningSite site) =>
        site.Services.GetRequiredService<SearchIndexer>().CatchUpAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await Site.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
