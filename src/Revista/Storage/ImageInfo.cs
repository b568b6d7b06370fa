using System.Buffers.Binary;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;

namespace Revista.Storage;

/// <summary>
/// Reads the pixel size of an image from its header, without decoding it, so article pages can give every img a
/// width and height (no layout shift). PNG, JPEG, GIF, WebP, TIFF and SVG; anything else yields false.
/// </summary>
public static partial class ImageInfo
{
    /// <summary>How much of a stream is read: enough for JPEG headers behind large EXIF and ICC segments.</summary>
    private const int StreamHeadLength = 1 << 20;

    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> JpegStart => [0xFF, 0xD8];
    private static ReadOnlySpan<byte> Utf8Mark => [0xEF, 0xBB, 0xBF];
    private static ReadOnlySpan<byte> Utf16BigEndianMark => [0xFE, 0xFF];
    private static ReadOnlySpan<byte> Utf16LittleEndianMark => [0xFF, 0xFE];

    /// <summary>The media type (by signature, then by extension, see <see cref="MediaTypes.Guess"/>) and, for images, the size.</summary>
    public static MediaInfo Read(ReadOnlySpan<byte> data, string? fileName) =>
        TryRead(data, out var width, out var height, out var mediaType)
            ? new MediaInfo(mediaType, width, height)
            : new MediaInfo(MediaTypes.Guess(data, fileName), null, null);

    public static bool TryRead(ReadOnlySpan<byte> data, out int width, out int height, out string mediaType)
    {
        var type = Signature(data);
        var found = type switch
        {
            MediaTypes.Png => TryPng(data, out width, out height),
            MediaTypes.Jpeg => TryJpeg(data, out width, out height),
            MediaTypes.Gif => TryGif(data, out width, out height),
            MediaTypes.WebP => TryWebP(data, out width, out height),
            MediaTypes.Tiff => TryTiff(data, TiffByteOrder(data) == true, out width, out height),
            MediaTypes.Svg => TrySvg(data, out width, out height),
            _ => None(out width, out height),
        };
        if (!found || width <= 0 || height <= 0)
        {
            (width, height, mediaType) = (0, 0, MediaTypes.OctetStream);
            return false;
        }
        mediaType = type!;
        return true;
    }

    /// <summary>Reads from the stream's current position; a seekable stream is left wherever reading stopped.</summary>
    public static bool TryRead(Stream stream, out int width, out int height, out string mediaType)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var start = stream.CanSeek ? stream.Position : 0;
        var head = new byte[stream.CanSeek ? (int)Math.Min(StreamHeadLength, Math.Max(0, stream.Length - start)) : StreamHeadLength];
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var data = head.AsSpan(0, length);
        if (TryRead(data, out width, out height, out mediaType))
            return true;
        // A TIFF's image file directory may follow the pixel data, far beyond the head (TIFF 6.0 §2).
        if (stream.CanSeek && TiffByteOrder(data) is { } bigEndian && data.Length >= 8)
        {
            var offset = ReadUInt32(data[4..], bigEndian);
            if (offset + 2 > stream.Length - start)
                return false;
            stream.Position = start + offset;
            Span<byte> countBytes = stackalloc byte[2];
            stream.ReadExactly(countBytes);
            int count = ReadUInt16(countBytes, bigEndian);
            var directory = new byte[2 + (Math.Min(count, 4096) * 12)];
            countBytes.CopyTo(directory);
            var read = stream.ReadAtLeast(directory.AsSpan(2), directory.Length - 2, throwOnEndOfStream: false);
            if (TryTiffDirectory(directory.AsSpan(0, 2 + read), bigEndian, out width, out height) && width > 0 && height > 0)
            {
                mediaType = MediaTypes.Tiff;
                return true;
            }
            (width, height) = (0, 0);
        }
        return false;
    }

    // PNG: the IHDR chunk comes first; width and height are big-endian 32-bit (PNG spec §11.2.2).
    private static bool TryPng(ReadOnlySpan<byte> data, out int width, out int height)
    {
        (width, height) = (0, 0);
        if (data.Length < 24 || !data.Slice(12, 4).SequenceEqual("IHDR"u8))
            return false;
        return TryInt(BinaryPrimitives.ReadUInt32BigEndian(data[16..]), out width)
            && TryInt(BinaryPrimitives.ReadUInt32BigEndian(data[20..]), out height);
    }

    // GIF: the logical screen descriptor follows the signature, little-endian 16-bit (GIF89a §18).
    private static bool TryGif(ReadOnlySpan<byte> data, out int width, out int height)
    {
        (width, height) = (0, 0);
        if (data.Length < 10)
            return false;
        width = BinaryPrimitives.ReadUInt16LittleEndian(data[6..]);
        height = BinaryPrimitives.ReadUInt16LittleEndian(data[8..]);
        return true;
    }

    // JPEG: walk the marker segments to the first start-of-frame (ITU T.81 §B.2.2): length, precision, lines, samples per line.
    private static bool TryJpeg(ReadOnlySpan<byte> data, out int width, out int height)
    {
        (width, height) = (0, 0);
        var i = 2;
        while (i + 4 <= data.Length)
        {
            if (data[i] != 0xFF)
                return false;
            var marker = data[i + 1];
            if (marker == 0xFF)
            {
                i++; // fill byte
                continue;
            }
            i += 2;
            if (marker is 0x01 or 0xD8 or (>= 0xD0 and <= 0xD7))
                continue; // markers without a length
            if (marker is 0xD9 or 0xDA)
                return false; // end of image or start of scan before any frame header
            if (i + 2 > data.Length)
                return false;
            int segmentLength = BinaryPrimitives.ReadUInt16BigEndian(data[i..]);
            if (segmentLength < 2)
                return false;
            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))
            {
                if (i + 7 > data.Length)
                    return false;
                height = BinaryPrimitives.ReadUInt16BigEndian(data[(i + 3)..]);
                width = BinaryPrimitives.ReadUInt16BigEndian(data[(i + 5)..]);
                return true;
            }
            i += segmentLength;
        }
        return false;
    }

    // WebP: RIFF container with one of three first chunks (RFC 9649 §2.5–2.7).
    private static bool TryWebP(ReadOnlySpan<byte> data, out int width, out int height)
    {
        (width, height) = (0, 0);
        if (data.Length < 25)
            return false;
        var chunk = data.Slice(12, 4);
        if (chunk.SequenceEqual("VP8 "u8))
        {
            if (data.Length < 30 || data[23] != 0x9D || data[24] != 0x01 || data[25] != 0x2A)
                return false;
            width = BinaryPrimitives.ReadUInt16LittleEndian(data[26..]) & 0x3FFF;
            height = BinaryPrimitives.ReadUInt16LittleEndian(data[28..]) & 0x3FFF;
            return true;
        }
        if (chunk.SequenceEqual("VP8L"u8))
        {
            if (data[20] != 0x2F)
                return false;
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(data[21..]);
            width = (int)(bits & 0x3FFF) + 1;
            height = (int)((bits >> 14) & 0x3FFF) + 1;
            return true;
        }
        if (chunk.SequenceEqual("VP8X"u8) && data.Length >= 30)
        {
            width = 1 + (data[24] | (data[25] << 8) | (data[26] << 16));
            height = 1 + (data[27] | (data[28] << 8) | (data[29] << 16));
            return true;
        }
        return false;
    }

    /// <summary>The image format by its signature; SVG when the bytes may be XML (the root element decides later).</summary>
    private static string? Signature(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith(PngSignature))
            return MediaTypes.Png;
        if (data.StartsWith(JpegStart))
            return MediaTypes.Jpeg;
        if (data.StartsWith("GIF87a"u8) || data.StartsWith("GIF89a"u8))
            return MediaTypes.Gif;
        if (data.Length >= 12 && data.StartsWith("RIFF"u8) && data.Slice(8, 4).SequenceEqual("WEBP"u8))
            return MediaTypes.WebP;
        if (TiffByteOrder(data) is not null)
            return MediaTypes.Tiff;
        return MayBeXml(data) ? MediaTypes.Svg : null;
    }

    private static bool None(out int width, out int height)
    {
        (width, height) = (0, 0);
        return false;
    }

    private static bool? TiffByteOrder(ReadOnlySpan<byte> data) =>
        data.StartsWith("II*\0"u8) ? false : data.StartsWith("MM\0*"u8) ? true : null;

    // TIFF: the header points at the first image file directory, whose ImageWidth (256) and ImageLength (257)
    // entries are SHORT or LONG (TIFF 6.0 §2, §8).
    private static bool TryTiff(ReadOnlySpan<byte> data, bool bigEndian, out int width, out int height)
    {
        (width, height) = (0, 0);
        if (data.Length < 8)
            return false;
        var offset = ReadUInt32(data[4..], bigEndian);
        return offset + 2 <= (uint)data.Length && TryTiffDirectory(data[(int)offset..], bigEndian, out width, out height);
    }

    private static bool TryTiffDirectory(ReadOnlySpan<byte> directory, bool bigEndian, out int width, out int height)
    {
        (width, height) = (0, 0);
        if (directory.Length < 2)
            return false;
        int count = ReadUInt16(directory, bigEndian);
        for (var n = 0; n < count; n++)
        {
            var entry = 2 + (n * 12);
            if (entry + 12 > directory.Length)
                return false;
            var tag = ReadUInt16(directory[entry..], bigEndian);
            var type = ReadUInt16(directory[(entry + 2)..], bigEndian);
            uint value = type switch
            {
                3 => ReadUInt16(directory[(entry + 8)..], bigEndian),
                4 => ReadUInt32(directory[(entry + 8)..], bigEndian),
                _ => 0,
            };
            if (tag == 256 && !TryInt(value, out width))
                return false;
            if (tag == 257 && !TryInt(value, out height))
                return false;
            if (width > 0 && height > 0)
                return true;
        }
        return false;
    }

    private static ushort ReadUInt16(ReadOnlySpan<byte> data, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(data) : BinaryPrimitives.ReadUInt16LittleEndian(data);

    private static uint ReadUInt32(ReadOnlySpan<byte> data, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(data) : BinaryPrimitives.ReadUInt32LittleEndian(data);

    private static bool TryInt(uint value, out int result)
    {
        result = value <= int.MaxValue ? (int)value : 0;
        return value <= int.MaxValue;
    }

    private static bool MayBeXml(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith(Utf16BigEndianMark) || data.StartsWith(Utf16LittleEndianMark))
            return true;
        if (data.StartsWith(Utf8Mark))
            data = data[3..];
        var start = data.IndexOfAnyExcept(" \t\r\n"u8);
        return start >= 0 && data[start] == (byte)'<';
    }

    // SVG: the root element's width and height (SVG 2 §8.2; absolute units at 96 px per inch, CSS Values §6.2),
    // else the viewBox size; one of them with a viewBox gives the other by its aspect ratio.
    private static bool TrySvg(ReadOnlySpan<byte> data, out int width, out int height)
    {
        (width, height) = (0, 0);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            MaxCharactersInDocument = 16 * 1024 * 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var stream = new MemoryStream(data.ToArray(), writable: false);
            using var reader = XmlReader.Create(stream, settings);
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "svg")
                return false;
            var w = SvgLength(reader.GetAttribute("width"));
            var h = SvgLength(reader.GetAttribute("height"));
            var viewBox = ViewBox(reader.GetAttribute("viewBox"));
            if (viewBox is var (boxWidth, boxHeight))
            {
                w ??= h is { } knownHeight ? knownHeight * boxWidth / boxHeight : boxWidth;
                h ??= w * boxHeight / boxWidth;
            }
            if (w is not { } finalWidth || h is not { } finalHeight || finalWidth > int.MaxValue || finalHeight > int.MaxValue)
                return false;
            width = (int)Math.Round(finalWidth);
            height = (int)Math.Round(finalHeight);
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    private static double? SvgLength(string? value)
    {
        var match = value is null ? null : LengthPattern().Match(value);
        if (match is not { Success: true }
            || !double.TryParse(match.Groups["number"].ValueSpan, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            || number <= 0)
        {
            return null;
        }
        double? pixelsPerUnit = match.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "" or "px" => 1,
            "in" => 96,
            "cm" => 96 / 2.54,
            "mm" => 96 / 25.4,
            "pt" => 96 / 72.0,
            "pc" => 16,
            _ => null, // %, em, ex: relative to a context an image file does not have
        };
        return number * pixelsPerUnit;
    }

    [GeneratedRegex(@"^\s*(?<number>[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)\s*(?<unit>[a-zA-Z%]*)\s*$")]
    private static partial Regex LengthPattern();

    private static (double Width, double Height)? ViewBox(string? value)
    {
        if (value is null)
            return null;
        var parts = value.Split([' ', ',', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 4
            || !double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var width)
            || !double.TryParse(parts[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var height)
            || width <= 0 || height <= 0)
        {
            return null;
        }
        return (width, height);
    }
}
