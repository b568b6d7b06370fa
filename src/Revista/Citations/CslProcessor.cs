namespace Revista.Citations;

/// <summary>
/// Formats CSL-JSON items with one style in one locale. Build it once (the style tree and merged locale terms are
/// reused) and call it from any thread; each call works on its own <see cref="CslDocument"/>.
/// </summary>
public sealed class CslProcessor
{
    private readonly CslEngine _engine;

    /// <param name="style">The parsed style.</param>
    /// <param name="locale">The locale to format in.</param>
    /// <param name="fallback">Terms missing from <paramref name="locale"/> come from here (en-US, per CSL 1.0.2).</param>
    /// <param name="lang">
    /// The locale tag asked for when <paramref name="locale"/> stands in for a tag without a locale file: the style's
    /// cs:locale elements for that tag still apply, and language-dependent rules (title case is English-only) follow it.
    /// </param>
    public CslProcessor(CslStyle style, CslLocale locale, CslLocale? fallback = null, string? lang = null)
    {
        ArgumentNullException.ThrowIfNull(style);
        ArgumentNullException.ThrowIfNull(locale);
        Style = style;
        Locale = locale;
        _engine = new CslEngine(style, CslEngine.MergeLocales(style, locale, fallback, lang));
    }

    public CslStyle Style { get; }
    public CslLocale Locale { get; }

    /// <summary>Starts a document over <paramref name="items"/>, in the order they are first cited.</summary>
    public CslDocument Document(IEnumerable<CslItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new CslDocument(_engine, items);
    }

    /// <summary>The bibliography of <paramref name="items"/> (in citation order), entries in the style's order.</summary>
    public CslBibliography Bibliography(IEnumerable<CslItem> items) => Document(items).Bibliography();

    /// <summary>One citation of the given items (all first cites), as text or HTML.</summary>
    public string Citation(IReadOnlyList<CslItem> items, bool html = false)
    {
        ArgumentNullException.ThrowIfNull(items);
        return Document(items).Cite(items.Select(i => new CslCite(i.Id)).ToList(), html);
    }
}
