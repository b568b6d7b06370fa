using System.Xml.Linq;

namespace Revista.Citations;

/// <summary>
/// The presentation attributes a rendering element may carry (CSL 1.0.2 "Formatting", "Affixes", "Display", "Quotes",
/// "Text-case", "Strip-periods"), parsed once per element.
/// </summary>
internal sealed record CslLook
{
    public static readonly CslLook None = new();

    public string? Prefix { get; init; }
    public string? Suffix { get; init; }
    public string? FontStyle { get; init; }
    public string? FontVariant { get; init; }
    public string? FontWeight { get; init; }
    public string? TextDecoration { get; init; }
    public string? VerticalAlign { get; init; }
    public string? Display { get; init; }
    public bool Quotes { get; init; }
    public string? TextCase { get; init; }
    public bool StripPeriods { get; init; }

    public bool HasFormatting => FontStyle is not null || FontVariant is not null || FontWeight is not null
        || TextDecoration is not null || VerticalAlign is not null;

    public bool IsEmpty => this == None;

    public static CslLook From(XElement e)
    {
        var look = new CslLook
        {
            Prefix = e.Attr("prefix"),
            Suffix = e.Attr("suffix"),
            FontStyle = e.Attr("font-style"),
            FontVariant = e.Attr("font-variant"),
            FontWeight = e.Attr("font-weight"),
            TextDecoration = e.Attr("text-decoration"),
            VerticalAlign = e.Attr("vertical-align"),
            Display = e.Attr("display"),
            Quotes = e.Attr("quotes") == "true",
            TextCase = e.Attr("text-case"),
            StripPeriods = e.Attr("strip-periods") == "true",
        };
        return look == None ? None : look;
    }

    /// <summary>Attributes of <paramref name="over"/> win where set (style date-parts over localized ones).</summary>
    public CslLook OverriddenBy(CslLook over) => new()
    {
        Prefix = Prefix,
        Suffix = Suffix,
        FontStyle = over.FontStyle ?? FontStyle,
        FontVariant = over.FontVariant ?? FontVariant,
        FontWeight = over.FontWeight ?? FontWeight,
        TextDecoration = over.TextDecoration ?? TextDecoration,
        VerticalAlign = over.VerticalAlign ?? VerticalAlign,
        Display = Display,
        Quotes = over.Quotes || Quotes,
        TextCase = over.TextCase ?? TextCase,
        StripPeriods = over.StripPeriods || StripPeriods,
    };

    public CslLook WithoutAffixes() => this with { Prefix = null, Suffix = null };
}
