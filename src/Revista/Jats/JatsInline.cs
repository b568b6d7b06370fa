using System.Net;
using System.Xml.Linq;

namespace Revista.Jats;

// PLACEHOLDER owned by the renderer work: replaced by the real allow-list inline renderer.
public static class JatsInline
{
    public static string ToText(XElement element) => string.Join(" ", element.DescendantNodes().OfType<XText>().Select(t => t.Value)).Trim();

    public static string ToHtml(XElement element) => WebUtility.HtmlEncode(ToText(element));

    public static JatsText ToJatsText(XElement element) => new(ToText(element), ToHtml(element));

    public static string ToBlockHtml(XElement element) => "<p>" + ToHtml(element) + "</p>";
}
