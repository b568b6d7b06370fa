using System.Buffers.Binary;
using System.Text;

namespace Revista.Tests.Storage;

/// <summary>Minimal image headers built byte by byte from the format specifications, for the header readers.</summary>
internal static class ImageBytes
{
    public static byte[] Png(int width, int height)
    {
        var bytes = new List<byte> { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A };
        bytes.AddRange(BigEndian(13));
        bytes.AddRange("IHDR"u8.ToArray());
        bytes.AddRange(BigEndian(width));
        bytes.AddRange(BigEndian(height));
        bytes.AddRange([8, 6, 0, 0, 0]); // bit depth, RGBA, compression, filter, interlace
        bytes.AddRange(BigEndian(0)); // CRC: not checked by a header reader
        return [.. bytes];
    }

    /// <summary>SOI, a JFIF APP0, a DQT and a DHT segment (which must be skipped), then the frame header.</summary>
    public static byte[] Jpeg(int width, int height, byte startOfFrame = 0xC0)
    {
        var bytes = new List<byte> { 0xFF, 0xD8 };
        bytes.AddRange([0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
        bytes.AddRange([0xFF, 0xDB, 0x00, 0x04, 0x00, 0x01]);
        bytes.AddRange([0xFF, 0xC4, 0x00, 0x07, 0x00, 0x01, 0x02, 0x03, 0x04]);
        bytes.AddRange([0xFF, startOfFrame, 0x00, 0x11, 8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
        bytes.AddRange([0xFF, 0xDA, 0x00, 0x02, 0xFF, 0xD9]);
        return [.. bytes];
    }

    public static byte[] Gif(int width, int height)
    {
        var bytes = new List<byte>("GIF89a"u8.ToArray());
        bytes.AddRange(LittleEndian16(width));
        bytes.AddRange(LittleEndian16(height));
        bytes.AddRange([0x00, 0x00, 0x00, 0x3B]);
        return [.. bytes];
    }

    public static byte[] WebPLossless(int width, int height)
    {
        var bits = (uint)(width - 1) | ((uint)(height - 1) << 14);
        var payload = new List<byte> { 0x2F };
        payload.AddRange(LittleEndian32(bits));
        payload.AddRange([0, 0, 0, 0]);
        return Riff("VP8L", payload);
    }

    public static byte[] WebPExtended(int width, int height)
    {
        var payload = new List<byte> { 0, 0, 0, 0 };
        payload.AddRange(LittleEndian32((uint)(width - 1))[..3]);
        payload.AddRange(LittleEndian32((uint)(height - 1))[..3]);
        return Riff("VP8X", payload);
    }

    public static byte[] WebPLossy(int width, int height)
    {
        var payload = new List<byte> { 0, 0, 0, 0x9D, 0x01, 0x2A }; // frame tag, start code (RFC 6386 §9.1)
        payload.AddRange(LittleEndian16(width));
        payload.AddRange(LittleEndian16(height));
        payload.AddRange([0, 0]);
        return Riff("VP8 ", payload);
    }

    /// <summary>A TIFF whose first directory comes after <paramref name="padding"/> bytes of (pretend) pixel data.</summary>
    public static byte[] Tiff(int width, int height, bool bigEndian, int padding = 0)
    {
        var bytes = new List<byte>(bigEndian ? "MM\0*"u8.ToArray() : "II*\0"u8.ToArray());
        bytes.AddRange(U32((uint)(8 + padding)));
        bytes.AddRange(new byte[padding]);
        bytes.AddRange(U16(3));
        bytes.AddRange(Entry(254, 4, 0)); // NewSubfileType
        bytes.AddRange(Entry(256, 3, (uint)width)); // ImageWidth as SHORT
        bytes.AddRange(Entry(257, 4, (uint)height)); // ImageLength as LONG
        bytes.AddRange(U32(0));
        return [.. bytes];

        byte[] U16(ushort v) => bigEndian ? [(byte)(v >> 8), (byte)v] : [(byte)v, (byte)(v >> 8)];
        byte[] U32(uint v)
        {
            var b = new byte[4];
            if (bigEndian)
                BinaryPrimitives.WriteUInt32BigEndian(b, v);
            else
                BinaryPrimitives.WriteUInt32LittleEndian(b, v);
            return b;
        }
        byte[] Entry(ushort tag, ushort type, uint value) =>
            [.. U16(tag), .. U16(type), .. U32(1), .. (type == 3 ? [.. U16((ushort)value), 0, 0] : U32(value))];
    }

    public static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Riff(string chunk, List<byte> payload)
    {
        var bytes = new List<byte>("RIFF"u8.ToArray());
        bytes.AddRange(LittleEndian32((uint)(4 + 8 + payload.Count)));
        bytes.AddRange("WEBP"u8.ToArray());
        bytes.AddRange(Encoding.ASCII.GetBytes(chunk));
        bytes.AddRange(LittleEndian32((uint)payload.Count));
        bytes.AddRange(payload);
        return [.. bytes];
    }

    private static byte[] BigEndian(int value)
    {
        var b = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(b, value);
        return b;
    }

    private static byte[] LittleEndian16(int value) => [(byte)value, (byte)(value >> 8)];

    private static byte[] LittleEndian32(uint value)
    {
        var b = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(b, value);
        return b;
    }
}
