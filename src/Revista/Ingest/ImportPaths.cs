namespace Revista.Ingest;

/// <summary>Turns the command line's paths (.xml files, folders, .zip packages) into the articles they hold.</summary>
public static class ImportPaths
{
    /// <summary>Paths that do not exist; the command reports them as a usage error before importing anything.</summary>
    public static IReadOnlyList<string> Missing(IEnumerable<string> paths) =>
        paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();

    public static IEnumerable<ImportCandidate> Expand(IEnumerable<string> paths, ImportLimits limits)
    {
        var folderIndexes = new Dictionary<string, Lazy<IReadOnlyList<PackageFile>>>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in ArticleFilesUnder(path))
                {
                    foreach (var candidate in FromFile(file, Display(file), limits, folderIndexes))
                        yield return candidate;
                }
            }
            else
            {
                foreach (var candidate in FromFile(path, Display(path), limits, folderIndexes))
                    yield return candidate;
            }
        }
    }

    private static IEnumerable<string> ArticleFilesUnder(string folder)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden | FileAttributes.System,
            IgnoreInaccessible = true,
        };
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(f => IsXml(f) || IsZip(f))
            .Order(StringComparer.Ordinal);
    }

    private static List<ImportCandidate> FromFile(
        string path, string display, ImportLimits limits, Dictionary<string, Lazy<IReadOnlyList<PackageFile>>> folderIndexes)
    {
        if (IsZip(path))
            return FromZip(path, display, limits);
        if (!IsXml(path))
            return [new ImportCandidate(display, null, "not a .xml file or a .zip package; give the article XML or its zip.")];

        var root = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!folderIndexes.TryGetValue(root, out var index))
        {
            index = new Lazy<IReadOnlyList<PackageFile>>(() => FolderPackage.Index(root, limits));
            folderIndexes[root] = index;
        }
        var package = new FolderPackage(display, root, Path.GetFileName(path), new LazyFileList(index), limits);
        return [new ImportCandidate(display, package, null)];
    }

    private static List<ImportCandidate> FromZip(string path, string display, ImportLimits limits)
    {
        ZipContents zip;
        try
        {
            zip = ZipContents.Open(path, display, limits);
        }
        catch (PackageException e)
        {
            return [new ImportCandidate(display, null, e.Message)];
        }
        var xmls = zip.Files.Where(f => IsXml(f.Path)).ToList();
        if (xmls.Count == 0)
            return [new ImportCandidate(display, null, "the zip holds no .xml article; put the JATS XML at its root.")];
        return xmls.Select(x => new ImportCandidate(display + ":" + x.Path, new ZipPackage(zip, x.Path, limits), null)).ToList();
    }

    private static bool IsXml(string path) =>
        path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".nxml", StringComparison.OrdinalIgnoreCase);

    private static bool IsZip(string path) => path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    // Relative to where the user stands when that is shorter to read; absolute for paths elsewhere.
    private static string Display(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path) : relative;
    }

    /// <summary>Defers indexing a folder until an article in it actually names a file.</summary>
    private sealed class LazyFileList(Lazy<IReadOnlyList<PackageFile>> index) : IReadOnlyList<PackageFile>
    {
        public PackageFile this[int i] => index.Value[i];

        public int Count => index.Value.Count;

        public IEnumerator<PackageFile> GetEnumerator() => index.Value.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
