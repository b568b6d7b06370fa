using System.Xml.Linq;
using Revista.Articles;
using Revista.Jats;

namespace Revista.Crossref;

// The programs a journal_article may carry without crossmark: fr (funding, fundref.xsd), ai (licences,
// AccessIndicators.xsd), rel (relations.xsd).
public sealed partial class CrossrefDeposit
{
    private static readonly XNamespace Ali = "http://www.niso.org/schemas/ali/1.0/";

    /// <summary>fr:program: one fundgroup per funding source, the Open Funder Registry DOI nested in funder_name as fundref.xsd requires.</summary>
    private static XElement? Funding(JatsArticle jats)
    {
        var groups = jats.Funding
            .Where(f => f.FunderName is not null || f.AwardIds.Count > 0)
            .Select(f => new XElement(Fr + "assertion", new XAttribute("name", "fundgroup"),
                CrossrefText.Collapse(f.FunderName) is { } name
                    ? new XElement(Fr + "assertion", new XAttribute("name", "funder_name"), name,
                        f.FunderId is { } id && id.StartsWith("https://doi.org/10.13039/", StringComparison.Ordinal)
                            ? new XElement(Fr + "assertion", new XAttribute("name", "funder_identifier"), id)
                            : null)
                    : null,
                f.AwardIds.Select(CrossrefText.Collapse).OfType<string>()
                    .Select(award => new XElement(Fr + "assertion", new XAttribute("name", "award_number"), award))))
            .ToList();
        return groups.Count == 0 ? null : new XElement(Fr + "program", new XAttribute("name", "fundref"), groups);
    }

    /// <summary>
    /// ai:program: free_to_read for open-access articles, and each licence URL as a license_ref for the version of
    /// record, starting on the date the JATS gives (ali:license_ref/@start_date) or else the online publication date.
    /// </summary>
    private static XElement? AccessIndicators(CrossrefWork work)
    {
        var startDates = LicenceStartDates(work.Source);
        var publishedOn = (OnlineDate(work) ?? PrintDate(work))?.IsoDate;
        var licences = work.Jats.Permissions.Licenses
            .Select(l => l.Url?.Trim())
            .Where(CrossrefText.IsWebUrl)
            .Distinct(StringComparer.Ordinal)
            .Select(url => (Url: url!, Start: startDates.GetValueOrDefault(url!) ?? publishedOn))
            .Select(licence => new XElement(Ai + "license_ref",
                licence.Start is null ? null : new XAttribute("start_date", licence.Start),
                new XAttribute("applies_to", "vor"),
                licence.Url))
            .ToList();
        var free = work.Row.AccessStatus == Article.OpenAccess ? new XElement(Ai + "free_to_read") : null;
        return free is null && licences.Count == 0 ? null : new XElement(Ai + "program", new XAttribute("name", "AccessIndicators"), free, licences);
    }

    /// <summary>ali:license_ref/@start_date by licence URL, where the JATS gives one as a valid date.</summary>
    private static Dictionary<string, string> LicenceStartDates(XDocument source)
    {
        var dates = new Dictionary<string, string>(StringComparer.Ordinal);
        var root = source.Root;
        if (root is null)
            return dates;
        var ns = root.Name.Namespace;
        var permissions = root.Element(ns + "front")?.Element(ns + "article-meta")?.Element(ns + "permissions");
        foreach (var reference in permissions?.Elements(ns + "license").SelectMany(l => l.Elements(Ali + "license_ref")) ?? [])
        {
            var start = reference.Attribute("start_date")?.Value.Trim();
            if (start is not null && DateOnly.TryParseExact(start, "yyyy-MM-dd", out _))
                dates.TryAdd(reference.Value.Trim(), start);
        }
        return dates;
    }

    private static XElement? Relations(IEnumerable<CrossrefRelation> relations)
    {
        var items = relations
            .Select(r => new XElement(Rel + "related_item",
                new XElement(Rel + "intra_work_relation",
                    new XAttribute("relationship-type", r.RelationshipType),
                    new XAttribute("identifier-type", "doi"),
                    r.Doi)))
            .ToList();
        return items.Count == 0 ? null : new XElement(Rel + "program", items);
    }
}
