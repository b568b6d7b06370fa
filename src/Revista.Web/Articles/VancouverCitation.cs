using System.Globalization;
using System.Text;
using Revista.Articles;

namespace Revista.Web.Articles;

/// <summary>
/// This article cited in Vancouver style (ICMJE / NLM "Citing Medicine", chapter 1: journal articles): up to six
/// authors as "Surname Initials", then "et al."; title; journal abbreviation; year;volume(issue):pages; DOI. Plain text:
/// the page encodes it.
/// </summary>
internal static class VancouverCitation
{
    private const int AuthorsBeforeEtAl = 6;

    public static string Format(Article article, IReadOnlyList<Contributor> contributors)
    {
        var text = new StringBuilder();
        var authors = contributors.Where(c => c.ContribType == "author").ToList();
        var names = authors.Take(AuthorsBeforeEtAl).Select(Name).Where(n => n.Length > 0).ToList();
        if (names.Count > 0)
        {
            text.Append(string.Join(", ", names));
            if (authors.Count > AuthorsBeforeEtAl)
                text.Append(", et al");
            text.Append(". ");
        }
        var title = article.Subtitle is { Length: > 0 } subtitle ? article.Title.Trim() + ": " + subtitle : article.Title;
        text.Append(Sentence(title));
        text.Append(' ').Append(article.Journal?.AbbreviatedTitle ?? article.Journal?.Title).Append(". ");
        text.Append(article.Issue?.Year ?? article.PublishedOn.Year);
        if (article.Issue?.Volume is { } volume)
        {
            text.Append(';').Append(volume);
            if (article.Issue.Number is { } number)
                text.Append('(').Append(number).Append(')');
        }
        if (article.FirstPage is { } first)
            text.Append(':').Append(Pages(first, article.LastPage));
        else if (article.ElocationId is { } elocation)
            text.Append(':').Append(elocation);
        text.Append('.');
        if (article.Doi is { } doi)
            text.Append(" doi:").Append(doi);
        return text.ToString();
    }

    /// <summary>"Surname GN": initials of each given name, hyphenated parts included ("Jean-Pierre" → "JP").</summary>
    public static string Name(Contributor contributor)
    {
        if (contributor.Collab is { Length: > 0 } collab)
            return collab;
        var initials = string.Concat((contributor.GivenNames ?? "")
            .Split([' ', '-', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Select(part => char.ToUpper(part[0], CultureInfo.InvariantCulture)));
        var surname = contributor.Surname ?? contributor.DisplayName;
        return initials.Length == 0 ? surname : surname + " " + initials;
    }

    private static string Sentence(string title)
    {
        var trimmed = title.Trim();
        return trimmed.Length > 0 && trimmed[^1] is '.' or '?' or '!' ? trimmed : trimmed + ".";
    }

    /// <summary>Citing Medicine drops the repeated leading digits of the last page: 312–313 → 312-3.</summary>
    private static string Pages(string first, string? last)
    {
        if (last is null || last == first)
            return first;
        if (first.Length == last.Length && first.All(char.IsAsciiDigit) && last.All(char.IsAsciiDigit))
        {
            var same = 0;
            while (same < first.Length - 1 && first[same] == last[same])
                same++;
            return first + "-" + last[same..];
        }
        return first + "-" + last;
    }
}
