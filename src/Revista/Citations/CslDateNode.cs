using System.Globalization;
using System.Xml.Linq;

namespace Revista.Citations;

/// <summary>
/// cs:date: localized (form="text"/"numeric", the locale's parts with the style's overrides) or non-localized (the
/// style's own cs:date-part children); ranges collapse the parts they share (CSL 1.0.2 "Date", "Date Ranges").
/// </summary>
internal sealed class CslDateNode : CslNode
{
    private readonly string _variable;
    private readonly string? _form;
    private readonly string _dateParts;
    private readonly List<CslDatePartSpec> _parts;
    private readonly string? _delimiter;
    private readonly CslLook _look;

    public CslDateNode(XElement e)
    {
        _variable = e.Attr("variable") ?? "issued";
        _form = e.Attr("form");
        _dateParts = e.Attr("date-parts") ?? "year-month-day";
        _parts = e.Elements().Where(x => x.Name.LocalName == "date-part").Select(CslDatePartSpec.From).ToList();
        _delimiter = e.Attr("delimiter");
        _look = CslLook.From(e);
    }

    public override CslOut? Render(CslContext ctx)
    {
        ctx.VariablesCalled++;
        if (ctx.IsSuppressed(_variable))
            return null;
        var date = ctx.Item.GetDate(_variable);
        // The date a source was accessed does not identify the work: cites differing only there are still ambiguous
        // (as citeproc-js judges them), so they get a year-suffix.
        if (date is null || ctx.Disambiguating && _variable == "accessed")
            return null;
        ctx.VariablesRendered++;
        ctx.Used(_variable);
        if (ctx.SortMode)
        {
            // In a macro sort key a date contributes only the parts the macro renders (CSL 1.0.2 "Sorting").
            var names = Resolve(ctx).Parts.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            return new CslOut(date.SortKey(names.Contains("month"), names.Contains("day")));
        }
        if (!date.HasYear)
            return date.Literal is null ? null : Wrap([new CslOut(date.Literal)], null, _look, ctx);

        var (parts, delimiter, outerLook) = Resolve(ctx);
        List<CslOut> kids;
        if (date.End is null)
            kids = RenderParts(parts, date.Start, date.Season, ctx, true, true);
        else
            kids = RenderRange(parts, date, delimiter, ctx);
        if (kids.Count == 0)
        {
            // None of the requested date-parts exists (a month asked of a year-only date): for group suppression the
            // date counts as empty (CSL 1.0.2 "Group").
            ctx.VariablesRendered--;
            return null;
        }
        if (date.OpenEnded && date.End is null)
        {
            var rangeDelimiter = parts.FirstOrDefault(p => p.Name == "year")?.RangeDelimiter ?? "–";
            kids[^1] = new CslOut([kids[^1], new CslOut(rangeDelimiter)], null);
        }
        var look = outerLook is null ? _look : _look.OverriddenBy(outerLook);
        return Wrap(kids, delimiter, look, ctx);
    }

    private (List<CslDatePartSpec> Parts, string? Delimiter, CslLook? Look) Resolve(CslContext ctx)
    {
        if (_form is null)
            return (_parts, _delimiter, null);
        var format = ctx.Terms.DateFormat(_form);
        if (format is null)
            return (_parts, _delimiter, null);
        var wanted = _dateParts switch { "year" => 1, "year-month" => 2, _ => 3 };
        var list = new List<CslDatePartSpec>(3);
        foreach (var p in format.Parts)
        {
            if (p.Rank < 4 - wanted)
                continue;
            var over = _parts.FirstOrDefault(x => x.Name == p.Name);
            list.Add(over is null ? p : p with
            {
                Form = over.Form ?? p.Form,
                RangeDelimiter = over.RangeDelimiter ?? p.RangeDelimiter,
                Look = p.Look.OverriddenBy(over.Look),
            });
        }
        return (list, format.Delimiter, format.Look.IsEmpty ? null : format.Look);
    }

    private List<CslOut> RenderRange(List<CslDatePartSpec> parts, CslDate date, string? delimiter, CslContext ctx)
    {
        var start = date.Start;
        var end = date.End!;
        var largest = start[0] != end[0] ? 3 : start[1] != end[1] ? 2 : 1;
        var shown = parts.Where(p => Value(p, start, date.Season) != 0).ToList();
        var first = shown.FindIndex(p => p.Rank <= largest);
        var last = shown.FindLastIndex(p => p.Rank <= largest);
        if (first < 0)
            return RenderParts(parts, start, date.Season, ctx, true, true);
        var rangeDelimiter = shown.FirstOrDefault(p => p.Rank == largest)?.RangeDelimiter ?? "–";
        var kids = new List<CslOut>();
        kids.AddRange(RenderParts(shown[..first], start, date.Season, ctx, true, true));
        var startSpan = RenderParts(shown[first..(last + 1)], start, date.Season, ctx, true, false);
        var endSpan = RenderParts(shown[first..(last + 1)], end, 0, ctx, false, true);
        // The parts on either side of the range delimiter keep the date's delimiter between them ("2 January–4 March").
        var range = new List<CslOut> { new(startSpan, delimiter), new(rangeDelimiter), new(endSpan, delimiter) };
        kids.Add(new CslOut(range, null));
        kids.AddRange(RenderParts(shown[(last + 1)..], start, date.Season, ctx, true, true));
        return kids;
    }

    private static int Value(CslDatePartSpec p, int[] parts, int season) => p.Name switch
    {
        "year" => parts[0],
        "month" => parts[1] != 0 ? parts[1] : season != 0 ? 12 + season : 0,
        _ => parts[1] != 0 ? parts[2] : 0,
    };

    /// <summary>Renders the parts present in <paramref name="parts"/>; the first part's prefix and the last part's suffix can be dropped for range spans.</summary>
    private List<CslOut> RenderParts(List<CslDatePartSpec> specs, int[] parts, int season, CslContext ctx, bool keepFirstPrefix, bool keepLastSuffix)
    {
        var kids = new List<CslOut>(specs.Count);
        var present = specs.Where(s => Value(s, parts, season) != 0).ToList();
        for (var i = 0; i < present.Count; i++)
        {
            var spec = present[i];
            var text = PartText(spec, Value(spec, parts, season), ctx);
            if (text is null)
                continue;
            var look = spec.Look;
            if (i == 0 && !keepFirstPrefix)
                look = look with { Prefix = null };
            if (i == present.Count - 1 && !keepLastSuffix)
                look = look with { Suffix = null };
            // The year-suffix attaches to the issued year unless the style places the variable itself.
            if (spec.Name == "year" && _variable == "issued" && ctx.YearSuffix is not null && !ctx.Engine.Style.UsesYearSuffixVariable && !ctx.YearSuffixRendered)
            {
                text += ctx.YearSuffix;
                ctx.YearSuffixRendered = true;
            }
            var leaf = Leaf(text, look, ctx);
            if (spec.Name == "year" && _variable == "issued")
                leaf.IsYear = true;
            kids.Add(leaf);
        }
        return kids;
    }

    private static string? PartText(CslDatePartSpec spec, int value, CslContext ctx)
    {
        switch (spec.Name)
        {
            case "year":
                var year = Math.Abs(value).ToString(CultureInfo.InvariantCulture);
                if (spec.Form == "short")
                    year = year.Length > 2 ? year[^2..] : year;
                if (value < 0)
                    return year + (ctx.Terms.Term("bc") ?? "BC");
                if (value < 1000)
                    return year + (ctx.Terms.Term("ad") ?? "AD");
                return year;
            case "month":
                if (value > 12)
                    return ctx.Terms.Term("season-0" + (value - 12).ToString(CultureInfo.InvariantCulture));
                return spec.Form switch
                {
                    "numeric" => value.ToString(CultureInfo.InvariantCulture),
                    "numeric-leading-zeros" => value.ToString("D2", CultureInfo.InvariantCulture),
                    "short" => ctx.Terms.Term("month-" + value.ToString("D2", CultureInfo.InvariantCulture), "short"),
                    _ => ctx.Terms.Term("month-" + value.ToString("D2", CultureInfo.InvariantCulture)),
                };
            default:
                switch (spec.Form)
                {
                    case "numeric-leading-zeros":
                        return value.ToString("D2", CultureInfo.InvariantCulture);
                    case "ordinal":
                        if (ctx.Terms.LimitDayOrdinalsToDay1 && value != 1)
                            return value.ToString(CultureInfo.InvariantCulture);
                        return ctx.Terms.Ordinal(value, null);
                    default:
                        return value.ToString(CultureInfo.InvariantCulture);
                }
        }
    }
}
