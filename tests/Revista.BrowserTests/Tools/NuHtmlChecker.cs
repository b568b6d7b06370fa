using System.Diagnostics;
using System.Text.Json;

namespace Revista.BrowserTests.Tools;

/// <summary>The Nu HTML checker (vnu.jar from npm) run once over many files: one JVM start costs seconds.</summary>
internal static class NuHtmlChecker
{
    /// <summary>The errors in each file that has any, as "line N: message «extract»".</summary>
    public static async Task<IReadOnlyDictionary<string, List<string>>> ErrorsAsync(IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-jar", TestTools.VnuJar, "--errors-only", "--format", "json" }.Concat(files))
            start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("java not found: the Nu HTML checker needs a Java runtime (Debian's default-jre-headless).", e);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            // vnu writes its JSON report to standard error.
            var report = await process.StandardError.ReadToEndAsync(cancellationToken);
            await output;
            await process.WaitForExitAsync(cancellationToken);
            var errors = new Dictionary<string, List<string>>();
            using var json = ParseReport(report);
            foreach (var message in json.RootElement.GetProperty("messages").EnumerateArray())
            {
                // vnu names files "file:/path" (one slash), which System.Uri does not accept.
                var file = message.TryGetProperty("url", out var url) ? Uri.UnescapeDataString(url.GetString()!.Replace("file:", "", StringComparison.Ordinal)) : "?";
                var line = message.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0;
                var extract = message.TryGetProperty("extract", out var x) ? x.GetString()?.ReplaceLineEndings(" ") : null;
                if (!errors.TryGetValue(file, out var list))
                    errors[file] = list = [];
                list.Add($"line {line}: {message.GetProperty("type").GetString()}: {message.GetProperty("message").GetString()} «{extract}»");
            }
            return errors;
        }
    }

    private static JsonDocument ParseReport(string report)
    {
        try
        {
            return JsonDocument.Parse(report);
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException("the Nu HTML checker gave no JSON report: " + report, e);
        }
    }
}
