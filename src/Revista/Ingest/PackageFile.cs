namespace Revista.Ingest;

/// <summary>A file inside a package, by its path relative to the package root ('/' separated).</summary>
public sealed record PackageFile(string Path, long Length)
{
    public string Name => Path[(Path.LastIndexOf('/') + 1)..];

    public string Stem => AssetMatcher.StemOf(Name);
}
