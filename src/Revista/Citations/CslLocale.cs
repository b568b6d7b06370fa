using System.Xml.Linq;

namespace Revista.Citations;

/// <summary>
/// A CSL locale (locales-xx-XX.xml, or a cs:locale inside a style): terms, date formats and style options. Parsed once
/// and immutable; <see cref="CslTerms"/> layers several of them for lookups.
/// </summary>
public sealed class CslLocale
{
    private readonly Dictionary<(string Name, string Form), List<CslTerm>> _terms;

    private CslLocale(string? lang, Dictionary<(string, string), List<CslTerm>> terms, Dictionary<string, CslDateFormat> dates,
        bool? punctuationInQuote, bool? limitDayOrdinals)
    {
        Lang = lang;
        _terms = terms;
        DateFormats = dates;
        PunctuationInQuote = punctuationInQuote;
        LimitDayOrdinalsToDay1 = limitDayOrdinals;
    }

    /// <summary>The xml:lang of the locale ("en-US"), or null for a style locale that applies to every language.</summary>
    public string? Lang { get; }

    internal IReadOnlyDictionary<string, CslDateFormat> DateFormats { get; }
    internal bool? PunctuationInQuote { get; }
    internal bool? LimitDayOrdinalsToDay1 { get; }

    /// <summary>Parses a locale file (root cs:locale).</summary>
    public static CslLocale Parse(string xml, string sourceName)
    {
        var root = CslXml.Parse(xml, sourceName);
        if (root.Name.LocalName != "locale")
            throw new CslFormatException($"{sourceName}: root element is <{root.Name.LocalName}>, expected a CSL <locale> (locales-xx-XX.xml).");
        return From(root);
    }

    internal static CslLocale From(XElement locale)
    {
        var ns = locale.Name.Namespace;
        var terms = new Dictionary<(string, string), List<CslTerm>>();
        foreach (var t in locale.Elements(ns + "terms").Elements(ns + "term"))
        {
            var name = t.Attr("name");
            if (name is null)
                continue;
            var form = t.Attr("form") ?? "long";
            // A term holding only layout whitespace (<term name="and others">⏎</term>) is an empty term, not a line break.
            static string? Text(string? value) => value is not null && value.Contains('\n', StringComparison.Ordinal) && string.IsNullOrWhiteSpace(value) ? "" : value;
            var single = Text(t.Element(ns + "single")?.Value);
            var multiple = Text(t.Element(ns + "multiple")?.Value);
            var text = t.HasElements ? single ?? "" : Text(t.Value)!;
            var term = new CslTerm(name, form, single ?? text, multiple ?? single ?? text, t.Attr("gender"), t.Attr("gender-form"), t.Attr("match"));
            if (!terms.TryGetValue((name, form), out var list))
                terms[(name, form)] = list = [];
            // A later definition of the same term and gender-form replaces an earlier one.
            list.RemoveAll(x => x.GenderForm == term.GenderForm);
            list.Add(term);
        }
        var dates = new Dictionary<string, CslDateFormat>(StringComparer.Ordinal);
        foreach (var d in locale.Elements(ns + "date"))
        {
            var form = d.Attr("form");
            if (form is null)
                continue;
            dates[form] = new CslDateFormat(d.Elements(ns + "date-part").Select(CslDatePartSpec.From).ToList(), d.Attr("delimiter"), CslLook.From(d));
        }
        var options = locale.Element(ns + "style-options");
        bool? Flag(string attr) => options?.Attr(attr) is { } v ? v == "true" : null;
        var lang = locale.Attribute(XNamespace.Xml + "lang")?.Value;
        return new CslLocale(string.IsNullOrEmpty(lang) ? null : lang, terms, dates, Flag("punctuation-in-quote"), Flag("limit-day-ordinals-to-day-1"));
    }

    internal IReadOnlyList<CslTerm>? Find(string name, string form) => _terms.TryGetValue((name, form), out var list) ? list : null;

    internal bool HasOrdinals => _terms.Keys.Any(k => k.Name.StartsWith("ordinal", StringComparison.Ordinal));
}
