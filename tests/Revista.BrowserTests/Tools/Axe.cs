using System.Text.Json;
using Microsoft.Playwright;

namespace Revista.BrowserTests.Tools;

/// <summary>axe-core run inside the page, limited to the WCAG 2.0/2.1/2.2 level A and AA rules.</summary>
internal static class Axe
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>One line per violation: rule, impact, help, then each failing element's selector and what to fix.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof axe !== 'undefined'"))
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = TestTools.AxeScript });
        var violations = await page.EvaluateAsync<JsonElement>(
            """
            async tags => {
              const result = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
              return result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => n.target.join(" ") + " | " + (n.failureSummary || "").replace(/\s+/g, " "))
              }));
            }
            """,
            Tags);
        return [.. violations.EnumerateArray().Select(v =>
            $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): {v.GetProperty("help").GetString()}"
            + string.Concat(v.GetProperty("nodes").EnumerateArray().Select(n => "\n    " + n.GetString())))];
    }
}
