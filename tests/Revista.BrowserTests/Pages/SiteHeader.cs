using Microsoft.Playwright;

namespace Revista.BrowserTests.Pages;

/// <summary>The header every page shares: the language switch.</summary>
internal static class SiteHeader
{
    /// <summary>Follows the header's link to <paramref name="language"/> (its hreflang), which keeps the reader on the same page.</summary>
    public static async Task SwitchLanguageAsync(IPage page, string language)
    {
        await page.Locator($"header.site .languages a[hreflang='{language}']").ClickAsync();
        await page.WaitForFunctionAsync("language => document.documentElement.lang === language", language);
    }

    public static Task<string> LanguageAsync(IPage page) => page.Locator("html").GetAttributeAsync("lang")!;
}
