using System.Diagnostics;
using System.Text.Json.Nodes;
using Revista.Tests.Infrastructure;

namespace Revista.Tests.Statistics;

/// <summary>
/// The COUNTER_SUSHI API R5.1 document at ../shared/counter/r5.1 (never copied into the repository), checked with
/// ajv 8 + ajv-formats 3 (npm, installed into tests/Revista.Tests/node_modules by ./scripts/test): what a SUSHI client
/// validating our responses against the published schemas would see.
/// </summary>
internal static class SushiSchema
{
    public const string MissingMessage =
        "../shared/counter/r5.1/COUNTER_SUSHI_API.json not found: the COUNTER material sits beside the repository in CI (see ../shared/README.md); these tests need it.";

    public static string? ApiDocument =>
        SharedFolder.Find("counter", Path.Combine("r5.1", "COUNTER_SUSHI_API.json")) is { } folder ? Path.Combine(folder, "r5.1", "COUNTER_SUSHI_API.json") : null;

    public static string? SampleReports =>
        SharedFolder.Find("counter", Path.Combine("r5.1", "COUNTER_SUSHI_API.json")) is { } folder ? Path.Combine(folder, "r5.1", "sample-reports") : null;

    /// <summary>The JSON pointer of a component schema, e.g. "TR_J3".</summary>
    public static string Schema(string name) => "/components/schemas/" + name;

    /// <summary>The JSON pointer of a response's body schema, e.g. "200_Status" or "400_Exception".</summary>
    public static string Response(string name) => $"/components/responses/{name}/content/application~1json/schema";

    /// <summary>Fails with ajv's messages unless every document is valid against the schema its pointer names.</summary>
    public static async Task AssertValidAsync(params (string Name, string Pointer, JsonNode Document)[] cases)
    {
        var api = ApiDocument;
        if (api is null)
            Assert.Skip(MissingMessage);
        var folder = Path.Combine(SharedFolder.RepositoryRoot()!, "tests", "Revista.Tests");
        if (!File.Exists(Path.Combine(folder, "node_modules", "ajv", "dist", "2020.js")) || !Directory.Exists(Path.Combine(folder, "node_modules", "ajv-formats")))
            Assert.Fail("ajv and ajv-formats are not installed in tests/Revista.Tests/node_modules: run ./scripts/test (it runs npm ci there).");
        var file = Path.GetTempFileName();
        try
        {
            var list = new JsonArray([.. cases.Select(c => (JsonNode)new JsonObject
            {
                ["name"] = c.Name,
                ["pointer"] = c.Pointer,
                ["document"] = c.Document.DeepClone(),
            })]);
            await File.WriteAllTextAsync(file, list.ToJsonString(), TestContext.Current.CancellationToken);
            var start = new ProcessStartInfo("node", [Path.Combine(folder, "Statistics", "validate-with-sushi-schema.cjs"), api, file])
            {
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var node = Process.Start(start)!;
            var output = node.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var error = node.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            await node.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.True(node.ExitCode == 0, $"Not valid against the COUNTER_SUSHI schemas:\n{await output}{await error}");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
