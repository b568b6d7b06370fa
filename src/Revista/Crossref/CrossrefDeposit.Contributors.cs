using System.Xml.Linq;
using Revista.Jats;

namespace Revista.Crossref;

// contributors: person_name and organization in byline order. Only the people who made the work are deposited
// (contrib-type author and translator); handling editors and reviewers named in article-meta are not its contributors.
public sealed partial class CrossrefDeposit
{
    private XElement? Contributors(string doi, IReadOnlyList<JatsContributor> contributors, IReadOnlyList<JatsAffiliation> affiliations)
    {
        var byId = affiliations.Where(a => a.Id is not null).GroupBy(a => a.Id!).ToDictionary(g => g.Key, g => g.First());
        var elements = new List<XElement>();
        foreach (var (contributor, position) in contributors.Select((c, i) => (c, i + 1)))
        {
            if (RoleOf(contributor.ContribType) is not { } role)
                continue;
            var sequence = elements.Count == 0 ? "first" : "additional";
            var element = contributor.Collab is { } collab
                ? Organization(collab, role, sequence)
                : Person(doi, position, contributor, role, sequence, byId);
            if (element is not null)
                elements.Add(element);
        }
        return elements.Count == 0 ? null : new XElement(Cr + "contributors", elements);
    }

    private static string? RoleOf(string contribType) => contribType.ToLowerInvariant() switch
    {
        "author" => "author",
        "translator" => "translator",
        _ => null,
    };

    private static XElement? Organization(string name, string role, string sequence) =>
        CrossrefText.Limit(name, 511) is { } text
            ? new XElement(Cr + "organization", new XAttribute("sequence", sequence), new XAttribute("contributor_role", role), text)
            : null;

    private XElement? Person(string doi, int position, JatsContributor person, string role, string sequence, Dictionary<string, JatsAffiliation> affiliations)
    {
        var surname = CrossrefText.Collapse(person.Surname);
        var given = CrossrefText.Collapse(person.GivenNames);
        // A given-only name (name-style="given-only") has no surname; person_name requires one, so the one name fills it.
        if (surname is null && given is not null)
            (surname, given) = (given, null);
        if (!CrossrefText.IsPersonName(surname))
        {
            _problems.Add($"{doi}: contributor {position} (\"{person.DisplayName}\") has a surname the Crossref schema refuses (over 60 characters, or a '?' where an encoding slip lost a letter); left out.");
            return null;
        }
        if (given is not null && !CrossrefText.IsPersonName(given))
        {
            _problems.Add($"{doi}: contributor {position}'s given names \"{given}\" are refused by the Crossref schema (over 60 characters, or a '?' where an encoding slip lost a letter); surname only.");
            given = null;
        }
        var institutions = person.AffiliationIds.Select(id => affiliations.GetValueOrDefault(id)).OfType<JatsAffiliation>().Select(Institution)
            .Concat(person.InlineAffiliations.Select(text => Institution(new JatsAffiliation { Text = text })))
            .OfType<XElement>()
            .ToList();
        return new XElement(Cr + "person_name",
            new XAttribute("sequence", sequence),
            new XAttribute("contributor_role", role),
            person.NameStyle is "eastern" or "islensk" or "given-only" ? new XAttribute("name-style", person.NameStyle) : null,
            given is null ? null : new XElement(Cr + "given_name", given),
            new XElement(Cr + "surname", surname),
            CrossrefText.Limit(person.Suffix, 10) is { } suffix ? new XElement(Cr + "suffix", suffix) : null,
            institutions.Count == 0 ? null : new XElement(Cr + "affiliations", institutions),
            CrossrefText.Orcid(person.Orcid) is { } orcid ? new XElement(Cr + "ORCID", orcid) : null);
    }

    /// <summary>
    /// An aff as a 5.4.0 institution: its institution names (or, untagged, the affiliation as written), the ROR id where
    /// the JATS has one (institution-id institution-id-type="ror"), and the country as institution_place.
    /// </summary>
    private static XElement? Institution(JatsAffiliation affiliation)
    {
        var tagged = affiliation.Institutions.Count > 0;
        var name = CrossrefText.Limit(tagged ? string.Join(", ", affiliation.Institutions) : affiliation.Text, 1024);
        var ror = affiliation.InstitutionIds.FirstOrDefault(i => i.Type == "ror" && i.Value.StartsWith("https://ror.org/", StringComparison.Ordinal))?.Value;
        if (name is null && ror is null)
            return null;
        var place = tagged ? CrossrefText.Limit(affiliation.Country, 255) : null;
        return new XElement(Cr + "institution",
            name is null ? null : new XElement(Cr + "institution_name", name),
            ror is null ? null : new XElement(Cr + "institution_id", new XAttribute("type", "ror"), ror),
            place is { Length: >= 2 } ? new XElement(Cr + "institution_place", place) : null);
    }
}
