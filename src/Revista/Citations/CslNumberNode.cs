using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Revista.Citations;

/// <summary>cs:number: numeric variables as numeric, ordinal, long-ordinal or roman; non-numeric values verbatim.</summary>
internal sealed partial class CslNumberNode : CslNode
{
    private readonly string _variable;
    private readonly string _form;
    private readonly CslLook _look;

    public CslNumberNode(XElement e)
    {
        _variable = e.Attr("variable") ?? "";
        _form = e.Attr("form") ?? "numeric";
        _look = CslLook.From(e);
    }

    public override CslOut? Render(CslContext ctx)
    {
        ctx.VariablesCalled++;
        if (ctx.IsSuppressed(_variable))
            return null;
        var value = CslVariables.Value(ctx, _variable);
        if (value is null)
            return null;
        ctx.VariablesRendered++;
        ctx.Used(_variable);
        if (ctx.SortMode && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var sortValue))
            return new CslOut(sortValue.ToString("D8", CultureInfo.InvariantCulture));
        if (!CslVariables.IsNumeric(value))
            return Leaf(value, _look, ctx);
        var gender = ctx.Terms.TermRecord(_variable)?.Gender;
        var text = NumberPattern().Replace(value, m => Format(int.Parse(m.Value, CultureInfo.InvariantCulture), ctx.Terms, gender));
        // Ranges take an en dash; lists keep their separators with a space after commas.
        text = RangePattern().Replace(text, "–");
        text = ListPattern().Replace(text, ", ");
        text = AmpersandPattern().Replace(text, " & ");
        return Leaf(text, _look, ctx);
    }

    private string Format(int n, CslTerms terms, string? gender) => _form switch
    {
        "ordinal" => terms.Ordinal(n, gender),
        "long-ordinal" => terms.LongOrdinal(n, gender),
        "roman" => Roman(n),
        _ => n.ToString(CultureInfo.InvariantCulture),
    };

    public static string Roman(int n)
    {
        if (n <= 0 || n >= 4000)
            return n.ToString(CultureInfo.InvariantCulture);
        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"];
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            while (n >= values[i])
            {
                sb.Append(symbols[i]);
                n -= values[i];
            }
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\s*[-–]+\s*")]
    private static partial Regex RangePattern();

    [GeneratedRegex(@"\s*,\s*")]
    private static partial Regex ListPattern();

    [GeneratedRegex(@"\s*&\s*")]
    private static partial Regex AmpersandPattern();
}
