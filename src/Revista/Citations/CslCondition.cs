using System.Xml.Linq;

namespace Revista.Citations;

/// <summary>
/// The test of a cs:if / cs:else-if: every listed value of every condition attribute is one test, combined by
/// <c>match</c> (all, the default; any; none) as CSL 1.0.2 defines it.
/// </summary>
internal sealed class CslCondition
{
    private readonly string _match;
    private readonly List<Func<CslContext, bool>> _tests = [];

    public CslCondition(XElement e)
    {
        _match = e.Attr("match") ?? "all";
        foreach (var type in Values(e, "type"))
            _tests.Add(ctx => ctx.Item.Type == type);
        foreach (var variable in Values(e, "variable"))
            _tests.Add(ctx => CslVariables.HasValue(ctx, variable));
        foreach (var variable in Values(e, "is-numeric"))
            _tests.Add(ctx => CslVariables.IsNumeric(CslVariables.Value(ctx, variable)));
        foreach (var variable in Values(e, "is-uncertain-date"))
            _tests.Add(ctx => ctx.Item.GetDate(variable)?.Circa == true);
        foreach (var locator in Values(e, "locator"))
            _tests.Add(ctx => ctx.Cite?.Locator is not null && (ctx.Cite.Label ?? "page") == (locator == "sub-verbo" ? "sub verbo" : locator));
        foreach (var position in Values(e, "position"))
            _tests.Add(ctx => PositionHolds(ctx, position));
        foreach (var value in Values(e, "disambiguate"))
            _tests.Add(ctx => value == "true" && ctx.DisambiguateTestsSeen++ < ctx.DisambiguateConditions);
    }

    private static string[] Values(XElement e, string attribute) =>
        e.Attr(attribute)?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];

    private static bool PositionHolds(CslContext ctx, string position)
    {
        // Positions only exist in citations; in the bibliography every test is false.
        if (!ctx.IsCitation)
            return false;
        var p = ctx.Position;
        return position switch
        {
            "first" => p == CslPosition.First,
            "subsequent" => p != CslPosition.First,
            "ibid" => p is CslPosition.Ibid or CslPosition.IbidWithLocator,
            "ibid-with-locator" => p == CslPosition.IbidWithLocator,
            "near-note" => p != CslPosition.First && ctx.Cite?.NearNote == true,
            _ => false,
        };
    }

    public bool Holds(CslContext ctx)
    {
        if (_tests.Count == 0)
            return false;
        switch (_match)
        {
            case "any":
                foreach (var t in _tests)
                {
                    if (t(ctx))
                        return true;
                }
                return false;
            case "none":
                foreach (var t in _tests)
                {
                    if (t(ctx))
                        return false;
                }
                return true;
            default:
                foreach (var t in _tests)
                {
                    if (!t(ctx))
                        return false;
                }
                return true;
        }
    }
}
