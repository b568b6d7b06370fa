using System.Security.Cryptography;

namespace Revista.Storage;

/// <summary>
/// Content-addressed files on disk: each file is named by the SHA-256 of its bytes under two levels of folders
/// (<c>ab/cd/abcd…</c>), so identical files are stored once, a name never points at changed bytes, and no name taken
/// from input can leave the store (only 64 hex digits are accepted). Files have no extension: the media type lives
/// in <see cref="StoredAsset"/>. Safe for several processes sharing the folder: writes go to a temporary file in the
/// store and are renamed into place, which is atomic on one file system.
/// </summary>
public sealed class AssetStore
{
    private const string TemporaryFolder = "tmp";

    public AssetStore(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    /// <summary>Copies <paramref name="content"/> into the store, hashing as it goes.</summary>
    public async Task<StoredFile> PutAsync(Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var temporaryDirectory = Path.Combine(Root, TemporaryFolder);
        Directory.CreateDirectory(temporaryDirectory);
        var temporaryPath = Path.Combine(temporaryDirectory, Guid.NewGuid().ToString("N"));
        try
        {
            string sha256;
            long length;
            using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                await using (var file = new FileStream(temporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
                {
                    var buffer = new byte[81920];
                    int read;
                    while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                    {
                        hash.AppendData(buffer, 0, read);
                        await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    }
                    length = file.Length;
                    // Flush to disk before the rename publishes the name, so a crash never leaves a named file with missing bytes.
                    file.Flush(flushToDisk: true);
                }
                sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            }

            var path = PathOf(sha256);
            if (File.Exists(path))
                return new StoredFile(sha256, length, IsNew: false);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            try
            {
                File.Move(temporaryPath, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another writer stored the same bytes between our check and our rename.
                return new StoredFile(sha256, length, IsNew: false);
            }
            return new StoredFile(sha256, length, IsNew: true);
        }
        finally
        {
            File.Delete(temporaryPath);
        }
    }

    /// <summary>Opens a stored file for reading, or returns null when the store does not have it.</summary>
    public Stream? OpenRead(string sha256)
    {
        var path = PathOf(sha256);
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public bool Exists(string sha256) => File.Exists(PathOf(sha256));

    /// <summary>Removes a stored file; false when it was not there.</summary>
    public bool Delete(string sha256)
    {
        var path = PathOf(sha256);
        if (!File.Exists(path))
            return false;
        File.Delete(path);
        return true;
    }

    /// <summary>The file's path in the store.</summary>
    /// <exception cref="ArgumentException">The value is not exactly 64 hexadecimal digits.</exception>
    public string PathOf(string sha256)
    {
        if (!IsSha256(sha256))
            throw new ArgumentException("A stored file is named by its SHA-256: exactly 64 hexadecimal digits.", nameof(sha256));
        var name = sha256.ToLowerInvariant();
        return Path.Combine(Root, name[..2], name[2..4], name);
    }

    public static bool IsSha256(string? value) => value is { Length: 64 } && value.All(char.IsAsciiHexDigit);
}
