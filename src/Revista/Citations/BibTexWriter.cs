using System.Globalization;
using System.Text;

namespace Revista.Citations;

/// <summary>
/// BibTeX entries that classic BibTeX and biber both read: TeX specials escaped, accented Latin letters as TeX accent
/// commands (<see cref="TeXText"/>), titles braced so styles keep their capitals, unique ASCII keys.
/// </summary>
public static class BibTexWriter
{
    public const string MediaType = "application/x-bibtex";

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static string Write(IEnumerable<CitationRecord> records)
    {
        var text = new StringBuilder();
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in records)
            WriteEntry(text, record, UniqueKey(keys, KeyOf(record)));
        return text.ToString();
    }

    private static void WriteEntry(StringBuilder text, CitationRecord record, string key)
    {
        text.Append('@').Append(EntryType(record.Type)).Append('{').Append(key).Append(",\n");
        Raw(text, "author", Names(record.Authors));
        Raw(text, "editor", Names(record.Editors));
        // Double braces keep the title's capitals as written ("COVID-19", "Crowned Dens") under styles that change case.
        if (record.Title is { } title)
            Raw(text, "title", "{" + TeXText.Escape(title) + "}");
        Field(text, ContainerField(record.Type), record.ContainerTitle);
        Field(text, "shortjournal", record.Type == CitationType.JournalArticle ? record.ContainerTitleShort : null);
        if (record.Issued is { } date)
        {
            Raw(text, "year", date.Year.ToString(CultureInfo.InvariantCulture));
            if (date.Month is >= 1 and <= 12)
                text.Append("  month = ").Append(Months[date.Month.Value - 1]).Append(",\n");
        }
        Field(text, "volume", record.Volume);
        Field(text, "number", record.Issue);
        Field(text, "pages", record.FirstPage is { } first
            ? record.LastPage is { } last && last != first ? first + "--" + last : first
            : record.ElocationId);
        Field(text, "issn", record.Issns.Count > 0 ? string.Join(", ", record.Issns) : null);
        Field(text, "publisher", record.Publisher);
        Field(text, "address", record.PublisherPlace);
        Field(text, "language", record.Language);
        Field(text, "abstract", record.Abstract);
        Field(text, "keywords", record.Keywords.Count > 0 ? string.Join(", ", record.Keywords) : null);
        // DOI and URL are read verbatim by the doi/url packages: only braces and backslashes could break the entry.
        Raw(text, "doi", Verbatim(record.Doi));
        Raw(text, "url", Verbatim(record.Url));
        Raw(text, "pmid", Verbatim(record.Pmid));
        text.Append("}\n\n");
    }

    private static string? Names(IReadOnlyList<CitationName> names) =>
        names.Count == 0 ? null
        // An organisation in braces is one name: BibTeX must not split "World Health Organization" into given and family.
        : string.Join(" and ", names.Select(n => n.Literal is { } literal ? "{" + TeXText.Escape(literal) + "}" : Inverted(n)));

    /// <summary>BibTeX's "von Last, Jr, First" order: the suffix sits between family and given names.</summary>
    private static string Inverted(CitationName name) =>
        // A family name alone ("Mirabet V" as some files tag it) must stay one name, not become given "Mirabet", family "V".
        name.Given is null && name.Suffix is null ? "{" + TeXText.Escape(name.Family ?? "") + "}" :
        string.Join(", ", new[] { name.Family, name.Suffix, name.Given }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => TeXText.Escape(p!)));

    private static void Field(StringBuilder text, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
            Raw(text, name, TeXText.Escape(value));
    }

    private static void Raw(StringBuilder text, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
            text.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");
    }

    private static string? Verbatim(string? value) =>
        value is null ? null : CitationText.OneLine(value).Replace("\\", "", StringComparison.Ordinal).Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal);

    /// <summary>First author's family name, year, first title word: "Garcia2026Crowned", ASCII letters and digits only.</summary>
    private static string KeyOf(CitationRecord record)
    {
        var name = record.Authors is [var first, ..] ? first.Family ?? first.Literal : null;
        var word = record.Title?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TeXText.AsciiLetters).FirstOrDefault(w => w.Length > 3);
        var key = TeXText.AsciiLetters(name ?? "") + record.Issued?.Year.ToString(CultureInfo.InvariantCulture) + word;
        return key.Length == 0 || !char.IsAsciiLetter(key[0]) ? "ref" + key : key;
    }

    private static string UniqueKey(HashSet<string> keys, string key)
    {
        var candidate = key;
        for (var suffix = 'a'; !keys.Add(candidate); suffix++)
            candidate = suffix <= 'z' ? key + suffix : key + keys.Count.ToString(CultureInfo.InvariantCulture);
        return candidate;
    }

    private static string EntryType(CitationType type) => type switch
    {
        CitationType.JournalArticle or CitationType.Preprint => "article",
        CitationType.Book => "book",
        CitationType.Chapter => "incollection",
        CitationType.ConferencePaper => "inproceedings",
        CitationType.Thesis => "phdthesis",
        CitationType.Report => "techreport",
        _ => "misc",
    };

    private static string ContainerField(CitationType type) => type switch
    {
        CitationType.JournalArticle or CitationType.Preprint => "journal",
        CitationType.Chapter or CitationType.ConferencePaper => "booktitle",
        _ => "howpublished",
    };
}
