using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace Revista.Statistics;

/// <summary>
/// Reads a web-server log, plain or gzip-compressed: gzip is recognised by its magic bytes (RFC 1952 §2.3.1), not by the
/// name, since logrotate names compressed files ".gz" but copies and downloads often lose or change the extension.
/// Lines are streamed, so a log of millions of lines is never held in memory.
/// </summary>
public static class AccessLogFile
{
    private const int BufferSize = 1 << 16;

    /// <summary>The log's content, decompressed when it is gzip.</summary>
    public static Stream OpenContent(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, BufferSize, FileOptions.SequentialScan);
        try
        {
            Span<byte> magic = stackalloc byte[2];
            var read = file.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
            file.Position = 0;
            return read == 2 && magic[0] == 0x1F && magic[1] == 0x8B ? new GZipStream(file, CompressionMode.Decompress) : file;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>
    /// SHA-256 of the log's content after decompression (lower-case hex): what makes an import idempotent. The content,
    /// not the file's bytes, so that access.log.1 and the access.log.2.gz logrotate makes of it later are one log.
    /// </summary>
    public static async Task<string> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var content = OpenContent(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken));
    }

    /// <summary>The lines with their numbers (from 1). Bytes that are not UTF-8 become U+FFFD; servers escape them anyway.</summary>
    public static async IAsyncEnumerable<(long Number, string Text)> ReadLinesAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var content = OpenContent(path);
        using var reader = new StreamReader(content, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, BufferSize);
        var number = 0L;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
            yield return (++number, line);
    }
}
