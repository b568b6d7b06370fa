using System.Globalization;
using System.Xml.Linq;

namespace Revista.Oai;

/// <summary>
/// oai_dc: unqualified Dublin Core in the OAI container (OAI-PMH 2.0 §3.4 and the oai_dc.xsd schema, whose elements
/// allow xml:lang). Every title, abstract and keyword carries its language, translations included; creators are
/// "Surname, Given"; identifiers are the article page and the DOI as an https://doi.org/ URL (DOI Handbook §3.8).
/// </summary>
public sealed class OaiDublinCore : IOaiMetadataFormat
{
    public static readonly XNamespace OaiDc = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public string Prefix => "oai_dc";
    public string Schema => "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";
    public string Namespace => OaiDc.NamespaceName;
    public bool NeedsSource => false;

    public XElement Write(OaiArticle record)
    {
        var article = record.Article;
        var journal = article.Journal!;
        var elements = new List<XElement>();
        elements.AddRange(OaiArticleText.Titles(record).Select(t => Tagged("title", t)));
        elements.AddRange(record.Authors.Select(a => new XElement(Dc + "creator", OaiArticleText.Name(a))));
        elements.AddRange(OaiArticleText.Keywords(record).Select(k => Tagged("subject", k)));
        elements.AddRange(OaiArticleText.Abstracts(record).Select(a => Tagged("description", a)));
        if (!string.IsNullOrWhiteSpace(journal.Publisher))
            elements.Add(new XElement(Dc + "publisher", journal.Publisher));
        elements.Add(new XElement(Dc + "date", article.PublishedOn.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture)));
        // DCMI Type Vocabulary, then the info:eu-repo publication type that DRIVER/OpenAIRE harvesters (BASE) read.
        elements.Add(new XElement(Dc + "type", "Text"));
        elements.Add(new XElement(Dc + "type", "info:eu-repo/semantics/article"));
        elements.Add(new XElement(Dc + "format", "text/html"));
        elements.Add(new XElement(Dc + "identifier", record.Url));
        if (article.Doi is { Length: > 0 } doi)
            elements.Add(new XElement(Dc + "identifier", "https://doi.org/" + doi));
        elements.Add(new XElement(Dc + "source", Source(record)));
        foreach (var issn in new[] { journal.ElectronicIssn, journal.PrintIssn }.OfType<string>().Distinct())
            elements.Add(new XElement(Dc + "source", "ISSN " + issn));
        foreach (var language in record.Translations.Select(t => t.Language).Prepend(article.Language).Distinct(StringComparer.OrdinalIgnoreCase))
            elements.Add(new XElement(Dc + "language", language));
        foreach (var translation in record.Translations.Where(t => t.Doi is { Length: > 0 }))
            elements.Add(new XElement(Dc + "relation", "https://doi.org/" + translation.Doi));
        if (article.LicenseUrl is { Length: > 0 } license)
            elements.Add(new XElement(Dc + "rights", license));
        if (article.CopyrightStatement is { Length: > 0 } copyright)
            elements.Add(new XElement(Dc + "rights", copyright));
        return new XElement(OaiDc + "dc",
            new XAttribute(XNamespace.Xmlns + "oai_dc", OaiDc),
            new XAttribute(XNamespace.Xmlns + "dc", Dc),
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XAttribute(Xsi + "schemaLocation", OaiDc.NamespaceName + " " + Schema),
            elements);
    }

    /// <summary>"Journal; Vol 3 No 2 (2014): 312-313", the bibliographic citation DC puts in source.</summary>
    internal static string Source(OaiArticle record)
    {
        var article = record.Article;
        var parts = new List<string>();
        if (article.Issue?.Volume is { Length: > 0 } volume)
            parts.Add("Vol " + volume);
        if (article.Issue?.Number is { Length: > 0 } number)
            parts.Add("No " + number);
        parts.Add("(" + article.PublishedOn.Year.ToString(CultureInfo.InvariantCulture) + ")");
        var text = record.Article.Journal!.Title + "; " + string.Join(" ", parts);
        var pages = article.FirstPage is { Length: > 0 } first
            ? article.LastPage is { Length: > 0 } last && last != first ? first + "-" + last : first
            : article.ElocationId;
        return pages is null ? text : text + ": " + pages;
    }

    private static XElement Tagged(string name, (string Language, string Text) value) =>
        value.Language.Length > 0
            ? new XElement(Dc + name, new XAttribute(XNamespace.Xml + "lang", value.Language), value.Text)
            : new XElement(Dc + name, value.Text);
}
