using System.Text.Encodings.Web;
using System.Text.Json;

namespace Revista.Citations;

/// <summary>CSL-JSON (the Citation Style Language's input schema, csl-data.json): an array of items, as citeproc processors and Zotero read it.</summary>
public static class CslJsonWriter
{
    public const string MediaType = "application/vnd.citationstyles.csl+json";

    // Relaxed escaping keeps accented names readable; the output is served as JSON, never inlined into HTML.
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IEnumerable<CitationRecord> records)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            foreach (var record in records)
                WriteItem(json, record);
            json.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteItem(Utf8JsonWriter json, CitationRecord record)
    {
        json.WriteStartObject();
        json.WriteString("id", record.Id);
        json.WriteString("type", TypeOf(record.Type));
        String(json, "title", record.Title);
        Names(json, "author", record.Authors);
        Names(json, "editor", record.Editors);
        String(json, "container-title", record.ContainerTitle);
        String(json, "container-title-short", record.ContainerTitleShort);
        String(json, "ISSN", record.Issns.Count > 0 ? record.Issns[0] : null);
        String(json, "volume", record.Volume);
        String(json, "issue", record.Issue);
        String(json, "page", record.Pages);
        if (record.Issued is { } date)
        {
            json.WriteStartObject("issued");
            json.WriteStartArray("date-parts");
            json.WriteStartArray();
            json.WriteNumberValue(date.Year);
            if (date.Month is { } month)
            {
                json.WriteNumberValue(month);
                if (date.Day is { } day)
                    json.WriteNumberValue(day);
            }
            json.WriteEndArray();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        String(json, "DOI", record.Doi);
        String(json, "PMID", record.Pmid);
        String(json, "PMCID", record.Pmcid);
        String(json, "URL", record.Url);
        String(json, "publisher", record.Publisher);
        String(json, "publisher-place", record.PublisherPlace);
        String(json, "language", record.Language);
        String(json, "abstract", record.Abstract);
        String(json, "keyword", record.Keywords.Count > 0 ? string.Join(", ", record.Keywords) : null);
        json.WriteEndObject();
    }

    private static void Names(Utf8JsonWriter json, string name, IReadOnlyList<CitationName> names)
    {
        if (names.Count == 0)
            return;
        json.WriteStartArray(name);
        foreach (var person in names)
        {
            json.WriteStartObject();
            if (person.Literal is { } literal)
            {
                json.WriteString("literal", literal);
            }
            else
            {
                String(json, "family", person.Family);
                String(json, "given", person.Given);
                String(json, "suffix", person.Suffix);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void String(Utf8JsonWriter json, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
            json.WriteString(name, value);
    }

    private static string TypeOf(CitationType type) => type switch
    {
        CitationType.JournalArticle => "article-journal",
        CitationType.Book => "book",
        CitationType.Chapter => "chapter",
        CitationType.ConferencePaper => "paper-conference",
        CitationType.Thesis => "thesis",
        CitationType.Report => "report",
        CitationType.Webpage => "webpage",
        CitationType.Dataset => "dataset",
        CitationType.Patent => "patent",
        CitationType.Preprint => "article",
        _ => "document",
    };
}
