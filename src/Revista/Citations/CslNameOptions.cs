using System.Globalization;

namespace Revista.Citations;

/// <summary>The effective cs:name options after inheritance from cs:citation / cs:bibliography and cs:style.</summary>
internal sealed record CslNameOptions
{
    public string? And { get; init; }
    public string Delimiter { get; init; } = ", ";
    public string DelimiterPrecedesEtAl { get; init; } = "contextual";
    public string DelimiterPrecedesLast { get; init; } = "contextual";
    public int EtAlMin { get; init; }
    /// <summary>-1 when the style does not set it; 0 renders no names once et-al-min is reached.</summary>
    public int EtAlUseFirst { get; init; } = -1;
    public int? EtAlSubsequentMin { get; init; }
    public int? EtAlSubsequentUseFirst { get; init; }
    public bool EtAlUseLast { get; init; }
    public string Form { get; init; } = "long";
    public bool Initialize { get; init; } = true;
    public string? InitializeWith { get; init; }
    public bool InitializeWithHyphen { get; init; } = true;
    public string? NameAsSortOrder { get; init; }
    public string SortSeparator { get; init; } = ", ";
    public string Demote { get; init; } = "display-and-sort";

    public static CslNameOptions Resolve(IReadOnlyDictionary<string, string> own, CslContext ctx)
    {
        string? Get(string attribute, string? inherited = null) =>
            own.TryGetValue(attribute, out var v) ? v : ctx.Inherit(own, inherited ?? attribute);
        static int? Int(string? v) => int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
        return new CslNameOptions
        {
            And = Get("and"),
            Delimiter = Get("delimiter", "name-delimiter") ?? ", ",
            DelimiterPrecedesEtAl = Get("delimiter-precedes-et-al") ?? "contextual",
            DelimiterPrecedesLast = Get("delimiter-precedes-last") ?? "contextual",
            EtAlMin = Int(Get("et-al-min")) ?? 0,
            EtAlUseFirst = Int(Get("et-al-use-first")) ?? -1,
            EtAlSubsequentMin = Int(Get("et-al-subsequent-min")),
            EtAlSubsequentUseFirst = Int(Get("et-al-subsequent-use-first")),
            EtAlUseLast = Get("et-al-use-last") == "true",
            Form = Get("form", "name-form") ?? "long",
            Initialize = Get("initialize") != "false",
            InitializeWith = Get("initialize-with"),
            InitializeWithHyphen = Get("initialize-with-hyphen") != "false",
            NameAsSortOrder = Get("name-as-sort-order"),
            SortSeparator = Get("sort-separator") ?? ", ",
            Demote = ctx.Engine.Style.StyleAttributes.GetValueOrDefault("demote-non-dropping-particle") ?? "display-and-sort",
        };
    }
}
