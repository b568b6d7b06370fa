using System.Collections.Concurrent;
using System.Reflection;

namespace Revista.Citations;

/// <summary>
/// The styles and locales Revista ships (embedded resources, see NOTICE.md), parsed on first use and cached, and one
/// cached <see cref="CslProcessor"/> per style and locale.
/// </summary>
public static class CslCatalog
{
    private const string StylePrefix = "Revista.Citations.Styles.";
    private const string LocalePrefix = "Revista.Citations.Locales.locales-";

    private static readonly Assembly Assembly = typeof(CslCatalog).Assembly;
    private static readonly ConcurrentDictionary<string, Lazy<CslStyle>> Styles = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Lazy<CslLocale>> Locales = new(StringComparer.OrdinalIgnoreCase);
    private static readonly ConcurrentDictionary<(string, string), Lazy<CslProcessor>> Processors = new();

    /// <summary>Names of the shipped styles ("apa", "nlm-citation-sequence" …).</summary>
    public static IReadOnlyList<string> StyleNames { get; } = Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(StylePrefix, StringComparison.Ordinal) && n.EndsWith(".csl", StringComparison.Ordinal))
        .Select(n => n[StylePrefix.Length..^4]).Order(StringComparer.Ordinal).ToList();

    /// <summary>Tags of the shipped locales ("en-US", "es-ES" …).</summary>
    public static IReadOnlyList<string> LocaleTags { get; } = Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(LocalePrefix, StringComparison.Ordinal) && n.EndsWith(".xml", StringComparison.Ordinal))
        .Select(n => n[LocalePrefix.Length..^4]).Order(StringComparer.Ordinal).ToList();

    public static bool HasStyle(string name) => StyleNames.Contains(name, StringComparer.Ordinal);

    /// <summary>The shipped locale tag for <paramref name="tag"/> ("es" → "es-ES", "en" → "en-US"), or null.</summary>
    public static string? ResolveLocale(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var exact = LocaleTags.FirstOrDefault(t => string.Equals(t, tag, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
            return exact;
        var language = tag.Split('-', '_')[0];
        var preferred = language.ToLowerInvariant() switch { "en" => "en-US", "es" => "es-ES", _ => null };
        return preferred is not null && LocaleTags.Contains(preferred) ? preferred
            : LocaleTags.FirstOrDefault(t => t.StartsWith(language + "-", StringComparison.OrdinalIgnoreCase));
    }

    public static CslStyle Style(string name)
    {
        if (!HasStyle(name))
            throw new CslFormatException($"Unknown citation style \"{name}\"; shipped styles: {string.Join(", ", StyleNames)}.");
        return Styles.GetOrAdd(name, n => new Lazy<CslStyle>(() => CslStyle.Parse(Read(StylePrefix + n + ".csl"), n + ".csl"))).Value;
    }

    public static CslLocale Locale(string tag)
    {
        var resolved = ResolveLocale(tag)
            ?? throw new CslFormatException($"Unknown locale \"{tag}\"; shipped locales: {string.Join(", ", LocaleTags)}.");
        return Locales.GetOrAdd(resolved, t => new Lazy<CslLocale>(() => CslLocale.Parse(Read(LocalePrefix + t + ".xml"), "locales-" + t + ".xml"))).Value;
    }

    /// <summary>A cached processor for a shipped style and locale (en-US as the fallback for missing terms).</summary>
    public static CslProcessor Processor(string styleName, string localeTag)
    {
        var style = Style(styleName);
        var locale = Locale(localeTag);
        var key = (styleName, locale.Lang ?? localeTag);
        return Processors.GetOrAdd(key, _ => new Lazy<CslProcessor>(() => new CslProcessor(style, locale, Locale("en-US")))).Value;
    }

    private static string Read(string resource)
    {
        using var stream = Assembly.GetManifestResourceStream(resource)
            ?? throw new CslFormatException($"Embedded resource {resource} is missing from {Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
