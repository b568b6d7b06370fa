using System.Globalization;
using System.Text;

namespace Revista.Citations;

/// <summary>
/// RIS (Research Information Systems tagged format, as Zotero, EndNote and Mendeley read it): "TY  - " lines, one tag per
/// line, each record closed by "ER  - ". CRLF line ends, as the format's specification writes them.
/// </summary>
public static class RisWriter
{
    public const string MediaType = "application/x-research-info-systems";

    public static string Write(IEnumerable<CitationRecord> records)
    {
        var text = new StringBuilder();
        foreach (var record in records)
            WriteRecord(text, record);
        return text.ToString();
    }

    private static void WriteRecord(StringBuilder text, CitationRecord record)
    {
        Line(text, "TY", TypeOf(record.Type));
        Line(text, "TI", record.Title);
        foreach (var author in record.Authors)
            Line(text, "AU", author.Inverted);
        foreach (var editor in record.Editors)
            Line(text, "A2", editor.Inverted);
        Line(text, record.Type == CitationType.JournalArticle ? "JO" : "T2", record.ContainerTitle);
        Line(text, "J2", record.ContainerTitleShort);
        if (record.Issued is { } date)
        {
            Line(text, "PY", date.Year.ToString("D4", CultureInfo.InvariantCulture));
            Line(text, "DA", string.Create(CultureInfo.InvariantCulture,
                $"{date.Year:D4}/{(date.Month is { } m ? m.ToString("D2", CultureInfo.InvariantCulture) : "")}/{(date.Day is { } d ? d.ToString("D2", CultureInfo.InvariantCulture) : "")}/"));
        }
        Line(text, "VL", record.Volume);
        Line(text, "IS", record.Issue);
        Line(text, "SP", record.FirstPage ?? record.ElocationId);
        Line(text, "EP", record.FirstPage is null ? null : record.LastPage);
        foreach (var issn in record.Issns)
            Line(text, "SN", issn);
        Line(text, "DO", record.Doi);
        Line(text, "UR", record.Url ?? (record.Doi is { } doi ? "https://doi.org/" + doi : null));
        Line(text, "L1", record.PdfUrl);
        Line(text, "PB", record.Publisher);
        Line(text, "CY", record.PublisherPlace);
        Line(text, "LA", record.Language);
        Line(text, "AB", record.Abstract);
        foreach (var keyword in record.Keywords)
            Line(text, "KW", keyword);
        if (record.Pmid is { } pmid)
            Line(text, "AN", "PMID: " + pmid);
        text.Append("ER  - \r\n\r\n");
    }

    private static void Line(StringBuilder text, string tag, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return;
        // A value is one line: a line break inside it would start a line with no tag, which readers drop or misread.
        text.Append(tag).Append("  - ").Append(CitationText.OneLine(value)).Append("\r\n");
    }

    private static string TypeOf(CitationType type) => type switch
    {
        CitationType.JournalArticle => "JOUR",
        CitationType.Book => "BOOK",
        CitationType.Chapter => "CHAP",
        CitationType.ConferencePaper => "CPAPER",
        CitationType.Thesis => "THES",
        CitationType.Report => "RPRT",
        CitationType.Webpage => "ELEC",
        CitationType.Dataset => "DATA",
        CitationType.Patent => "PAT",
        CitationType.Preprint => "JOUR",
        _ => "GEN",
    };
}
