namespace Revista.Ingest;

/// <summary>An article XML on disk; the files of its folder (and below) are its package.</summary>
public sealed class FolderPackage : ArticlePackage
{
    private readonly string _root;
    private readonly IReadOnlyList<PackageFile> _files;

    internal FolderPackage(string displayName, string root, string xmlPath, IReadOnlyList<PackageFile> files, ImportLimits limits)
        : base(displayName, xmlPath, limits)
    {
        _root = Path.GetFullPath(root);
        _files = files;
    }

    public override IReadOnlyList<PackageFile> Files => _files;

    // Reading the XML must not wait for the folder index, which a loose file in a big folder would make slow.
    public override byte[] ReadXml() => ReadAllBytes(new PackageFile(XmlPath, 0), Limits.MaxXmlBytes);

    public override byte[] ReadAllBytes(PackageFile file, long maxBytes)
    {
        var full = Path.GetFullPath(Path.Combine(_root, file.Path));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new PackageException($"{file.Path} is outside the folder {_root}.");
        var info = new FileInfo(full);
        if (info.Length > maxBytes)
            throw new PackageException($"{file.Path} is {info.Length:N0} bytes; the limit is {maxBytes:N0}.");
        return File.ReadAllBytes(full);
    }

    /// <summary>Lists a folder's regular files once, skipping links so that nothing outside the folder is reachable.</summary>
    internal static IReadOnlyList<PackageFile> Index(string root, ImportLimits limits)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden | FileAttributes.System,
            IgnoreInaccessible = true,
        };
        var files = new List<PackageFile>();
        foreach (var info in new DirectoryInfo(root).EnumerateFiles("*", options))
        {
            if (files.Count >= limits.MaxFolderFiles)
                throw new PackageException($"{root} holds more than {limits.MaxFolderFiles:N0} files; import a smaller folder.");
            files.Add(new PackageFile(Path.GetRelativePath(root, info.FullName).Replace(Path.DirectorySeparatorChar, '/'), info.Length));
        }
        return files;
    }
}
