using System.Xml.Linq;

namespace Revista.Jats;

// permissions (copyright, license, ali:license_ref) and funding-group (award-group, funding-source, award-id).
public sealed partial class JatsReader
{
    private JatsPermissions ReadPermissions(XElement? permissions)
    {
        if (permissions is null)
            return new JatsPermissions();
        var licenses = Children(permissions, "license").Select(ReadLicense).ToList();
        // NISO ALI allows ali:license_ref directly in permissions, with no license element around it.
        licenses.AddRange(permissions.Elements()
            .Where(e => e.Name.LocalName == "license_ref")
            .Select(r => new JatsLicense(Plain(r), null, LanguageOf(r), JatsText.Empty)));
        return new JatsPermissions
        {
            CopyrightStatement = Plain(Child(permissions, "copyright-statement")),
            CopyrightYear = Plain(Child(permissions, "copyright-year")),
            CopyrightHolder = Plain(Child(permissions, "copyright-holder")),
            Licenses = licenses,
        };
    }

    /// <summary>
    /// The licence URL: ali:license_ref (JATS 1.1+, JATS4R), then license/@xlink:href, then a Creative Commons link in the
    /// licence text (older PLOS and PMC files name the licence only there).
    /// </summary>
    private JatsLicense ReadLicense(XElement license)
    {
        var url = license.Descendants().Where(e => e.Name.LocalName == "license_ref").Select(Plain).FirstOrDefault(u => u is not null)
            ?? Href(license)
            ?? license.Descendants().Where(e => Is(e, "ext-link") || Is(e, "uri"))
                .Select(link => Href(link) ?? Plain(link))
                .FirstOrDefault(link => link is not null && link.Contains("creativecommons.org", StringComparison.OrdinalIgnoreCase));
        var paragraphs = Children(license, "license-p").Select(RichText).Where(t => !t.IsEmpty).ToList();
        var text = paragraphs.Count == 0
            ? JatsText.Empty
            : new JatsText(string.Join(" ", paragraphs.Select(p => p.Text)), string.Join(" ", paragraphs.Select(p => p.Html)));
        return new JatsLicense(url, Clean(license.Attribute("license-type")?.Value), LanguageOf(license), text);
    }

    /// <summary>One entry per funding-source of each award-group (an award-group with no source still gives its award ids).</summary>
    private List<JatsFunding> ReadFunding(XElement? meta)
    {
        var funding = new List<JatsFunding>();
        foreach (var group in Children(meta, "funding-group").SelectMany(g => Children(g, "award-group")))
        {
            var awardIds = Children(group, "award-id").Select(Plain).OfType<string>().ToList();
            var recipients = Children(group, "principal-award-recipient").SelectMany(RecipientNames).ToList();
            var recipient = recipients.Count == 0 ? null : string.Join("; ", recipients);
            var sources = Children(group, "funding-source").ToList();
            if (sources.Count == 0 && awardIds.Count > 0)
                funding.Add(new JatsFunding(null, null, awardIds, recipient));
            foreach (var source in sources)
            {
                var wrap = Child(source, "institution-wrap");
                var name = Plain(Child(wrap, "institution"))
                    ?? PlainWithout(source, e => Is(e, "institution-id") || Is(e, "named-content") && IsFunderIdContent(e));
                var id = Plain(Child(wrap, "institution-id"))
                    ?? Plain(Child(source, "institution-id"))
                    ?? Plain(source.Descendants(N("named-content")).FirstOrDefault(IsFunderIdContent))
                    ?? Href(source);
                funding.Add(new JatsFunding(name, FunderId(id), awardIds, recipient));
            }
        }
        return funding;
    }

    private static bool IsFunderIdContent(XElement namedContent) =>
        string.Equals(namedContent.Attribute("content-type")?.Value, "funder-id", StringComparison.OrdinalIgnoreCase);

    /// <summary>Open Funder Registry ids are DOIs under 10.13039; they are kept as https://doi.org/ URLs, as Crossref writes them.</summary>
    private static string? FunderId(string? id)
    {
        if (id is null)
            return null;
        var doi = BareDoi(id);
        return doi is not null && doi.StartsWith("10.13039/", StringComparison.Ordinal) ? "https://doi.org/" + doi : id;
    }

    private IEnumerable<string> RecipientNames(XElement recipient)
    {
        var names = recipient.Elements()
            .Where(e => Is(e, "name") || Is(e, "string-name") || Is(e, "collab") || Is(e, "institution"))
            .Select(e => Is(e, "name")
                ? string.Join(' ', new[] { Plain(Child(e, "given-names")), Plain(Child(e, "surname")) }.OfType<string>())
                : Plain(e))
            .OfType<string>()
            .Where(n => n.Length > 0)
            .ToList();
        return names.Count > 0 ? names : Plain(recipient) is { } text ? [text] : [];
    }

    private string? ReadFundingStatement(XElement? meta)
    {
        var statements = Children(meta, "funding-group").SelectMany(g => Children(g, "funding-statement")).Select(Plain).OfType<string>().ToList();
        return statements.Count == 0 ? null : string.Join(" ", statements);
    }
}
