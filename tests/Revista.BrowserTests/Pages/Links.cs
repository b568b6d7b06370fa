using Microsoft.Playwright;

namespace Revista.BrowserTests.Pages;

/// <summary>Following a link the way a reader does, and waiting until the browser is at its address.</summary>
internal static class Links
{
    public static async Task FollowAsync(ILocator link)
    {
        var href = await link.EvaluateAsync<string>("a => a.href");
        await link.ClickAsync();
        await link.Page.WaitForURLAsync(href);
    }
}
