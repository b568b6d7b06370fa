using System.Xml.Linq;

namespace Revista.Citations;

/// <summary>
/// cs:group: children joined by the delimiter; suppressed when it calls at least one variable and every called variable
/// is empty (CSL 1.0.2 "Group").
/// </summary>
internal sealed class CslGroupNode : CslNode
{
    private readonly List<CslNode> _children;
    private readonly string? _delimiter;
    private readonly CslLook _look;

    public CslGroupNode(XElement e, CslStyle style)
    {
        _children = ParseChildren(e, style);
        _delimiter = e.Attr("delimiter");
        _look = CslLook.From(e);
    }

    public override CslOut? Render(CslContext ctx)
    {
        var called = ctx.VariablesCalled;
        var rendered = ctx.VariablesRendered;
        var kids = RenderAll(_children, ctx);
        if (kids.Count == 0)
            return null;
        if (ctx.VariablesCalled > called && ctx.VariablesRendered == rendered)
            return null;
        // A nested group that renders is content for the group around it, like a rendered variable (as citeproc-js
        // reads CSL 1.0.2 "Group": "Content:" stays before an empty cs:names when it sits in a group of its own).
        if (ctx.VariablesRendered == rendered)
            ctx.VariablesRendered++;
        return Wrap(kids, _delimiter, _look, ctx);
    }
}
