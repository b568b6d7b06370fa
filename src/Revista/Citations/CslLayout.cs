using System.Xml.Linq;

namespace Revista.Citations;

/// <summary>cs:layout of cs:citation or cs:bibliography: children, delimiter between cites, and the look around the whole.</summary>
internal sealed class CslLayout
{
    public CslLayout(XElement? e, CslStyle style)
    {
        Children = e is null ? [] : CslNode.ParseChildren(e, style);
        Delimiter = e?.Attr("delimiter");
        Look = e is null ? CslLook.None : CslLook.From(e);
    }

    public IReadOnlyList<CslNode> Children { get; }
    public string? Delimiter { get; }
    public CslLook Look { get; }
}

/// <summary>A cs:sort/cs:key: a variable or a macro, ascending or descending, with names-min/-use-first/-use-last overrides.</summary>
internal sealed record CslSortKey(string? Variable, string? Macro, bool Descending, int? NamesMin, int? NamesUseFirst, bool? NamesUseLast)
{
    public static CslSortKey From(XElement e)
    {
        static int? Int(string? v) => int.TryParse(v, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
        return new CslSortKey(e.Attr("variable"), e.Attr("macro"), e.Attr("sort") == "descending",
            Int(e.Attr("names-min")), Int(e.Attr("names-use-first")), e.Attr("names-use-last") is { } l ? l == "true" : null);
    }
}
