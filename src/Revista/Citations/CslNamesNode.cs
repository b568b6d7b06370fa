using System.Globalization;
using System.Xml.Linq;

namespace Revista.Citations;

/// <summary>
/// cs:names: one or more name variables, each with its cs:name, cs:et-al and cs:label; cs:substitute when all are empty
/// (CSL 1.0.2 "Names").
/// </summary>
internal sealed class CslNamesNode : CslNode
{
    private static readonly CslNameNode DefaultName = new(new XElement(XName.Get("name", CslXml.Namespace)));

    private readonly string[] _variables;
    private readonly CslNameNode? _name;
    private readonly (string Term, CslLook Look)? _etAl;
    private readonly CslLabelNode? _label;
    private readonly bool _labelBeforeName;
    private readonly List<CslNode>? _substitute;
    private readonly string? _delimiter;
    private readonly CslLook _look;

    public CslNamesNode(XElement e, CslStyle style)
    {
        _variables = (e.Attr("variable") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        _delimiter = e.Attr("delimiter");
        _look = CslLook.From(e);
        var sawName = false;
        foreach (var child in e.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "name":
                    _name = new CslNameNode(child);
                    sawName = true;
                    break;
                case "et-al":
                    _etAl = (child.Attr("term") ?? "et-al", CslLook.From(child));
                    break;
                case "label":
                    _label = new CslLabelNode(child);
                    _labelBeforeName = !sawName;
                    break;
                case "substitute":
                    _substitute = ParseChildren(child, style);
                    break;
            }
        }
    }

    public IReadOnlyList<string> Variables => _variables;

    public override CslOut? Render(CslContext ctx)
    {
        // A cs:names inside cs:substitute without its own cs:name uses the parent's (CSL 1.0.2 "Substitute").
        var parent = ctx.SubstituteParent;
        var name = _name ?? parent?._name ?? DefaultName;
        var etAl = _etAl ?? parent?._etAl;
        var label = _label ?? (_name is null ? parent?._label : null);
        var labelBefore = _label is not null ? _labelBeforeName : parent?._labelBeforeName ?? false;

        ctx.VariablesCalled++;
        var lists = new List<(string Variable, IReadOnlyList<CslName> Names)>(_variables.Length);
        foreach (var v in _variables)
        {
            if (!ctx.IsSuppressed(v) && ctx.Item.GetNames(v) is { } names)
                lists.Add((v, names));
        }
        if (lists.Count == 0)
        {
            // Names already shown (substituted earlier, or the author of a suppress-author cite) leave the element
            // empty; its cs:substitute is for missing names, not for suppressed ones.
            if (_variables.Any(v => ctx.IsSuppressed(v) && ctx.Item.GetNames(v) is not null))
                return null;
            return Substitute(ctx);
        }
        ctx.VariablesRendered++;
        foreach (var (v, _) in lists)
            ctx.Used(v);

        if (name.Form(ctx) == "count")
        {
            var count = lists.Sum(l => name.VisibleCount(l.Names, ctx));
            return count == 0 ? null : Leaf(count.ToString(CultureInfo.InvariantCulture), _look, ctx);
        }

        // Identical editor and translator lists print once with the combined term.
        if (lists.Count > 1 && lists.FindIndex(l => l.Variable == "editor") is var ei and >= 0
            && lists.FindIndex(l => l.Variable == "translator") is var ti and >= 0 && lists[ei].Names.SequenceEqual(lists[ti].Names)
            && (label is null || !string.IsNullOrEmpty(ctx.Terms.Term("editortranslator", label.Form))))
        {
            lists[ei] = ("editortranslator", lists[ei].Names);
            lists.RemoveAt(ti);
        }

        var outs = new List<CslOut>(lists.Count);
        foreach (var (variable, names) in lists)
        {
            var formatted = name.Format(variable, names, ctx, etAl);
            if (formatted is null)
                continue;
            formatted.IsNameList = true;
            if (label is null || ctx.SortMode)
            {
                outs.Add(formatted);
                continue;
            }
            var plural = label.PluralRule switch { "always" => true, "never" => false, _ => names.Count > 1 };
            var term = ctx.Terms.Term(variable, label.Form, plural);
            if (string.IsNullOrEmpty(term))
            {
                outs.Add(formatted);
                continue;
            }
            var labelOut = Leaf(term, label.Look, ctx);
            outs.Add(new CslOut(labelBefore ? [labelOut, formatted] : [formatted, labelOut], null));
        }
        var delimiter = _delimiter ?? ctx.Inherit(EmptyAttributes, "names-delimiter");
        var result = Wrap(outs, delimiter, _look, ctx);
        if (result is null)
            return null;
        if (!result.Look.IsEmpty || result.Kids is null)
            result = new CslOut([result], null);
        result.IsNames = true;
        return result;
    }

    private static readonly Dictionary<string, string> EmptyAttributes = [];

    private CslOut? Substitute(CslContext ctx)
    {
        if (_substitute is null)
            return null;
        var savedIn = ctx.InSubstitute;
        var savedParent = ctx.SubstituteParent;
        ctx.InSubstitute = true;
        ctx.SubstituteParent = this;
        try
        {
            foreach (var node in _substitute)
            {
                var o = node.Render(ctx);
                if (o is null && node is CslTextNode text && text.IsEmptyTerm(ctx))
                    return null;
                if (o is null)
                    continue;
                var result = Wrap([o], null, _look, ctx) ?? o;
                if (!result.Look.IsEmpty || result.Kids is null)
                    result = new CslOut([result], null);
                result.IsNames = true;
                return result;
            }
            return null;
        }
        finally
        {
            ctx.InSubstitute = savedIn;
            ctx.SubstituteParent = savedParent;
        }
    }
}
