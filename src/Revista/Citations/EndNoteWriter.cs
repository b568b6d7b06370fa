using System.Globalization;
using System.Text;

namespace Revista.Citations;

/// <summary>EndNote tagged import format (.enw, the "refer" family): "%0 Journal Article", then one %-tag per line; a blank line between records.</summary>
public static class EndNoteWriter
{
    public const string MediaType = "application/x-endnote-refer";

    public static string Write(IEnumerable<CitationRecord> records)
    {
        var text = new StringBuilder();
        foreach (var record in records)
        {
            Line(text, "0", TypeOf(record.Type));
            Line(text, "T", record.Title);
            foreach (var author in record.Authors)
                Line(text, "A", author.Inverted);
            foreach (var editor in record.Editors)
                Line(text, "E", editor.Inverted);
            Line(text, record.Type == CitationType.JournalArticle ? "J" : "B", record.ContainerTitle);
            Line(text, "D", record.Issued?.Year.ToString(CultureInfo.InvariantCulture));
            Line(text, "V", record.Volume);
            Line(text, "N", record.Issue);
            Line(text, "P", record.Pages);
            foreach (var issn in record.Issns)
                Line(text, "@", issn);
            Line(text, "R", record.Doi);
            Line(text, "U", record.Url);
            Line(text, "I", record.Publisher);
            Line(text, "C", record.PublisherPlace);
            Line(text, "G", record.Language);
            Line(text, "X", record.Abstract);
            foreach (var keyword in record.Keywords)
                Line(text, "K", keyword);
            text.Append('\n');
        }
        return text.ToString();
    }

    private static void Line(StringBuilder text, string tag, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
            text.Append('%').Append(tag).Append(' ').Append(CitationText.OneLine(value)).Append('\n');
    }

    private static string TypeOf(CitationType type) => type switch
    {
        CitationType.JournalArticle or CitationType.Preprint => "Journal Article",
        CitationType.Book => "Book",
        CitationType.Chapter => "Book Section",
        CitationType.ConferencePaper => "Conference Paper",
        CitationType.Thesis => "Thesis",
        CitationType.Report => "Report",
        CitationType.Webpage => "Web Page",
        CitationType.Dataset => "Dataset",
        CitationType.Patent => "Patent",
        _ => "Generic",
    };
}
