using System.Text.RegularExpressions;

namespace Revista.Web.Articles;

/// <summary>An ORCID iD as its https://orcid.org/ link, only when it is well formed (16 characters, the last a digit or X).</summary>
internal static partial class OrcidLink
{
    public static string? Of(string? orcid)
    {
        if (orcid is null)
            return null;
        var id = orcid.Trim();
        var slash = id.LastIndexOf('/');
        if (slash >= 0)
            id = id[(slash + 1)..];
        return OrcidId().IsMatch(id) ? "https://orcid.org/" + id : null;
    }

    [GeneratedRegex(@"^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$", RegexOptions.CultureInvariant)]
    private static partial Regex OrcidId();
}
