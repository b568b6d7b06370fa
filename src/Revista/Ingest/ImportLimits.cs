namespace Revista.Ingest;

/// <summary>
/// Caps that keep one hostile package from exhausting memory or disk. Real packages stay far below them:
/// the largest PMC article XML is a few MB, a figure a few tens of MB.
/// </summary>
public sealed record ImportLimits
{
    public long MaxXmlBytes { get; init; } = 50L * 1024 * 1024;
    public long MaxAssetBytes { get; init; } = 200L * 1024 * 1024;
    /// <summary>Total bytes a zip may expand to; a zip bomb is stopped here, whatever its headers claim.</summary>
    public long MaxZipExpandedBytes { get; init; } = 1024L * 1024 * 1024;
    public int MaxZipEntries { get; init; } = 10_000;
    /// <summary>Files a folder package may hold before we refuse to index it.</summary>
    public int MaxFolderFiles { get; init; } = 100_000;

    public static ImportLimits Default { get; } = new();
}
