using System.Xml;
using System.Xml.Linq;

namespace Revista.Citations;

/// <summary>
/// The hardened loader for CSL styles and locales (house rule: no DTD, no external entities, bounded size). Real styles
/// are under 300 KB; the limit leaves room for the largest ones in the official repository.
/// </summary>
internal static class CslXml
{
    public const int MaxInputChars = 4 * 1024 * 1024;

    public const string Namespace = "http://purl.org/net/xbiblio/csl";

    public static XElement Parse(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxInputChars)
            throw new CslFormatException($"{sourceName} is {text.Length:N0} characters; CSL files larger than {MaxInputChars:N0} are refused.");
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            MaxCharactersInDocument = MaxInputChars,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            // Whitespace inside <term> and affixes is meaningful, so it is kept.
            var document = XDocument.Load(reader, LoadOptions.PreserveWhitespace | LoadOptions.SetLineInfo);
            return document.Root ?? throw new CslFormatException($"{sourceName} has no root element.");
        }
        catch (XmlException e)
        {
            throw new CslFormatException(
                $"{sourceName} is not well-formed XML: {e.Message} Fix the file at line {e.LineNumber}, column {e.LinePosition}.", e);
        }
    }

    public static string? Attr(this XElement element, string name) => element.Attribute(name)?.Value;
}
