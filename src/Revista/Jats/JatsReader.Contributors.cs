using System.Xml.Linq;

namespace Revista.Jats;

// contrib-group/contrib (JATS Tag Library: contrib, name, collab, contrib-id, xref, role) and author-notes.
public sealed partial class JatsReader
{
    /// <summary>Contributors of every contrib-group of an article-meta or front-stub, in document order.</summary>
    private List<JatsContributor> ReadContributors(XElement? meta, XElement? authorNotes)
    {
        var notesById = Descendants(authorNotes, "fn").Concat(Descendants(authorNotes, "corresp"))
            .Where(n => n.Attribute("id") is not null)
            .GroupBy(n => n.Attribute("id")!.Value)
            .ToDictionary(g => g.Key, g => g.First());
        var correspondences = Children(authorNotes, "corresp").ToList();
        var contributors = Children(meta, "contrib-group").SelectMany(g => Children(g, "contrib"))
            .Select(c => ReadContributor(c, notesById))
            .ToList();

        // A lone corresp="yes" author with no xref to a corresp note: the single correspondence note's
        // e-mail is theirs (common in SciELO and PMC files).
        var corresponding = contributors.Where(c => c.IsCorresponding).ToList();
        if (corresponding.Count == 1 && corresponding[0].Emails.Count == 0 && correspondences.Count == 1)
        {
            var emails = Descendants(correspondences[0], "email").Select(Plain).OfType<string>().ToList();
            var index = contributors.IndexOf(corresponding[0]);
            contributors[index] = corresponding[0] with { Emails = emails };
        }
        return contributors;
    }

    private JatsContributor ReadContributor(XElement contrib, Dictionary<string, XElement> notesById)
    {
        var xrefs = Children(contrib, "xref").ToList();
        var rids = (string type) => xrefs
            .Where(x => string.Equals(Clean(x.Attribute("ref-type")?.Value), type, StringComparison.OrdinalIgnoreCase))
            .SelectMany(x => (x.Attribute("rid")?.Value ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        var footnoteIds = rids("fn");
        var footnotes = footnoteIds.Select(id => FootnotesById.GetValueOrDefault(id)).OfType<XElement>().ToList();
        var correspIds = rids("corresp");
        var correspNotes = correspIds.Select(id => notesById.GetValueOrDefault(id)).OfType<XElement>().ToList();

        var emails = Children(contrib, "email").Concat(Children(Child(contrib, "address"), "email"))
            .Concat(correspNotes.SelectMany(n => Descendants(n, "email")))
            .Select(Plain).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        var contributor = new JatsContributor
        {
            ContribType = Clean(contrib.Attribute("contrib-type")?.Value) ?? "author",
            Orcid = ReadOrcid(contrib),
            IsCorresponding = IsYes(contrib.Attribute("corresp")) || correspIds.Count > 0,
            EqualContribution = IsYes(contrib.Attribute("equal-contrib")) || footnotes.Any(IsEqualContributionNote),
            IsDeceased = IsYes(contrib.Attribute("deceased")) || footnotes.Any(f => Clean(f.Attribute("fn-type")?.Value) == "deceased"),
            Emails = emails,
            AffiliationIds = rids("aff").Distinct().ToList(),
            InlineAffiliations = [.. Children(contrib, "aff").Select(AffiliationText).OfType<string>()],
            NoteIds = [.. footnoteIds.Concat(rids("author-notes")).Where(notesById.ContainsKey).Distinct()],
            Roles = [.. Children(contrib, "role").Select(ReadRole).OfType<JatsRole>()],
            Degrees = [.. Children(contrib, "degrees").Select(Plain).OfType<string>()],
        };
        return WithName(contributor, contrib);
    }

    /// <summary>name (or the first name in name-alternatives), then string-name, collab, anonymous.</summary>
    private JatsContributor WithName(JatsContributor contributor, XElement contrib)
    {
        var alternatives = Child(contrib, "name-alternatives");
        var name = Child(contrib, "name") ?? Child(alternatives, "name");
        if (name is not null)
        {
            return contributor with
            {
                Surname = Plain(Child(name, "surname")),
                GivenNames = Plain(Child(name, "given-names")),
                Prefix = Plain(Child(name, "prefix")),
                Suffix = Plain(Child(name, "suffix")),
                NameStyle = Clean(name.Attribute("name-style")?.Value) ?? "western",
            };
        }
        var stringName = Child(contrib, "string-name") ?? Child(alternatives, "string-name");
        if (stringName is not null)
        {
            // A string-name with tagged parts reads like name; an untagged one keeps the whole text as the surname,
            // since splitting "given surname" by guesswork breaks eastern and compound names.
            var surname = Plain(Child(stringName, "surname"));
            return contributor with
            {
                Surname = surname ?? Plain(stringName),
                GivenNames = surname is null ? null : Plain(Child(stringName, "given-names")),
                Prefix = Plain(Child(stringName, "prefix")),
                Suffix = Plain(Child(stringName, "suffix")),
                NameStyle = Clean(stringName.Attribute("name-style")?.Value) ?? "western",
            };
        }
        if (Child(contrib, "collab") is { } collab)
        {
            // eLife nests the group's members (a contrib-group) inside collab; they are not part of its name.
            return contributor with { Collab = PlainWithout(collab, e => Is(e, "contrib-group") || Is(e, "xref") || Is(e, "fn")) };
        }
        if (Child(contrib, "anonymous") is { } anonymous)
            return contributor with { Collab = Plain(anonymous) ?? "Anonymous" };
        return contributor;
    }

    /// <summary>contrib-id typed orcid, or any contrib-id, uri or ext-link pointing at orcid.org.</summary>
    private string? ReadOrcid(XElement contrib)
    {
        foreach (var id in Children(contrib, "contrib-id"))
        {
            var type = Clean(id.Attribute("contrib-id-type")?.Value);
            if ((type is null || type.Equals("orcid", StringComparison.OrdinalIgnoreCase) || (Plain(id) ?? "").Contains("orcid.org", StringComparison.OrdinalIgnoreCase))
                && BareOrcid(Plain(id)) is { } orcid)
            {
                return orcid;
            }
        }
        return Children(contrib, "uri").Concat(Children(contrib, "ext-link"))
            .Select(link => Href(link) ?? Plain(link))
            .Where(link => link is not null && link.Contains("orcid.org", StringComparison.OrdinalIgnoreCase))
            .Select(BareOrcid)
            .FirstOrDefault(orcid => orcid is not null);
    }

    /// <summary>
    /// fn-type "equal" says so outright. fn-type "con" is also used for per-author contribution statements (PLOS, eLife),
    /// so a "con" note counts only when its id or text says "equal" (English "equally", Spanish/Portuguese "igual…").
    /// </summary>
    private static bool IsEqualContributionNote(XElement footnote)
    {
        var type = Clean(footnote.Attribute("fn-type")?.Value)?.ToLowerInvariant();
        if (type is "equal" or "equal-contrib")
            return true;
        if (type != "con")
            return false;
        var id = footnote.Attribute("id")?.Value ?? "";
        var text = Plain(footnote) ?? "";
        return id.Contains("equal", StringComparison.OrdinalIgnoreCase)
            || text.Contains("equal", StringComparison.OrdinalIgnoreCase)
            || text.Contains("igual", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// role with JATS 1.2+ vocab-term/vocab-term-identifier (CRediT), or the earlier JATS4R form that put the CRediT URL
    /// in content-type.
    /// </summary>
    private static JatsRole? ReadRole(XElement role)
    {
        var text = Plain(role);
        var term = Clean(role.Attribute("vocab-term")?.Value);
        var identifier = Clean(role.Attribute("vocab-term-identifier")?.Value);
        var contentType = Clean(role.Attribute("content-type")?.Value);
        if (identifier is null && contentType is not null && contentType.Contains("credit", StringComparison.OrdinalIgnoreCase)
            && contentType.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            identifier = contentType;
            term ??= text;
        }
        text ??= term;
        return text is null ? null : new JatsRole(text, term, identifier);
    }

    private List<JatsNote> ReadAuthorNotes(XElement? authorNotes)
    {
        var notes = new List<JatsNote>();
        foreach (var child in authorNotes?.Elements() ?? [])
        {
            if (Is(child, "corresp"))
                notes.Add(Note(child, "corresp"));
            else if (Is(child, "fn"))
                notes.Add(Note(child, Clean(child.Attribute("fn-type")?.Value)));
            else if (Is(child, "p"))
                notes.Add(new JatsNote(null, null, null, null, BlockContent(child, _ => false)));
            else if (Is(child, "fn-group"))
                notes.AddRange(Children(child, "fn").Select(fn => Note(fn, Clean(fn.Attribute("fn-type")?.Value))));
        }
        return notes;
    }

    /// <summary>A corresp, fn or notes element: its label and title are kept apart from its content.</summary>
    private JatsNote Note(XElement note, string? type, string? title = null) => new(
        Clean(note.Attribute("id")?.Value),
        type,
        Plain(Child(note, "label")),
        title ?? Plain(Child(note, "title")),
        BlockContent(note, e => Is(e, "label") || Is(e, "title")));

    private static bool IsYes(XAttribute? attribute) =>
        string.Equals(attribute?.Value.Trim(), "yes", StringComparison.OrdinalIgnoreCase);
}
