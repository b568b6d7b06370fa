using System.Xml;
using System.Xml.Linq;

namespace Revista.Jats;

/// <summary>
/// The one hardened XML loader for JATS. Real JATS names its DTD in a DOCTYPE; the DTD is never read (no network, no
/// file access, no entity expansion). The named character entities the JATS DTDs declare (ISO 8879, ISO 9573-13,
/// MathML sets) are resolved from a built-in table instead, and any other entity reference is refused.
/// </summary>
public static partial class JatsXml
{
    /// <summary>Largest accepted input. The biggest real articles (long supplements inline) are a few MB.</summary>
    public const int MaxInputBytes = 50 * 1024 * 1024;

    /// <summary>Deepest accepted element nesting; real JATS with MathML inside tables stays well under 64.</summary>
    public const int MaxElementDepth = 256;

    /// <summary>Parses a JATS file held in memory. Errors are <see cref="JatsFormatException"/>s naming the file, line and column.</summary>
    public static XDocument Parse(byte[] bytes, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return Parse(bytes.AsSpan(), sourceName);
    }

    /// <summary>Reads at most <see cref="MaxInputBytes"/> from the stream and parses them.</summary>
    public static XDocument Parse(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (stream.CanSeek && stream.Length - stream.Position > MaxInputBytes)
            throw TooLarge(sourceName, stream.Length - stream.Position);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + read > MaxInputBytes)
                throw TooLarge(sourceName, null);
            buffer.Write(chunk, 0, read);
        }
        return Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), sourceName);
    }

    private static XDocument Parse(ReadOnlySpan<byte> bytes, string sourceName)
    {
        if (bytes.Length == 0)
            throw new JatsFormatException($"{sourceName} is empty (0 bytes); expected a JATS XML article.");
        if (bytes.Length > MaxInputBytes)
            throw TooLarge(sourceName, bytes.Length);
        var text = Decode(bytes, sourceName);
        RejectNonXml(text, sourceName);
        text = JatsCharacterEntities.Resolve(text, sourceName);
        return Load(text, sourceName);
    }

    private static XDocument Load(string text, string sourceName)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            // Nothing is expanded with DtdProcessing.Ignore; the limit stays as a second line of defence.
            MaxCharactersFromEntities = 1024,
            MaxCharactersInDocument = MaxInputBytes,
            IgnoreComments = true,
        };
        try
        {
            using var reader = new DepthLimitedXmlReader(XmlReader.Create(new StringReader(text), settings), MaxElementDepth, sourceName);
            // Whitespace between inline elements is content ("<italic>a</italic> <bold>b</bold>"), so it is kept.
            return XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            var reason = WithoutPosition(e.Message);
            throw new JatsFormatException(
                $"{sourceName} is not well-formed XML: {reason} (line {e.LineNumber}, column {e.LinePosition}). "
                + "Fix the XML at that spot; `xmllint --noout FILE` shows the same error.",
                e.LineNumber, e.LinePosition, e);
        }
    }

    /// <summary>XmlException messages end with " Line 3, position 7."; the position is reported in our own words.</summary>
    private static string WithoutPosition(string message)
    {
        var at = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        return (at > 0 ? message[..at] : message).TrimEnd('.', ' ');
    }

    private static JatsFormatException TooLarge(string sourceName, long? bytes) => new(
        $"{sourceName} is larger than the {MaxInputBytes / (1024 * 1024)} MB Revista accepts for one JATS file"
        + (bytes is null ? "" : $" ({bytes.Value / (1024 * 1024.0):0.#} MB)")
        + ". Move large data into supplementary files referenced from the XML.");
}
