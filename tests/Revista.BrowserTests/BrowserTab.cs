using Microsoft.Playwright;

namespace Revista.BrowserTests;

/// <summary>One page in its own browser context; disposing closes the context with its cookies.</summary>
public sealed class BrowserTab(IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public async ValueTask DisposeAsync() => await Page.Context.CloseAsync();
}
