using System.Globalization;
using System.Xml.Linq;

namespace Revista.Oai;

/// <summary>
/// marcxml: a MARC 21 bibliographic record in MARCXML (MARC 21 slim schema) for library systems: leader of a serial
/// component part, 024 DOI, 041 languages, 100/700 authors, 245 title, 246 translated titles, 264 publisher, 520
/// abstracts, 540 licence, 650 keywords, 773 host journal, 856 the article page.
/// </summary>
public sealed class OaiMarcXml : IOaiMetadataFormat
{
    public static readonly XNamespace Marc = "http://www.loc.gov/MARC21/slim";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    // Leader/06 'a' language material, /07 'b' serial component part, /09 'a' UCS/Unicode, /18 'u' unknown cataloguing
    // form; lengths and base address ("00000") are filled by systems that write ISO 2709, not MARCXML.
    private const string Leader = "00000nab a2200000 u 4500";

    public string Prefix => "marcxml";
    public string Schema => "http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd";
    public string Namespace => Marc.NamespaceName;
    public bool NeedsSource => false;

    public XElement Write(OaiArticle record)
    {
        var article = record.Article;
        var journal = article.Journal!;
        var fields = new List<XElement>
        {
            new(Marc + "leader", Leader),
            new(Marc + "controlfield", new XAttribute("tag", "001"), article.Id.ToString(CultureInfo.InvariantCulture)),
        };
        if (article.Doi is { Length: > 0 } doi)
            fields.Add(Field("024", '7', ' ', ('a', doi), ('2', "doi")));
        var languages = record.Translations.Select(t => t.Language).Prepend(article.Language).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        // 041 $a with the language code as given: MARC asks for MARC language codes ($2 names another source), so say it is ISO 639 / BCP 47.
        fields.Add(Field("041", ' ', '7', [.. languages.Select(l => ('a', l)), ('2', "rfc5646")]));
        var authors = record.Authors.Select(OaiArticleText.Name).ToList();
        if (authors.Count > 0)
            fields.Add(Field("100", '1', ' ', ('a', authors[0]), ('e', "author")));
        var titles = OaiArticleText.Titles(record).ToList();
        fields.Add(Field("245", authors.Count > 0 ? '1' : '0', '0', ('a', titles[0].Text)));
        fields.AddRange(titles.Skip(1).Select(t => Field("246", '3', '1', ('a', t.Text))));
        fields.Add(Field("264", ' ', '1',
            [.. Optional('a', journal.PublisherLocation), .. Optional('b', journal.Publisher), ('c', article.PublishedOn.Year.ToString(CultureInfo.InvariantCulture))]));
        fields.AddRange(OaiArticleText.Abstracts(record).Select(a => Field("520", ' ', ' ', ('a', a.Text))));
        if (article.LicenseUrl is { Length: > 0 } license)
            fields.Add(Field("540", ' ', ' ', ('u', license)));
        // Second indicator 4: "source not specified" — keywords are the authors' own, not a thesaurus.
        fields.AddRange(OaiArticleText.Keywords(record).Select(k => Field("650", ' ', '4', ('a', k.Text))));
        fields.AddRange(authors.Skip(1).Select(a => Field("700", '1', ' ', ('a', a), ('e', "author"))));
        fields.Add(Field("773", '0', ' ',
            [('t', journal.Title), ('g', Related(record)), .. Optional('x', journal.ElectronicIssn ?? journal.PrintIssn)]));
        fields.Add(Field("856", '4', '0', ('u', record.Url)));
        if (article.Doi is { Length: > 0 } doiLink)
            fields.Add(Field("856", '4', '0', ('u', "https://doi.org/" + doiLink)));
        return new XElement(Marc + "record",
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XAttribute(Xsi + "schemaLocation", Marc.NamespaceName + " " + Schema),
            new XAttribute("type", "Bibliographic"),
            fields);
    }

    // 773 $g "related parts": volume, issue, year and pages as the host item entry prints them.
    private static string Related(OaiArticle record)
    {
        var source = OaiDublinCore.Source(record);
        var semicolon = source.IndexOf("; ", StringComparison.Ordinal);
        return semicolon < 0 ? source : source[(semicolon + 2)..];
    }

    private static IEnumerable<(char, string)> Optional(char code, string? value) =>
        string.IsNullOrWhiteSpace(value) ? [] : [(code, value)];

    private static XElement Field(string tag, char ind1, char ind2, params (char Code, string Value)[] subfields) =>
        new(Marc + "datafield",
            new XAttribute("tag", tag), new XAttribute("ind1", ind1.ToString()), new XAttribute("ind2", ind2.ToString()),
            subfields.Select(s => new XElement(Marc + "subfield", new XAttribute("code", s.Code.ToString()), s.Value)));
}
