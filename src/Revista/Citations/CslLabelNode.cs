using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Revista.Citations;

/// <summary>cs:label: the term for a variable ("p."/"pp.", "vol."), singular or plural from the value (CSL 1.0.2 "Label").</summary>
internal sealed partial class CslLabelNode : CslNode
{
    private readonly string _variable;
    private readonly string _form;
    private readonly string _plural;
    private readonly CslLook _look;

    public CslLabelNode(XElement e)
    {
        _variable = e.Attr("variable") ?? "";
        _form = e.Attr("form") ?? "long";
        _plural = e.Attr("plural") ?? "contextual";
        _look = CslLook.From(e);
    }

    public string Form => _form;
    public string PluralRule => _plural;
    public CslLook Look => _look;

    public override CslOut? Render(CslContext ctx)
    {
        if (ctx.IsSuppressed(_variable))
            return null;
        var value = CslVariables.Value(ctx, _variable);
        if (value is null)
            return null;
        // CSL 1.0.1 locator labels were spelled with spaces ("sub verbo"); the 1.0.2 terms use hyphens ("sub-verbo").
        var termName = _variable == "locator" ? ctx.Cite?.Label?.Replace(' ', '-') ?? "page" : _variable;
        if (_variable == "locator" && CslLocatorLabel.FirstAt(value, ctx.Terms) is var written and >= 0)
        {
            if (written == 0)
                return null;
            value = value[..written];
        }
        var plural = _plural switch
        {
            "always" => true,
            "never" => false,
            _ => IsPlural(_variable, value),
        };
        var text = ctx.Terms.Term(termName, _form, plural);
        return string.IsNullOrEmpty(text) ? null : Leaf(text, _look, ctx);
    }

    private static bool IsPlural(string variable, string value)
    {
        if (variable.StartsWith("number-of-", StringComparison.Ordinal))
            return int.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 1;
        return MultiplePattern().IsMatch(value);
    }

    // Two numbers joined by a range, list or "and" mark, or a range of roman numerals ("i–ix"); an escaped hyphen ("3\-B")
    // joins nothing.
    [GeneratedRegex(@"\d\s*(?:(?<!\\)[-–,&]|and)\s*\S|\d\s+\d|\b[ivxlcdm]+\s*[-–]\s*[ivxlcdm]+\b")]
    private static partial Regex MultiplePattern();
}
