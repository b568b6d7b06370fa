using System.Text.RegularExpressions;

namespace Revista.Ingest;

public enum AssetMatchKind { Found, Missing, External, Unsupported }

public sealed record AssetMatch(AssetMatchKind Kind, PackageFile? File);

/// <summary>
/// Matches a JATS xlink:href to a file of the package. Typesetters write hrefs with or without the extension
/// ("fig1" for fig1.tif and fig1.jpg), relative to the XML, sometimes with a folder the package flattened.
/// </summary>
public static partial class AssetMatcher
{
    // Browsers show these; a TIFF master beside a JPEG must lose to the JPEG.
    private static readonly string[] WebFirst = [".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp"];

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]+:")]
    private static partial Regex UriScheme();

    /// <exception cref="PackageException">The href points outside the package (absolute path, file: URL, "..").</exception>
    public static AssetMatch Find(IReadOnlyList<PackageFile> files, string xmlPath, string href)
    {
        var cleaned = Unescape(href.Trim()).Replace('\\', '/');
        if (cleaned.Length == 0)
            return new(AssetMatchKind.Missing, null);
        if (UriScheme().IsMatch(cleaned))
        {
            var scheme = cleaned[..cleaned.IndexOf(':', StringComparison.Ordinal)].ToLowerInvariant();
            return scheme switch
            {
                "http" or "https" or "ftp" => new(AssetMatchKind.External, null),
                "info" when cleaned.StartsWith("info:doi/", StringComparison.OrdinalIgnoreCase) => ByDoi(files, xmlPath, cleaned),
                "file" => throw new PackageException($"href \"{href}\" is a file: URL; hrefs must name files inside the package."),
                _ => new(AssetMatchKind.Unsupported, null),
            };
        }
        if (cleaned.StartsWith('/'))
            throw new PackageException($"href \"{href}\" is an absolute path; hrefs must be relative to the article XML inside the package.");

        var folder = xmlPath.Contains('/') ? xmlPath[..xmlPath.LastIndexOf('/')] : "";
        var path = Normalise(folder.Length == 0 ? cleaned : folder + "/" + cleaned)
            ?? throw new PackageException($"href \"{href}\" climbs out of the package with \"..\"; keep figures inside the package.");

        var file = Exact(files, path, StringComparison.Ordinal)
            ?? Exact(files, path, StringComparison.OrdinalIgnoreCase)
            ?? ByStem(files.Where(f => SameFolder(f.Path, path)), NameOf(path))
            ?? Unique(files.Where(f => f.Name.Equals(NameOf(path), StringComparison.OrdinalIgnoreCase)))
            ?? ByStem(files, NameOf(path));
        return file is null ? new(AssetMatchKind.Missing, null) : new(AssetMatchKind.Found, file);
    }

    /// <summary>
    /// PLOS names objects by DOI ("info:doi/10.1371/journal.pone.0178565.g001"); packages name the files after the DOI's
    /// last segment ("journal.pone.0178565.g001.tif") or its last part beside the XML ("g001.png").
    /// </summary>
    private static AssetMatch ByDoi(IReadOnlyList<PackageFile> files, string xmlPath, string href)
    {
        var name = href[(href.LastIndexOf('/') + 1)..];
        var shortName = name[(name.LastIndexOf('.') + 1)..];
        var folder = FolderOf(xmlPath);
        var file = ByStem(files, name, exact: true)
            ?? ByStem(files.Where(f => FolderOf(f.Path) == folder), shortName, exact: true);
        return file is null ? new(AssetMatchKind.Missing, null) : new(AssetMatchKind.Found, file);
    }

    /// <summary>Resolves "." and ".." segments; null when the path leaves the root.</summary>
    public static string? Normalise(string path)
    {
        var parts = new List<string>();
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == ".")
                continue;
            if (segment == "..")
            {
                if (parts.Count == 0)
                    return null;
                parts.RemoveAt(parts.Count - 1);
                continue;
            }
            parts.Add(segment);
        }
        return parts.Count == 0 ? null : string.Join('/', parts);
    }

    private static string Unescape(string href)
    {
        try
        {
            return Uri.UnescapeDataString(href);
        }
        catch (UriFormatException)
        {
            return href;
        }
    }

    private static PackageFile? Exact(IReadOnlyList<PackageFile> files, string path, StringComparison comparison) =>
        files.FirstOrDefault(f => string.Equals(f.Path, path, comparison));

    private static PackageFile? ByStem(IEnumerable<PackageFile> candidates, string stem, bool exact = false)
    {
        // exact: the stem is a whole file name without extension, never itself cut at a dot.
        var wanted = exact ? stem : StemOf(stem);
        var matches = candidates.Where(f => f.Stem.Equals(wanted, StringComparison.OrdinalIgnoreCase) && !f.Name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)).ToList();
        return matches
            .OrderBy(f => Rank(f.Name))
            .ThenBy(f => f.Path, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private static PackageFile? Unique(IEnumerable<PackageFile> candidates)
    {
        var list = candidates.Take(2).ToList();
        return list.Count == 1 ? list[0] : null;
    }

    private static int Rank(string name)
    {
        var index = Array.FindIndex(WebFirst, ext => name.EndsWith(ext, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? WebFirst.Length : index;
    }

    private static bool SameFolder(string a, string b) => FolderOf(a) == FolderOf(b);

    private static string FolderOf(string path) => path.Contains('/') ? path[..path.LastIndexOf('/')] : "";

    private static string NameOf(string path) => path[(path.LastIndexOf('/') + 1)..];

    internal static string StemOf(string path)
    {
        var name = NameOf(path);
        var dot = name.LastIndexOf('.');
        // "fig1" has no extension; "fig.1" or "v1.2" would be mangled by GetFileNameWithoutExtension-style rules only when the tail is a known file type.
        return dot > 0 && name.Length - dot <= 5 && name[(dot + 1)..].All(char.IsLetterOrDigit) && name[(dot + 1)..].Any(char.IsLetter) ? name[..dot] : name;
    }
}
