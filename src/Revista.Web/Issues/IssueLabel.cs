using Microsoft.Extensions.Localization;
using Revista.Issues;
using Revista.Web.Layout;
using Revista.Web.Resources;

namespace Revista.Web.Issues;

/// <summary>"Vol. 12. Issue 5 (September - October 2026)": an issue named as the journal prints it.</summary>
internal static class IssueLabel
{
    public static string Of(IStringLocalizer<SiteText> text, Issue issue)
    {
        var parts = new List<string>();
        if (issue.Volume is { } volume) parts.Add(text["Vol", volume] + ".");
        if (issue.Number is { } number) parts.Add(text["IssueNumber", number]);
        var label = issue.DateLabel is { } date ? DateLabel.Of(text, date) : issue.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (label is not null) parts.Add(parts.Count > 0 ? "(" + label + ")" : label);
        return string.Join(" ", parts);
    }
}
