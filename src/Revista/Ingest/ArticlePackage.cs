namespace Revista.Ingest;

/// <summary>
/// One article's XML and the files beside it: a folder on disk or a zip. The two real kinds are
/// <see cref="FolderPackage"/> and <see cref="ZipPackage"/>; each confines every path to itself.
/// </summary>
public abstract class ArticlePackage
{
    protected ArticlePackage(string displayName, string xmlPath, ImportLimits limits)
    {
        DisplayName = displayName;
        XmlPath = xmlPath;
        Limits = limits;
    }

    /// <summary>What the import report calls this article: the file, or zip:entry.</summary>
    public string DisplayName { get; }

    /// <summary>The article XML's path inside the package.</summary>
    public string XmlPath { get; }

    protected ImportLimits Limits { get; }

    public abstract IReadOnlyList<PackageFile> Files { get; }

    public abstract byte[] ReadAllBytes(PackageFile file, long maxBytes);

    public virtual byte[] ReadXml()
    {
        var xml = Files.FirstOrDefault(f => f.Path == XmlPath)
            ?? throw new PackageException($"{XmlPath} is missing from the package.");
        return ReadAllBytes(xml, Limits.MaxXmlBytes);
    }

    /// <summary>Finds the file an xlink:href names; see <see cref="AssetMatcher"/> for the rules.</summary>
    public AssetMatch FindAsset(string href) => AssetMatcher.Find(Files, XmlPath, href);
}
