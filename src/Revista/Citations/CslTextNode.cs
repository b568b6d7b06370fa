using System.Xml.Linq;

namespace Revista.Citations;

/// <summary>cs:text: a variable, a macro, a term or a literal value.</summary>
internal sealed partial class CslTextNode : CslNode
{
    // Variables holding identifiers, rendered verbatim (no typographic quotes).
    private static readonly HashSet<string> Verbatim = new(StringComparer.Ordinal)
    {
        "DOI", "ISBN", "ISSN", "PMCID", "PMID", "URL", "call-number", "citation-key",
    };

    private readonly CslStyle _style;
    private readonly string? _variable;
    private readonly string? _macroName;
    private readonly string? _term;
    private readonly string? _value;
    private readonly string _form;
    private readonly bool _plural;
    private readonly CslLook _look;

    public CslTextNode(XElement e, CslStyle style)
    {
        _style = style;
        _variable = e.Attr("variable");
        _macroName = e.Attr("macro");
        _term = e.Attr("term");
        _value = e.Attr("value");
        _form = e.Attr("form") ?? "long";
        _plural = e.Attr("plural") == "true";
        _look = CslLook.From(e);
    }

    public override CslOut? Render(CslContext ctx)
    {
        if (_variable is not null)
            return RenderVariable(ctx, _variable);
        if (_macroName is not null)
        {
            // citeproc-js treats a macro call as an implicit cs:group: terms it renders vanish when every variable it
            // calls is empty (a lone "in" before a missing container-title).
            var called = ctx.VariablesCalled;
            var rendered = ctx.VariablesRendered;
            var kids = RenderAll(_style.Macro(_macroName), ctx);
            if (ctx.VariablesCalled > called && ctx.VariablesRendered == rendered)
                return null;
            // Like a nested group, a macro that renders is content for the group around it ("n.d." beside an empty volume).
            if (kids.Count > 0 && ctx.VariablesRendered == rendered)
                ctx.VariablesRendered++;
            return Wrap(kids, null, _look, ctx);
        }
        if (_term is not null)
        {
            var text = ctx.Terms.Term(_term, _form, _plural);
            if (string.IsNullOrEmpty(text))
                return null;
            var leaf = Leaf(text, _look, ctx);
            leaf.IsTerm = true;
            return leaf;
        }
        if (string.IsNullOrEmpty(_value))
            return null;
        if (_value.IndexOfAny(['\'', '"', '<']) < 0)
            return Leaf(_value, _look, ctx);
        // A literal's markup and quotation marks are read like those of the data (quotes alternate, tags format).
        return Wrap([CslMarkup.ParseTypographic(_value, ctx.Terms, quotes: true)], null, _look, ctx);
    }

    /// <summary>
    /// A term the locale defines as empty: found, so it ends locale fallback (CSL 1.0.2 "Locale Fallback"), and a
    /// deliberate "nothing here", so it also ends cs:substitute instead of letting a later fallback print.
    /// </summary>
    public bool IsEmptyTerm(CslContext ctx) => _term is not null && ctx.Terms.Term(_term, _form, _plural) is { Length: 0 };

    private CslOut? RenderVariable(CslContext ctx, string variable)
    {
        // year-suffix is the processor's own, added by disambiguation: a group is not suppressed for lacking it
        // (citeproc-js keeps "(n.d.)" before an absent suffix).
        if (variable != "year-suffix" || ctx.YearSuffix is not null)
            ctx.VariablesCalled++;
        if (ctx.IsSuppressed(variable))
            return null;
        string? value = null;
        if (_form == "short")
        {
            value = ctx.Item.Get(variable + "-short");
            if (value is not null)
                ctx.Used(variable + "-short");
        }
        value ??= CslVariables.Value(ctx, variable);
        if (value is null)
            return null;
        ctx.VariablesRendered++;
        ctx.Used(variable);
        if (ctx.SortMode && variable == "citation-number")
            return new CslOut(ctx.CitationNumber.ToString("D8", System.Globalization.CultureInfo.InvariantCulture));
        var verbatim = Verbatim.Contains(variable) || variable is "citation-number" or "year-suffix";
        // citeproc-js puts the locale's page-range-delimiter into every page range, formatted or not.
        if (variable == "page")
            value = CslPageRange.Format(value, _style.PageRangeFormat, ctx.Terms);
        else if (variable == "locator")
            value = CslPageRange.Format(value, (ctx.Cite?.Label ?? "page") == "page" ? _style.PageRangeFormat : null, ctx.Terms);
        else if (variable is "volume" or "issue" or "number" or "collection-number" or "chapter-number" && value.Contains('-', StringComparison.Ordinal)
            && CslVariables.IsNumeric(value))
            value = NumberRange().Replace(value, "–"); // a numeric range ("3-4") is set with an en dash, as cs:number does
        if (variable is "page" or "locator" && value.Contains('&', StringComparison.Ordinal) && CslVariables.IsNumeric(value))
            value = CslVariables.LocalizeAmpersand(value, ctx.Terms);
        if (verbatim || value.IndexOfAny(['<', '\'', '"']) < 0)
            return Leaf(verbatim ? value : CslVariables.Typographic(value, ctx.Terms), _look, ctx);
        // Markup first, so that the quotes of its attributes are not mistaken for text quotes.
        return Wrap([CslMarkup.ParseTypographic(value, ctx.Terms, quotes: true)], null, _look, ctx);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\d)\s*-\s*(?=\d)")]
    private static partial System.Text.RegularExpressions.Regex NumberRange();
}
