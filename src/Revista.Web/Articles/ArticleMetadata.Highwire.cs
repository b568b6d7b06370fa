using System.Globalization;
using Revista.Articles;
using Revista.Citations;

namespace Revista.Web.Articles;

internal sealed partial class ArticleMetadata
{
    /// <summary>
    /// Highwire Press tags as Google Scholar's "Inclusion guidelines for webmasters" list them: one citation_title (the
    /// primary-language title; Scholar takes no alternate-language titles), each citation_author followed by its own
    /// institution, ORCID and e-mail tags, dates as yyyy/mm/dd, absolute URLs on this host.
    /// </summary>
    public IReadOnlyList<MetaTag> Highwire()
    {
        var tags = new List<MetaTag> { new("citation_title", Article.Title) };
        foreach (var author in Authors)
        {
            tags.Add(new("citation_author", InvertedName(author)));
            tags.AddRange(AffiliationsOf(author).Select(text => new MetaTag("citation_author_institution", text)));
            // Only a well-formed iD, as its https://orcid.org/ URL (the form ORCID asks displays and links to use).
            if (OrcidLink.Of(author.Orcid) is { } orcid)
                tags.Add(new("citation_author_orcid", orcid));
            tags.AddRange(EmailsOf(author).Select(email => new MetaTag("citation_author_email", email)));
        }
        tags.Add(new("citation_publication_date", Article.PublishedOn.ToString("yyyy'/'MM'/'dd", CultureInfo.InvariantCulture)));
        tags.Add(new("citation_journal_title", Journal.Title));
        Optional(tags, "citation_journal_abbrev", Journal.AbbreviatedTitle);
        Optional(tags, "citation_issn", Journal.ElectronicIssn);
        Optional(tags, "citation_issn", Journal.PrintIssn);
        Optional(tags, "citation_publisher", Journal.Publisher);
        Optional(tags, "citation_volume", Article.Issue?.Volume);
        Optional(tags, "citation_issue", Article.Issue?.Number);
        // An article paged by e-location id (continuous publication) has that id as its first page (Scholar asks for
        // a first page to match citations).
        Optional(tags, "citation_firstpage", Article.FirstPage ?? Article.ElocationId);
        Optional(tags, "citation_lastpage", Article.LastPage);
        Optional(tags, "citation_doi", Article.Doi);
        tags.Add(new("citation_language", Article.Language));
        tags.AddRange(Keywords().Select(k => new MetaTag("citation_keywords", k)));
        tags.Add(new("citation_abstract_html_url", AbstractUrl));
        tags.Add(new("citation_fulltext_html_url", PageUrl));
        Optional(tags, "citation_pdf_url", PdfUrl);
        tags.Add(new("citation_xml_url", XmlUrl));
        tags.AddRange(_references.Select(r => new MetaTag("citation_reference", HighwireReference(r))));
        return tags;
    }

    /// <summary>
    /// A reference in the form Google Scholar documents for citation_reference: "citation_title=…; citation_author=…;
    /// citation_journal_title=…; …". A reference the JATS does not structure keeps its text as written.
    /// </summary>
    public static string HighwireReference(Reference reference)
    {
        var record = CitationRecords.FromReference(reference);
        var fields = new List<(string Name, string? Value)> { ("citation_title", record.Title) };
        fields.AddRange(record.Authors.Select(a => ("citation_author", (string?)(a.Literal ?? a.Inverted))));
        var container = record.Type switch
        {
            CitationType.JournalArticle => "citation_journal_title",
            CitationType.Chapter => "citation_inbook_title",
            CitationType.ConferencePaper => "citation_conference_title",
            _ => null,
        };
        if (container is not null)
            fields.Add((container, record.ContainerTitle));
        fields.Add(("citation_publisher", record.Type is CitationType.Book or CitationType.Chapter ? record.Publisher : null));
        fields.Add(("citation_year", record.Issued?.Year.ToString(CultureInfo.InvariantCulture)));
        fields.Add(("citation_volume", record.Volume));
        fields.Add(("citation_issue", record.Issue));
        fields.Add(("citation_firstpage", record.FirstPage ?? record.ElocationId));
        fields.Add(("citation_lastpage", record.LastPage));
        fields.Add(("citation_doi", record.Doi));
        fields.Add(("citation_pmid", record.Pmid));
        var present = fields.Where(f => !string.IsNullOrWhiteSpace(f.Value)).ToList();
        if (record.Title is null && record.ContainerTitle is null)
            return reference.Text;
        // "; " separates fields, so a value's own semicolons become commas (the form has no escape).
        return string.Join("; ", present.Select(f => f.Name + "=" + f.Value!.Replace(';', ',').Trim()));
    }

    // The keywords of the article of record (its language): the same on every URL, like the title.
    private IEnumerable<string> Keywords() =>
        Article.Keywords.Where(k => Same(LanguageOf(k.Language), Article.Language)).OrderBy(k => k.Position).Select(k => k.Value);

    // JATS: a kwd-group or abstract without xml:lang is in the article's language.
    private string LanguageOf(string language) => language.Length == 0 ? Article.Language : language;

    private static void Optional(List<MetaTag> tags, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
            tags.Add(new(name, value));
    }
}
