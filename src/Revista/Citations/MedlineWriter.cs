using System.Globalization;
using System.Text;

namespace Revista.Citations;

/// <summary>
/// The MEDLINE/PubMed tagged format (.nbib, as PubMed's "Cite → Download .nbib" writes it): four-character tags padded
/// with spaces, "- ", values wrapped with six-space continuation lines; a blank line between records.
/// </summary>
public static class MedlineWriter
{
    /// <summary>No media type is registered for .nbib; reference managers recognise the extension and the PMID-/TI  - tags.</summary>
    public const string MediaType = "application/x-medline";

    private const int Width = 80;

    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames;

    // MEDLINE writes ISO 639-2 bibliographic codes; .NET gives the terminology codes, which differ for these languages.
    private static readonly Dictionary<string, string> BibliographicCodes = new(StringComparer.Ordinal)
    {
        ["fra"] = "fre",
        ["deu"] = "ger",
        ["zho"] = "chi",
        ["nld"] = "dut",
        ["ces"] = "cze",
        ["ell"] = "gre",
        ["fas"] = "per",
        ["hye"] = "arm",
        ["kat"] = "geo",
        ["isl"] = "ice",
        ["mkd"] = "mac",
        ["msa"] = "may",
        ["mri"] = "mao",
        ["ron"] = "rum",
        ["slk"] = "slo",
        ["sqi"] = "alb",
        ["eus"] = "baq",
        ["cym"] = "wel",
        ["bod"] = "tib",
        ["mya"] = "bur",
    };

    public static string Write(IEnumerable<CitationRecord> records)
    {
        var text = new StringBuilder();
        foreach (var record in records)
        {
            Line(text, "PMID", record.Pmid);
            Line(text, "TI", record.Title);
            Line(text, "LID", record.Doi is { } doi ? doi + " [doi]" : null);
            Line(text, "AB", record.Abstract);
            foreach (var author in record.Authors)
            {
                Line(text, "FAU", author.Inverted);
                Line(text, "AU", Short(author));
                Line(text, "AUID", author.Orcid is { } orcid ? "ORCID: " + orcid : null);
            }
            Line(text, "LA", LanguageCode(record.Language));
            Line(text, "PT", record.Type == CitationType.JournalArticle ? "Journal Article" : null);
            Line(text, "DP", PublicationDate(record.Issued));
            Line(text, "TA", record.ContainerTitleShort ?? record.ContainerTitle);
            Line(text, "JT", record.ContainerTitle);
            foreach (var issn in record.Issns)
                Line(text, "IS", issn);
            Line(text, "VI", record.Volume);
            Line(text, "IP", record.Issue);
            Line(text, "PG", record.Pages);
            Line(text, "AID", record.Doi is { } aid ? aid + " [doi]" : null);
            Line(text, "PMC", record.Pmcid);
            foreach (var keyword in record.Keywords)
                Line(text, "OT", keyword);
            Line(text, "PB", record.Publisher);
            Line(text, "SO", Source(record));
            text.Append('\n');
        }
        return text.ToString();
    }

    /// <summary>"Garcia-Lopez M": family name and initials without periods, as MEDLINE's AU field has them.</summary>
    private static string? Short(CitationName name) =>
        name.Literal ?? (name.Family is null ? null
            : name.Given is null ? name.Family
            : name.Family + " " + string.Concat(name.Given.Split([' ', '-', '.'], StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]))));

    private static string? PublicationDate(CitationDate? date) =>
        date is null ? null
        : date.Month is >= 1 and <= 12 && date.Month is { } month
            ? string.Join(' ', new[] { date.Year.ToString(CultureInfo.InvariantCulture), Months[month - 1], date.Day?.ToString(CultureInfo.InvariantCulture) }.OfType<string>())
            : date.Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>"Reumatol Clin. 2026 Sep 15;12(5):312-313. doi: 10.…"</summary>
    private static string? Source(CitationRecord record)
    {
        if ((record.ContainerTitleShort ?? record.ContainerTitle) is not { } journal)
            return null;
        var text = new StringBuilder(journal.TrimEnd('.')).Append('.');
        if (PublicationDate(record.Issued) is { } date)
            text.Append(' ').Append(date);
        if (record.Volume is not null || record.Issue is not null || record.Pages is not null)
            text.Append(';').Append(record.Volume).Append(record.Issue is { } issue ? "(" + issue + ")" : "").Append(record.Pages is { } pages ? ":" + pages : "");
        text.Append('.');
        if (record.Doi is { } doi)
            text.Append(" doi: ").Append(doi).Append('.');
        return text.ToString();
    }

    private static string? LanguageCode(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
            return null;
        try
        {
            var code = CultureInfo.GetCultureInfo(language).ThreeLetterISOLanguageName;
            return BibliographicCodes.GetValueOrDefault(code, code);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }

    private static void Line(StringBuilder text, string tag, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return;
        var line = new StringBuilder(tag.PadRight(4)).Append("- ");
        foreach (var word in CitationText.OneLine(value).Split(' '))
        {
            if (line.Length + 1 + word.Length > Width && line.Length > 6)
            {
                text.Append(line.ToString().TrimEnd()).Append('\n');
                line.Clear().Append(' ', 6);
            }
            else if (line.Length > 6)
            {
                line.Append(' ');
            }
            line.Append(word);
        }
        text.Append(line).Append('\n');
    }
}
