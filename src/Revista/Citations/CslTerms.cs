using System.Globalization;

namespace Revista.Citations;

/// <summary>
/// Term and date-format lookup across layered locales, highest priority first: the style's cs:locale for the exact tag,
/// for the language, without xml:lang, then the locale file, then en-US (CSL 1.0.2 "Locale Fallback").
/// </summary>
internal sealed class CslTerms
{
    private readonly IReadOnlyList<CslLocale> _chain;
    private readonly Dictionary<(string, string, bool, string?), string?> _cache = [];
    private readonly Lock _gate = new();

    public CslTerms(IReadOnlyList<CslLocale> chain, string lang)
    {
        _chain = chain;
        Lang = lang;
        PunctuationInQuote = chain.Select(l => l.PunctuationInQuote).FirstOrDefault(v => v is not null) ?? false;
        LimitDayOrdinalsToDay1 = chain.Select(l => l.LimitDayOrdinalsToDay1).FirstOrDefault(v => v is not null) ?? false;
        // Ordinals are a set: a locale that defines any ordinal term replaces the whole set of the layers below it.
        OrdinalSource = chain.FirstOrDefault(l => l.HasOrdinals);
    }

    public string Lang { get; }
    public bool PunctuationInQuote { get; }
    public bool LimitDayOrdinalsToDay1 { get; }
    private CslLocale? OrdinalSource { get; }

    public bool IsEnglish => Lang.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    public CslDateFormat? DateFormat(string form)
    {
        foreach (var l in _chain)
        {
            if (l.DateFormats.TryGetValue(form, out var f))
                return f;
        }
        return null;
    }

    /// <summary>A term's text with form fallback (verb-short → verb → long, symbol → short → long), or null when undefined.</summary>
    public string? Term(string name, string form = "long", bool plural = false, string? gender = null)
    {
        var key = (name, form, plural, gender);
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var cached))
                return cached;
        }
        var value = Lookup(name, form, plural, gender);
        lock (_gate)
            _cache[key] = value;
        return value;
    }

    public CslTerm? TermRecord(string name, string form = "long")
    {
        foreach (var f in Fallback(form))
        {
            foreach (var l in _chain)
            {
                if (l.Find(name, f) is { Count: > 0 } list)
                    return list.FirstOrDefault(t => t.GenderForm is null) ?? list[0];
            }
        }
        return null;
    }

    private string? Lookup(string name, string form, bool plural, string? gender)
    {
        foreach (var f in Fallback(form))
        {
            foreach (var l in _chain)
            {
                if (l.Find(name, f) is not { Count: > 0 } list)
                    continue;
                var term = list.FirstOrDefault(t => t.GenderForm == gender) ?? list.FirstOrDefault(t => t.GenderForm is null) ?? list[0];
                return plural ? term.Multiple : term.Single;
            }
        }
        return null;
    }

    private static IEnumerable<string> Fallback(string form)
    {
        yield return form;
        if (form == "verb-short")
            yield return "verb";
        if (form == "symbol")
            yield return "short";
        if (form != "long")
            yield return "long";
    }

    /// <summary>"1st", "2nd" — CSL 1.0.2 ordinal rules (ordinal-00…99 with match last-digit / last-two-digits / whole-number).</summary>
    public string Ordinal(int n, string? gender)
    {
        var suffix = OrdinalSuffix(n, gender) ?? "";
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    public string LongOrdinal(int n, string? gender)
    {
        if (n is >= 1 and <= 10)
        {
            var name = "long-ordinal-" + n.ToString("D2", CultureInfo.InvariantCulture);
            if (Term(name, "long", false, gender) is { } t)
                return t;
        }
        return Ordinal(n, gender);
    }

    private string? OrdinalSuffix(int n, string? gender)
    {
        var source = OrdinalSource;
        if (source is null)
            return null;
        var abs = Math.Abs(n);
        // Whole-number matches first, then last two digits, then last digit (CSL 1.0.2 "Ordinal Suffixes").
        for (var pass = 0; pass < 3; pass++)
        {
            for (var i = 0; i < 100; i++)
            {
                var name = "ordinal-" + i.ToString("D2", CultureInfo.InvariantCulture);
                if (source.Find(name, "long") is not { Count: > 0 } list)
                    continue;
                var term = list.FirstOrDefault(t => t.GenderForm == gender) ?? list.FirstOrDefault(t => t.GenderForm is null);
                if (term is null)
                    continue;
                var match = term.Match ?? (i < 10 ? "last-digit" : "last-two-digits");
                var hit = pass switch
                {
                    0 => match == "whole-number" && abs == i,
                    1 => match == "last-two-digits" && abs % 100 == i,
                    _ => match == "last-digit" && abs % 10 == i,
                };
                if (hit)
                    return term.Single;
            }
        }
        return source.Find("ordinal", "long") is { Count: > 0 } o ? (o.FirstOrDefault(t => t.GenderForm == gender) ?? o[0]).Single : null;
    }
}
