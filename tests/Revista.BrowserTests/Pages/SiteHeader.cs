using Microsoft.Playwright;

namespace Revista.BrowserTests.Pages;

/// <summary>The header every page shares: the language switch and the search box.</summary>
internal static class SiteHeader
{
    /// <summary>Follows the header's link to <paramref name="language"/> (its hreflang), which keeps the reader on the same page.</summary>
    public static async Task SwitchLanguageAsync(IPage page, string language)
    {
        await page.Locator($"header.site .languages a[hreflang='{language}']").ClickAsync();
        await page.WaitForFunctionAsync("language => document.documentElement.lang === language", language);
    }

    /// <summary>Types <paramref name="words"/> into the search box and submits them, as a reader does with the Enter key.</summary>
    public static async Task SearchAsync(IPage page, string words)
    {
        var box = page.Locator("header.site form[role=search] input[type=search]");
        await box.FillAsync(words);
        await box.PressAsync("Enter");
        await page.Locator("main [role=status], main [role=alert]").First.WaitForAsync();
    }

    public static Task<string> LanguageAsync(IPage page) => page.Locator("html").GetAttributeAsync("lang")!;
}
