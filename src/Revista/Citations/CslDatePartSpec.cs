using System.Xml.Linq;

namespace Revista.Citations;

/// <summary>A cs:date-part: which part (day, month, year), its form, range delimiter and look.</summary>
internal sealed record CslDatePartSpec(string Name, string? Form, string? RangeDelimiter, CslLook Look)
{
    public static CslDatePartSpec From(XElement e) =>
        new(e.Attr("name") ?? "year", e.Attr("form"), e.Attr("range-delimiter"), CslLook.From(e));

    /// <summary>Rank for range splitting: year 3, month 2, day 1.</summary>
    public int Rank => Name switch { "year" => 3, "month" => 2, _ => 1 };
}

/// <summary>A localized date format (cs:locale/cs:date): parts in order plus the delimiter between them.</summary>
internal sealed record CslDateFormat(IReadOnlyList<CslDatePartSpec> Parts, string? Delimiter, CslLook Look);
