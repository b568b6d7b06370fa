using System.Xml.Linq;

namespace Revista.Citations;

/// <summary>A rendering element of a style (cs:text, cs:group, cs:names …), parsed once and immutable.</summary>
internal abstract class CslNode
{
    /// <summary>The output, or null when the element renders nothing.</summary>
    public abstract CslOut? Render(CslContext ctx);

    public static CslNode? Parse(XElement e, CslStyle style) => e.Name.LocalName switch
    {
        "text" => new CslTextNode(e, style),
        "number" => new CslNumberNode(e),
        "label" => new CslLabelNode(e),
        "group" => new CslGroupNode(e, style),
        "choose" => new CslChooseNode(e, style),
        "date" => new CslDateNode(e),
        "names" => new CslNamesNode(e, style),
        _ => null,
    };

    public static List<CslNode> ParseChildren(XElement e, CslStyle style)
    {
        var list = new List<CslNode>();
        foreach (var child in e.Elements())
        {
            if (Parse(child, style) is { } node)
                list.Add(node);
        }
        return list;
    }

    /// <summary>Renders children in order, keeping the non-empty outputs.</summary>
    public static List<CslOut> RenderAll(IReadOnlyList<CslNode> nodes, CslContext ctx)
    {
        var list = new List<CslOut>(nodes.Count);
        foreach (var n in nodes)
        {
            if (n.Render(ctx) is not { } o)
                continue;
            if (o.IsSplice)
                list.AddRange(o.Kids!);
            else
                list.Add(o);
        }
        return list;
    }

    /// <summary>Wraps a plain string in the element's look after text-case and strip-periods.</summary>
    public static CslOut Leaf(string text, CslLook look, CslContext ctx)
    {
        if (look.StripPeriods)
            text = text.Replace(".", "", StringComparison.Ordinal);
        var o = new CslOut(text, look);
        if (look.TextCase is { } textCase)
            CslTextCase.Apply(o, textCase, ctx);
        return o;
    }

    /// <summary>Applies a look (text-case included) to rendered output.</summary>
    public static CslOut? Wrap(List<CslOut> kids, string? delimiter, CslLook look, CslContext ctx)
    {
        var o = CslOut.Join(kids, delimiter, look);
        if (o is null)
            return null;
        if (look.StripPeriods)
        {
            foreach (var leaf in o.Leaves())
                leaf.Text = leaf.Text?.Replace(".", "", StringComparison.Ordinal);
        }
        if (look.TextCase is { } textCase)
            CslTextCase.Apply(o, textCase, ctx);
        return o;
    }
}
