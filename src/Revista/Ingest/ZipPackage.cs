using System.IO.Compression;

namespace Revista.Ingest;

/// <summary>
/// An article inside a zip (PMC and SciELO deliver XML + figures + PDF this way). Entries are checked before
/// anything is read: no absolute paths, no "..", no more entries or expanded bytes than the limits allow.
/// </summary>
public sealed class ZipPackage : ArticlePackage
{
    private readonly ZipContents _zip;

    internal ZipPackage(ZipContents zip, string xmlPath, ImportLimits limits)
        : base(zip.DisplayName + ":" + xmlPath, xmlPath, limits)
    {
        _zip = zip;
    }

    public override IReadOnlyList<PackageFile> Files => _zip.Files;

    public override byte[] ReadAllBytes(PackageFile file, long maxBytes) => _zip.Read(file, maxBytes);
}

/// <summary>The checked table of contents of one zip file, shared by the articles inside it.</summary>
public sealed class ZipContents
{
    private readonly string _path;
    private readonly ImportLimits _limits;
    private long _expandedSoFar;

    private ZipContents(string path, string displayName, IReadOnlyList<PackageFile> files, ImportLimits limits)
    {
        _path = path;
        DisplayName = displayName;
        Files = files;
        _limits = limits;
    }

    public string DisplayName { get; }

    public IReadOnlyList<PackageFile> Files { get; }

    /// <exception cref="PackageException">The zip is unreadable or unsafe.</exception>
    public static ZipContents Open(string path, string displayName, ImportLimits limits)
    {
        try
        {
            using var archive = ZipFile.OpenRead(path);
            if (archive.Entries.Count > limits.MaxZipEntries)
                throw new PackageException($"{displayName} has {archive.Entries.Count:N0} entries; the limit is {limits.MaxZipEntries:N0}.");
            var files = new List<PackageFile>();
            foreach (var entry in archive.Entries)
            {
                if (entry.FullName.EndsWith('/'))
                    continue;
                var safe = SafeEntryPath(entry.FullName)
                    ?? throw new PackageException($"{displayName}: entry \"{entry.FullName}\" has an absolute path or \"..\"; rebuild the zip with relative paths inside it.");
                if (IsClutter(safe))
                    continue;
                files.Add(new PackageFile(safe, entry.Length));
            }
            return new ZipContents(path, displayName, files, limits);
        }
        catch (InvalidDataException e)
        {
            throw new PackageException($"{displayName} is not a readable zip file ({e.Message}).", e);
        }
    }

    internal byte[] Read(PackageFile file, long maxBytes)
    {
        using var archive = ZipFile.OpenRead(_path);
        var entry = archive.Entries.FirstOrDefault(e => SafeEntryPath(e.FullName) == file.Path)
            ?? throw new PackageException($"{DisplayName}: {file.Path} vanished from the zip.");
        // Declared sizes can lie; count what the decompressor actually produces.
        var cap = Math.Min(maxBytes, _limits.MaxZipExpandedBytes - _expandedSoFar);
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > cap)
                throw new PackageException($"{DisplayName}: {file.Path} expands beyond {cap:N0} bytes (limit per file {maxBytes:N0}, per zip {_limits.MaxZipExpandedBytes:N0}); is it a zip bomb?");
            buffer.Write(chunk, 0, read);
        }
        _expandedSoFar += buffer.Length;
        return buffer.ToArray();
    }

    private static string? SafeEntryPath(string name)
    {
        var path = name.Replace('\\', '/');
        if (path.StartsWith('/') || (path.Length > 1 && path[1] == ':'))
            return null;
        return AssetMatcher.Normalise(path) is { } normal && !path.Split('/').Contains("..") ? normal : null;
    }

    // Archivers add these; they are never article files.
    private static bool IsClutter(string path) =>
        path.StartsWith("__MACOSX/", StringComparison.Ordinal) || path.EndsWith("/.DS_Store", StringComparison.Ordinal) || path == ".DS_Store";
}
