using System.Xml.Linq;

namespace Revista.Citations;

/// <summary>cs:choose with cs:if / cs:else-if / cs:else: the first branch whose condition holds is rendered.</summary>
internal sealed class CslChooseNode : CslNode
{
    private readonly List<(CslCondition? Condition, List<CslNode> Children)> _branches = [];

    public CslChooseNode(XElement e, CslStyle style)
    {
        foreach (var branch in e.Elements())
        {
            var condition = branch.Name.LocalName == "else" ? null : new CslCondition(branch);
            _branches.Add((condition, ParseChildren(branch, style)));
        }
    }

    public override CslOut? Render(CslContext ctx)
    {
        foreach (var (condition, children) in _branches)
        {
            if (condition is null || condition.Holds(ctx))
            {
                // The branch's outputs take the place of cs:choose among its parent's children (delimiters apply between them).
                var kids = RenderAll(children, ctx);
                return kids.Count switch { 0 => null, 1 => kids[0], _ => new CslOut(kids, null) { IsSplice = true } };
            }
        }
        return null;
    }
}
