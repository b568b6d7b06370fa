using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Revista.Jats;

// Turning bytes into characters ourselves (rather than letting XmlReader do it) lets the entity pass work on text and
// lets errors name the exact line of a bad byte. XML 1.0 §4.3.3 and Appendix F: a byte order mark or the encoding in
// the XML declaration decides; without either the file is UTF-8.
public static partial class JatsXml
{
    private static readonly (byte[] Signature, string Kind)[] BinarySignatures =
    [
        ("%PDF-"u8.ToArray(), "a PDF file"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (pass the .zip itself to `revista import`, which unpacks packages)"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF8"u8.ToArray(), "a GIF image"),
        ([0x49, 0x49, 0x2A, 0x00], "a TIFF image"),
        ([0x4D, 0x4D, 0x00, 0x2A], "a TIFF image"),
        ([0x1F, 0x8B], "a gzip archive"),
        ([0xD0, 0xCF, 0x11, 0xE0], "a legacy Microsoft Office document"),
        ("{\\rtf"u8.ToArray(), "an RTF document"),
    ];

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];
    private static ReadOnlySpan<byte> Utf32LeBom => [0xFF, 0xFE, 0x00, 0x00];
    private static ReadOnlySpan<byte> Utf32BeBom => [0x00, 0x00, 0xFE, 0xFF];
    private static ReadOnlySpan<byte> Utf16BeBom => [0xFE, 0xFF];
    private static ReadOnlySpan<byte> Utf16LeBom => [0xFF, 0xFE];
    private static ReadOnlySpan<byte> Utf16BeDeclaration => [0x00, 0x3C, 0x00, 0x3F];
    private static ReadOnlySpan<byte> Utf16LeDeclaration => [0x3C, 0x00, 0x3F, 0x00];

    private static string Decode(ReadOnlySpan<byte> bytes, string sourceName)
    {
        if (bytes.StartsWith(Utf8Bom))
            return DecodeUtf8(bytes[3..], sourceName);
        if (bytes.StartsWith(Utf32LeBom))
            return DecodeStrict(new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), bytes[4..], sourceName);
        if (bytes.StartsWith(Utf32BeBom))
            return DecodeStrict(new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), bytes[4..], sourceName);
        if (bytes.StartsWith(Utf16BeBom) || bytes.StartsWith(Utf16BeDeclaration))
            return DecodeStrict(new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), bytes.StartsWith(Utf16BeBom) ? bytes[2..] : bytes, sourceName);
        if (bytes.StartsWith(Utf16LeBom) || bytes.StartsWith(Utf16LeDeclaration))
            return DecodeStrict(new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), bytes.StartsWith(Utf16LeBom) ? bytes[2..] : bytes, sourceName);

        RejectBinary(bytes, sourceName);
        var declared = DeclaredEncoding(bytes);
        if (declared is null or "utf-8" or "utf8" or "us-ascii" or "ascii")
            return DecodeUtf8(bytes, sourceName);
        if (declared.StartsWith("utf-16", StringComparison.Ordinal) || declared.StartsWith("utf-32", StringComparison.Ordinal))
        {
            throw new JatsFormatException(
                $"{sourceName} declares encoding=\"{declared}\" but has no byte order mark and is stored in a single-byte encoding. "
                + "Save the file as UTF-8 (and declare encoding=\"UTF-8\").", 1, 1);
        }
        return DecodeStrict(EncodingNamed(declared, sourceName), bytes, sourceName);
    }

    private static Encoding EncodingNamed(string name, string sourceName)
    {
        // ISO-8859-1 is built in; windows-1252 and the other legacy code pages come from the provider, asked directly
        // so that a library does not register process-wide encodings.
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
                ?? Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            throw new JatsFormatException(
                $"{sourceName} declares encoding=\"{name}\", which Revista cannot read. Save the file as UTF-8 (and declare encoding=\"UTF-8\").", 1, 1);
        }
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, string sourceName)
    {
        if (Utf8.IsValid(bytes))
            return Encoding.UTF8.GetString(bytes);
        var chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            Utf8.ToUtf16(bytes, chars, out var valid, out _, replaceInvalidSequences: false);
            var (line, column) = PositionOf(bytes, valid);
            throw new JatsFormatException(
                $"{sourceName} has an invalid UTF-8 byte sequence (byte 0x{bytes[valid]:X2}) at line {line}, column {column}. "
                + "The file is probably in another encoding: save it as UTF-8, or declare its real encoding, e.g. <?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>.",
                line, column);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static string DecodeStrict(Encoding encoding, ReadOnlySpan<byte> bytes, string sourceName)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new JatsFormatException(
                $"{sourceName} has bytes that are not valid {encoding.WebName} (near byte {Math.Max(0, e.Index)}). Save the file as UTF-8.", e);
        }
    }

    /// <summary>1-based line and column (in characters) of a byte offset in UTF-8 text.</summary>
    private static (int Line, int Column) PositionOf(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..offset];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = 1;
        foreach (var b in before[lineStart..])
        {
            if ((b & 0xC0) != 0x80)
                column++;
        }
        return (line, column);
    }

    private static void RejectBinary(ReadOnlySpan<byte> bytes, string sourceName)
    {
        foreach (var (signature, kind) in BinarySignatures)
        {
            if (bytes.StartsWith(signature))
                throw new JatsFormatException($"{sourceName} is {kind}, not a JATS XML file.");
        }
        var zero = bytes[..Math.Min(bytes.Length, 8192)].IndexOf((byte)0);
        if (zero >= 0)
        {
            var (line, column) = PositionOf(bytes, zero);
            throw new JatsFormatException($"{sourceName} looks like a binary file (a NUL byte at line {line}, column {column}), not a JATS XML file.", line, column);
        }
    }

    /// <summary>The encoding pseudo-attribute of an XML declaration at the very start, lower-cased; null when absent.</summary>
    private static string? DeclaredEncoding(ReadOnlySpan<byte> bytes)
    {
        if (!bytes.StartsWith("<?xml"u8))
            return null;
        var end = bytes[..Math.Min(bytes.Length, 512)].IndexOf("?>"u8);
        if (end < 0)
            return null;
        var declaration = Encoding.ASCII.GetString(bytes[..end]);
        var at = declaration.IndexOf("encoding", StringComparison.Ordinal);
        if (at < 0)
            return null;
        var rest = declaration.AsSpan(at + "encoding".Length).TrimStart();
        if (rest.IsEmpty || rest[0] != '=')
            return null;
        rest = rest[1..].TrimStart();
        if (rest.IsEmpty || (rest[0] != '"' && rest[0] != '\''))
            return null;
        var close = rest[1..].IndexOf(rest[0]);
        return close < 0 ? null : rest.Slice(1, close).Trim().ToString().ToLowerInvariant();
    }

    /// <summary>Clear messages for files that are text but not XML at all: HTML pages, plain text, JSON.</summary>
    private static void RejectNonXml(string text, string sourceName)
    {
        var rest = text.AsSpan().TrimStart();
        if (rest.IsEmpty)
            throw new JatsFormatException($"{sourceName} contains only white space; expected a JATS XML article.");
        if (rest[0] != '<')
        {
            throw new JatsFormatException(
                $"{sourceName} is not XML: it starts with \"{Excerpt(rest)}\" where an XML file starts with '<'.", 1, 1);
        }
        while (true)
        {
            if (rest.StartsWith("<?"))
                rest = After(rest, "?>");
            else if (rest.StartsWith("<!--"))
                rest = After(rest, "-->");
            else
                break;
        }
        if (IsHtmlStart(rest))
        {
            throw new JatsFormatException(
                $"{sourceName} is an HTML page, not a JATS XML article. Import the article's JATS XML (often offered as \"XML\" or \"JATS\" beside the PDF).");
        }
    }

    private static bool IsHtmlStart(ReadOnlySpan<char> rest)
    {
        if (rest.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase))
        {
            var name = rest[9..].TrimStart();
            return name.StartsWith("html", StringComparison.OrdinalIgnoreCase) && (name.Length == 4 || !char.IsLetterOrDigit(name[4]));
        }
        return rest.StartsWith("<html", StringComparison.OrdinalIgnoreCase) && (rest.Length == 5 || !char.IsLetterOrDigit(rest[5]));
    }

    private static ReadOnlySpan<char> After(ReadOnlySpan<char> text, string terminator)
    {
        var at = text.IndexOf(terminator, StringComparison.Ordinal);
        return at < 0 ? [] : text[(at + terminator.Length)..].TrimStart();
    }

    private static string Excerpt(ReadOnlySpan<char> text)
    {
        var line = text[..Math.Min(text.Length, 40)];
        var newline = line.IndexOfAny('\r', '\n');
        return (newline < 0 ? line : line[..newline]).ToString();
    }
}
