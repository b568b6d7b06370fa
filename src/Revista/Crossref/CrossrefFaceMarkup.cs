using System.Xml;
using System.Xml.Linq;
using Revista.Jats;

namespace Revista.Crossref;

/// <summary>
/// Title text with the face markup Crossref keeps in titles (b, i, u, sup, sub, scp, tt: common5.4.0.xsd face_markup),
/// taken from the safe inline HTML the JATS reader made of the title. Any other tag is dropped and its text kept.
/// </summary>
internal static class CrossrefFaceMarkup
{
    public static IEnumerable<XNode> Of(JatsText text)
    {
        XElement html;
        try
        {
            using var reader = XmlReader.Create(new StringReader("<t>" + text.Html + "</t>"),
                new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 1_000_000 });
            html = XElement.Load(reader);
        }
        catch (XmlException)
        {
            // HTML that is not XML (a named entity such as &nbsp;): the plain text is still right, only unstyled.
            return [new XText(CrossrefText.Collapse(text.Text) ?? "")];
        }
        var nodes = Convert(html.Nodes()).ToList();
        return nodes.Count == 0 ? [new XText(CrossrefText.Collapse(text.Text) ?? "")] : nodes;
    }

    private static IEnumerable<XNode> Convert(IEnumerable<XNode> nodes)
    {
        foreach (var node in nodes)
        {
            if (node is XText text)
            {
                yield return new XText(text.Value);
                continue;
            }
            if (node is not XElement element)
                continue;
            var face = FaceOf(element);
            var children = Convert(element.Nodes());
            if (face is null)
            {
                foreach (var child in children)
                    yield return child;
            }
            else
            {
                yield return new XElement(CrossrefDeposit.Cr + face, children);
            }
        }
    }

    private static string? FaceOf(XElement element) => element.Name.LocalName switch
    {
        "i" or "em" => "i",
        "b" or "strong" => "b",
        "u" => "u",
        "sup" => "sup",
        "sub" => "sub",
        "code" or "tt" => "tt",
        "span" when (element.Attribute("class")?.Value ?? "").Split(' ').Contains("sc") => "scp",
        _ => null,
    };
}
