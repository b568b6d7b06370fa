using System.Xml.Linq;
using Revista.Jats;
using Revista.Tests.Infrastructure;

namespace Revista.Tests.Jats;

/// <summary>
/// The shared corpus (../shared/corpus, outside the repository) as the renderer tests read it, and a resolver that
/// pretends every file is stored (the corpus has no figure files, except with-assets/).
/// </summary>
internal static class JatsHtmlCorpus
{
    public static string? Folder => SharedCorpus.Folder;

    public static IReadOnlyList<string> Files() =>
        Folder is null ? [] : [.. Directory.EnumerateFiles(Folder, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    /// <summary>Skips the calling test, saying why, when a fresh clone has no ../shared.</summary>
    public static string RequireFolder()
    {
        return SharedCorpus.Require();
    }

    /// <summary>Loads a corpus file with the production loader, as the importer does.</summary>
    public static XDocument Load(string path) => JatsXml.Parse(File.ReadAllBytes(path), path);

    /// <summary>Every href resolves, to a made-up URL under /assets/ with a size and, for images, dimensions.</summary>
    public static AssetLink? ResolveEverything(string href)
    {
        var name = Path.GetFileName(href.Replace(':', '/'));
        var image = !name.Contains('.', StringComparison.Ordinal) || name.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".png", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".tif", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".gif", StringComparison.OrdinalIgnoreCase);
        return new AssetLink("/assets/" + Uri.EscapeDataString(name) + (image ? ".png" : ""), 136_000, image ? "image/png" : "application/octet-stream", image ? 800 : null, image ? 600 : null);
    }
}
