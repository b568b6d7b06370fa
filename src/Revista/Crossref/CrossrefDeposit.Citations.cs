using System.Globalization;
using System.Xml.Linq;
using Revista.Jats;

namespace Revista.Crossref;

// citation_list: every reference of the article, keyed by its ref id, with its DOI and structured fields where the
// JATS tags them, and the citation as written (unstructured_citation) so Crossref can match it when it has no DOI.
public sealed partial class CrossrefDeposit
{
    private static XElement? Citations(CrossrefWork work)
    {
        var references = work.Jats.References.Where(r => r.SubArticleId is null).ToList();
        var texts = CrossrefCitationText.Of(work.Source, work.Jats, references);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var citations = new List<XElement>();
        foreach (var (reference, text) in references.Zip(texts))
        {
            var key = CrossrefText.Limit(reference.Id, 128) ?? "ref" + (citations.Count + 1).ToString(CultureInfo.InvariantCulture);
            while (!keys.Add(key))
                key = "ref" + (citations.Count + 1).ToString(CultureInfo.InvariantCulture) + "-" + keys.Count.ToString(CultureInfo.InvariantCulture);
            citations.Add(Citation(reference, key, text));
        }
        return citations.Count == 0 ? null : new XElement(Cr + "citation_list", citations);
    }

    private static XElement Citation(JatsReference reference, string key, string text)
    {
        var type = CitationType(reference);
        var isJournal = type is "journal_article";
        var firstAuthor = reference.Authors.Count > 0 ? reference.Authors[0] : null;
        return new XElement(Cr + "citation",
            new XAttribute("key", key),
            type is null ? null : new XAttribute("type", type),
            Field("journal_title", isJournal ? reference.Source : null),
            Field("author", firstAuthor?.Surname ?? firstAuthor?.Collab),
            Field("volume", reference.Volume, 32),
            Field("issue", reference.Issue, 32),
            Field("first_page", reference.FirstPage, 32),
            Field("elocation_id", reference.FirstPage is null ? reference.ElocationId : null, 32),
            Field("cYear", reference.Year),
            CrossrefText.Doi(reference.Doi) is { } doi ? new XElement(Cr + "doi", doi) : null,
            Field("volume_title", isJournal ? null : reference.Source),
            Field("article_title", reference.ArticleTitle),
            Field("unstructured_citation", text));
    }

    private static XElement? Field(string name, string? value, int maxLength = 4000) =>
        CrossrefText.Limit(value, maxLength) is { } text ? new XElement(Cr + name, text) : null;

    /// <summary>JATS publication-type to the citation types of citation_key.atts; unknown types are left untyped.</summary>
    private static string? CitationType(JatsReference reference) => reference.PublicationType?.ToLowerInvariant() switch
    {
        "journal" => "journal_article",
        "book" when reference.ArticleTitle is not null => "book_chapter",
        "book" => "book",
        "chapter" => "book_chapter",
        "confproc" or "conf-proc" or "conference" => "conference_paper",
        "thesis" => "dissertation",
        "report" => "report",
        "web" or "webpage" or "website" => "web_resource",
        "data" or "dataset" => "dataset",
        "patent" => "patent",
        "preprint" => "preprint",
        "software" => "software",
        "standard" => "standard",
        "other" => "other",
        _ => null,
    };
}
