using Revista.BrowserTests.Tools;

namespace Revista.BrowserTests;

/// <summary>The checkers the other tests trust do find faults, so their "0 found" means something.</summary>
[Collection(SharedBrowser.Name)]
public sealed class CheckerTests(BrowserSite browser)
{
    [Fact]
    public async Task Axe_reports_an_image_without_alt_text_and_low_contrast()
    {
        await using var tab = await browser.OpenTabAsync();
        await tab.Page.SetContentAsync(
            """<!DOCTYPE html><html lang="en"><title>t</title><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><p style="color:#ccc;background:#fff">pale</p></main></html>""");

        var violations = await Axe.ViolationsAsync(tab.Page);

        Assert.Contains(violations, v => v.StartsWith("image-alt ", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("color-contrast ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nu_checker_reports_a_misnested_element()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("revista-vnu-").FullName, "broken.html");
        await File.WriteAllTextAsync(file, """<!DOCTYPE html><html lang="en"><title>t</title><p>one<div>two</p>""", TestContext.Current.CancellationToken);
        try
        {
            var errors = await NuHtmlChecker.ErrorsAsync([file], TestContext.Current.CancellationToken);

            Assert.Contains("No “p” element in scope", Assert.Single(errors).Value[0], StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }
}
