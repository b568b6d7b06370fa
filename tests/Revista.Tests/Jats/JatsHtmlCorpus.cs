using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Revista.Jats;

namespace Revista.Tests.Jats;

/// <summary>
/// The shared corpus (../shared/corpus, outside the repository) as the renderer tests read it, and a resolver that
/// pretends every file is stored (the corpus has no figure files, except with-assets/).
/// </summary>
internal static partial class JatsHtmlCorpus
{
    public static string? Folder { get; } = FindCorpus();

    public static IReadOnlyList<string> Files() =>
        Folder is null ? [] : [.. Directory.EnumerateFiles(Folder, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    /// <summary>Skips the calling test, saying why, when a fresh clone has no ../shared.</summary>
    public static string RequireFolder()
    {
        if (Folder is null) Assert.Skip("../shared/corpus not found: the renderer corpus tests need the shared test data beside the repository.");
        return Folder;
    }

    /// <summary>
    /// Loads a corpus file with the production loader <see cref="JatsXml.Parse(byte[], string)"/>. While that loader is still the
    /// placeholder of this branch (it throws NotImplementedException), the test-only loader below stands in, so the
    /// renderer can be measured before the branches meet.
    /// </summary>
    public static XDocument Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        try
        {
            return JatsXml.Parse(bytes, path);
        }
        catch (NotImplementedException)
        {
            UsingTestLoader = true;
            return LoadForTests(bytes);
        }
    }

    public static bool UsingTestLoader { get; private set; }

    /// <summary>
    /// Test-only loader: no DTD, no external entities, line info and whitespace kept. Named entities the DTDs would
    /// define (&amp;nbsp; &amp;lsqb; …) are turned into character references first, as the DTD is not read.
    /// </summary>
    public static XDocument LoadForTests(byte[] bytes)
    {
        var xml = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        xml = NamedEntity().Replace(xml, m => EntityReplacement(m.Groups[1].Value) ?? m.Value);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            MaxCharactersInDocument = 64L * 1024 * 1024,
        };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        return XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
    }

    private static string? EntityReplacement(string name)
    {
        if (name is "amp" or "lt" or "gt" or "quot" or "apos") return null;
        var extra = name switch
        {
            "lsqb" => "[",
            "rsqb" => "]",
            "plus" => "+",
            "percnt" => "%",
            "equals" => "=",
            "minus" => "\u2212",
            "Thetas" or "thetas" => "\u03B8",
            _ => null,
        };
        var decoded = extra ?? System.Net.WebUtility.HtmlDecode("&" + name + ";");
        if (decoded.StartsWith('&')) return null;
        var refs = new StringBuilder();
        foreach (var rune in decoded.EnumerateRunes()) refs.Append("&#").Append(rune.Value).Append(';');
        return refs.ToString();
    }

    [GeneratedRegex("&([A-Za-z][A-Za-z0-9]*);")]
    private static partial Regex NamedEntity();

    /// <summary>Every href resolves, to a made-up URL under /assets/ with a size and, for images, dimensions.</summary>
    public static AssetLink? ResolveEverything(string href)
    {
        var name = Path.GetFileName(href.Replace(':', '/'));
        var image = !name.Contains('.', StringComparison.Ordinal) || name.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".png", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".tif", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".gif", StringComparison.OrdinalIgnoreCase);
        return new AssetLink("/assets/" + Uri.EscapeDataString(name) + (image ? ".png" : ""), 136_000, image ? "image/png" : "application/octet-stream", image ? 800 : null, image ? 600 : null);
    }

    private static string? FindCorpus()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Revista.slnx"))) dir = dir.Parent;
        // ../shared beside the repository; a git worktree nested one level deeper finds it further up.
        for (var parent = dir?.Parent; parent is not null; parent = parent.Parent)
        {
            var corpus = Path.Combine(parent.FullName, "shared", "corpus");
            if (Directory.Exists(corpus)) return corpus;
        }

        return null;
    }
}
