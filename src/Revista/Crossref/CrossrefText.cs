using System.Globalization;
using System.Text.RegularExpressions;

namespace Revista.Crossref;

/// <summary>The value rules of the Crossref 5.4.0 schema (common5.4.0.xsd), applied before a value is written.</summary>
internal static partial class CrossrefText
{
    /// <summary>A DOI as doi_t accepts it (10.NNNN/suffix, 6–2048 characters), or null.</summary>
    public static string? Doi(string? doi)
    {
        doi = doi?.Trim();
        return doi is { Length: >= 6 and <= 2048 } && DoiPattern().IsMatch(doi) ? doi : null;
    }

    /// <summary>given_name and surname: 1–60 characters matching the name pattern of common5.4.0.xsd (it refuses a leading '?', the mark of a letter lost to an encoding slip).</summary>
    public static bool IsPersonName(string? name) => name is { Length: >= 1 and <= 60 } && PersonNamePattern().IsMatch(name);

    public static bool IsIssn(string issn) => IssnPattern().IsMatch(issn);

    /// <summary>ORCID as orcid_t wants it: the https://orcid.org/ URL of a bare iD.</summary>
    public static string? Orcid(string? orcid)
    {
        if (orcid is null)
            return null;
        var url = "https://orcid.org/" + orcid;
        return OrcidPattern().IsMatch(url) ? url : null;
    }

    /// <summary>A licence or resource URL as license_ref_t and resource_t accept it (http, https or ftp).</summary>
    public static bool IsWebUrl(string? url) =>
        url is { Length: >= 10 and <= 2048 } && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "ftp";

    /// <summary>An ISO 639 code for the language.atts attribute: "es-MX" → "es"; null when the tag has no usable code.</summary>
    public static string? Language(string? tag)
    {
        var code = tag?.Split('-', '_')[0].Trim().ToLowerInvariant();
        return code is { Length: 2 or 3 } && code.All(char.IsAsciiLetterLower) ? code : null;
    }

    /// <summary>The value with runs of white space made one space, or null when nothing is left.</summary>
    public static string? Collapse(string? value)
    {
        if (value is null)
            return null;
        var collapsed = WhiteSpace().Replace(value, " ").Trim();
        return collapsed.Length == 0 ? null : collapsed;
    }

    /// <summary>The collapsed value when it fits in <paramref name="maxLength"/>; null otherwise (a cut value would be wrong metadata).</summary>
    public static string? Limit(string? value, int maxLength) => Collapse(value) is { } text && text.Length <= maxLength ? text : null;

    /// <summary>For names and titles that must be present: cut at a word with an ellipsis when too long.</summary>
    public static string Shorten(string value, int maxLength)
    {
        var text = Collapse(value) ?? "";
        if (text.Length <= maxLength)
            return text;
        var cut = text.LastIndexOf(' ', maxLength - 1);
        return text[..(cut > maxLength / 2 ? cut : maxLength - 1)] + "…";
    }

    public static string TwoDigits(int value) => value.ToString("D2", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^10\.[0-9]{4,9}/.{1,200}$")]
    private static partial Regex DoiPattern();

    [GeneratedRegex(@"^[^\d?]*[^?\s]+[^\d]*$")]
    private static partial Regex PersonNamePattern();

    [GeneratedRegex(@"^\d{4}-?\d{3}[\dX]$")]
    private static partial Regex IssnPattern();

    [GeneratedRegex(@"^https?://orcid\.org/[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[X0-9]$")]
    private static partial Regex OrcidPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
