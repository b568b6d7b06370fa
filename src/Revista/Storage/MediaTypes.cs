namespace Revista.Storage;

/// <summary>
/// Guesses a file's media type (IANA name) from its first bytes, falling back to the file name's extension only
/// for formats that have no signature (CSV, plain text) or that share one (the ZIP-based Office formats).
/// </summary>
public static class MediaTypes
{
    public const string OctetStream = "application/octet-stream";
    public const string Pdf = "application/pdf";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string Gif = "image/gif";
    public const string Svg = "image/svg+xml";
    public const string Tiff = "image/tiff";
    public const string WebP = "image/webp";
    public const string Mp4 = "video/mp4";
    public const string Zip = "application/zip";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Pptx = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public const string Csv = "text/csv";
    public const string Text = "text/plain";
    public const string Xml = "application/xml";

    /// <param name="head">The first bytes of the file (a few hundred are enough; SVG detection looks at up to 1 KiB).</param>
    /// <param name="fileName">The file's name as imported, or null.</param>
    public static string Guess(ReadOnlySpan<byte> head, string? fileName)
    {
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (head.StartsWith("%PDF-"u8))
            return Pdf;
        if (ImageInfo.TryRead(head, out _, out _, out var imageType))
            return imageType;
        if (ImageSignature(head) is { } image)
            return image;
        if (head.Length >= 12 && head.Slice(4, 4).SequenceEqual("ftyp"u8))
            return Mp4;
        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return extension switch
            {
                ".docx" => Docx,
                ".xlsx" => Xlsx,
                ".pptx" => Pptx,
                _ => Zip,
            };
        }
        if (LooksLikeSvg(head) || extension == ".svg" && LooksLikeText(head))
            return Svg;
        if (!LooksLikeText(head))
            return OctetStream;
        return extension switch
        {
            ".csv" => Csv,
            ".txt" => Text,
            ".xml" => Xml,
            _ => OctetStream,
        };
    }

    private static ReadOnlySpan<byte> PngStart => [0x89, (byte)'P', (byte)'N', (byte)'G'];
    private static ReadOnlySpan<byte> JpegStart => [0xFF, 0xD8, 0xFF];

    /// <summary>Image formats recognised by signature even when their dimensions cannot be read from these bytes.</summary>
    private static string? ImageSignature(ReadOnlySpan<byte> head) =>
        head.StartsWith(PngStart) ? Png
        : head.StartsWith(JpegStart) ? Jpeg
        : head.StartsWith("GIF8"u8) ? Gif
        : head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8) ? Tiff
        : head.Length >= 12 && head.StartsWith("RIFF"u8) && head.Slice(8, 4).SequenceEqual("WEBP"u8) ? WebP
        : null;

    private static bool LooksLikeSvg(ReadOnlySpan<byte> head)
    {
        var sample = head[..Math.Min(head.Length, 1024)];
        return LooksLikeText(sample) && sample.IndexOf("<svg"u8) >= 0;
    }

    /// <summary>No NUL bytes and no control characters other than tab, CR, LF and form feed in the sample.</summary>
    private static bool LooksLikeText(ReadOnlySpan<byte> head)
    {
        foreach (var b in head[..Math.Min(head.Length, 4096)])
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C))
                return false;
        }
        return true;
    }
}
