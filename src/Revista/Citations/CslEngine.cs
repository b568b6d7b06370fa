namespace Revista.Citations;

/// <summary>A style bound to its merged locale terms: what every render needs besides the item.</summary>
internal sealed class CslEngine
{
    public CslEngine(CslStyle style, CslTerms terms)
    {
        Style = style;
        Terms = terms;
    }

    public CslStyle Style { get; }
    public CslTerms Terms { get; }

    public static CslTerms MergeLocales(CslStyle style, CslLocale locale, CslLocale? fallback, string? lang = null)
    {
        var tag = lang ?? locale.Lang ?? style.DefaultLocale ?? "en-US";
        var language = tag.Split('-')[0];
        var chain = new List<CslLocale>();
        // CSL 1.0.2 "Locale Fallback": style locale for the dialect, for the language, without xml:lang, then the files.
        chain.AddRange(style.Locales.Where(l => string.Equals(l.Lang, tag, StringComparison.OrdinalIgnoreCase)));
        chain.AddRange(style.Locales.Where(l => l.Lang is not null && !l.Lang.Contains('-', StringComparison.Ordinal)
            && string.Equals(l.Lang, language, StringComparison.OrdinalIgnoreCase)));
        chain.AddRange(style.Locales.Where(l => l.Lang is null));
        chain.Add(locale);
        if (fallback is not null && !ReferenceEquals(fallback, locale))
            chain.Add(fallback);
        return new CslTerms(chain, tag);
    }
}
