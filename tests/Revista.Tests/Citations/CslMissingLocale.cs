using System.Text.Json;
using System.Xml.Linq;
using Revista.Citations;

namespace Revista.Tests.Citations;

/// <summary>
/// Tells a fixture that fails only because its locale file is absent from ../shared/csl/locales apart from a real
/// failure. The rule (stated in the artifact header): a failing fixture is blocked on locale X when (1) the style's
/// default-locale resolves (CSL 1.0.2 "Locale Fallback": the tag, else its language's primary dialect) to X, (2) X is
/// a locale of the CSL locales repository (listed in ../shared/csl/locales/locales.json) but neither we nor
/// ../shared/csl/locales have a file for X, and (3) our output, which fell back to en-US, holds an en-US term more
/// often than the expected output does: the difference is at least partly a term we could not localise.
/// </summary>
public sealed class CslMissingLocale
{
    public const string Rule =
        "A failing fixture is reported as blocked on locale X (not counted as pass or fail) only when (1) its style's " +
        "default-locale resolves to X (the tag, else its language's primary dialect, CSL 1.0.2 \"Locale Fallback\"), (2) X " +
        "is a locale of the CSL locales repository (listed in locales.json) with no file in ../shared/csl/locales or in " +
        "the shipped locales, and (3) our output, rendered with the en-US fallback, holds some en-US term more often " +
        "than the expected output does (an English term where the fixture wants the localised one).";

    private readonly IReadOnlyDictionary<string, string> _primaryDialects;
    private readonly IReadOnlySet<string> _knownLocales;
    private readonly Func<string, bool> _haveFile;
    private readonly IReadOnlyList<string> _englishTerms;

    private CslMissingLocale(IReadOnlyDictionary<string, string> primaryDialects, IReadOnlySet<string> knownLocales,
        Func<string, bool> haveFile, IReadOnlyList<string> englishTerms)
    {
        _primaryDialects = primaryDialects;
        _knownLocales = knownLocales;
        _haveFile = haveFile;
        _englishTerms = englishTerms;
    }

    public static CslMissingLocale Load(string sharedLocales, Func<string, bool> haveFile)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(sharedLocales, "locales.json")));
        var dialects = json.RootElement.GetProperty("primary-dialects").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.OrdinalIgnoreCase);
        var known = json.RootElement.GetProperty("language-names").EnumerateObject().Select(p => p.Name)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var english = XDocument.Load(Path.Combine(sharedLocales, "locales-en-US.xml"));
        var terms = english.Descendants().Where(e => e.Name.LocalName is "term" or "single" or "multiple")
            .Where(e => !e.HasElements).Select(e => e.Value.Trim())
            .Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return new CslMissingLocale(dialects, known, haveFile, terms);
    }

    /// <summary>The absent locale blocking this failing fixture, or null when the failure is ours.</summary>
    public string? BlockingLocale(CslStyle style, string expected, string actual)
    {
        if (style.DefaultLocale is not { } tag || Resolve(tag) is not { } missing)
            return null;
        return _englishTerms.Any(t => Count(actual, t) > Count(expected, t)) ? missing : null;
    }

    /// <summary>The tag's language's primary dialect (the file CSL 1.0.2 falls back to), or null.</summary>
    public string? PrimaryDialect(string tag) => _primaryDialects.GetValueOrDefault(tag.Split('-')[0]);

    /// <summary>The locale the tag falls back to when we have no file for it, if the CSL locales repository has one.</summary>
    private string? Resolve(string tag)
    {
        if (_haveFile(tag))
            return null;
        var language = tag.Split('-')[0];
        var dialect = _primaryDialects.GetValueOrDefault(language);
        if (dialect is not null && _haveFile(dialect))
            return null;
        if (_knownLocales.Contains(tag))
            return tag;
        return dialect is not null && _knownLocales.Contains(dialect) ? dialect : null;
    }

    /// <summary>Occurrences of a term not inside a longer word (so "and" is not counted in "Anderson").</summary>
    private static int Count(string text, string term)
    {
        var count = 0;
        for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.Ordinal))
        {
            var before = at > 0 && char.IsLetter(text[at - 1]) && char.IsLetter(term[0]);
            var end = at + term.Length;
            var after = end < text.Length && char.IsLetter(text[end]) && char.IsLetter(term[^1]);
            if (!before && !after)
                count++;
        }
        return count;
    }
}
