namespace Revista.Tests.Web;

/// <summary>The bilingual demo case report served once for a test class that only reads pages.</summary>
public sealed class DemoSiteFixture : IAsyncLifetime
{
    public RunningSite Site { get; private set; } = null!;

    public async ValueTask InitializeAsync() =>
        Site = await RunningSite.StartAsync([RunningSite.Sample("case-report.zip")]);

    public async ValueTask DisposeAsync() => await Site.DisposeAsync();
}
