using Revista.Tests.Infrastructure;

namespace Revista.Tests.Statistics;

/// <summary>
/// The COUNTER robots list at ../shared/counter/robots beside the repository (never copied into it). Tests that need it
/// skip with this explanation when it is absent.
/// </summary>
public static class SharedRobots
{
    public const string MissingMessage =
        "../shared/counter/robots/COUNTER_Robots_list.json not found: the COUNTER robots list sits beside the repository in CI (see ../shared/README.md); these tests need it.";

    private static readonly Lazy<string?> Located = new(() =>
        SharedFolder.Find("counter", Path.Combine("robots", "COUNTER_Robots_list.json")) is { } folder
            ? Path.Combine(folder, "robots", "COUNTER_Robots_list.json")
            : null);

    /// <summary>The list's path, or the test is skipped.</summary>
    public static string RequireFile()
    {
        if (Located.Value is null)
            Assert.Skip(MissingMessage);
        return Located.Value;
    }
}
