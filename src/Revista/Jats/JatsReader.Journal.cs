using System.Xml.Linq;

namespace Revista.Jats;

// journal-meta, article-categories and title-group.
public sealed partial class JatsReader
{
    private JatsJournal ReadJournal(XElement? journalMeta)
    {
        if (journalMeta is null)
            return new JatsJournal();
        // NLM 2.x puts journal-title, trans-title and abbrev-journal-title directly in journal-meta; JATS wraps them
        // in journal-title-group (which may repeat, one per language).
        var titleContainers = Children(journalMeta, "journal-title-group").Prepend(journalMeta).ToList();
        var publisher = Child(journalMeta, "publisher");
        return new JatsJournal
        {
            JournalIds = [.. Children(journalMeta, "journal-id").Select(id => TypedValue(id, "journal-id-type")).OfType<JatsId>()],
            Title = titleContainers.SelectMany(c => Children(c, "journal-title")).Select(Plain).FirstOrDefault(t => t is not null),
            TransTitles = [.. titleContainers.SelectMany(ReadJournalTransTitles)],
            AbbreviatedTitles = [.. titleContainers.SelectMany(c => Children(c, "abbrev-journal-title")).Select(a => TypedValue(a, "abbrev-type")).OfType<JatsId>()],
            Issns = [.. Children(journalMeta, "issn").Concat(Children(journalMeta, "issn-l")).Select(ReadIssn).OfType<JatsId>()],
            PublisherName = Plain(Child(publisher, "publisher-name")),
            PublisherLocation = Plain(Child(publisher, "publisher-loc")),
        };
    }

    private IEnumerable<JatsTransTitle> ReadJournalTransTitles(XElement container)
    {
        foreach (var group in Children(container, "trans-title-group"))
        {
            var title = Child(group, "trans-title");
            if (title is not null)
                yield return new JatsTransTitle(LanguageOf(group) ?? LanguageOf(title) ?? language, RichText(title), OptionalRichText(Child(group, "trans-subtitle")));
        }
        foreach (var title in Children(container, "trans-title"))
            yield return new JatsTransTitle(LanguageOf(title) ?? language, RichText(title), null);
    }

    /// <summary>ISSN typed by pub-type (NLM, JATS ≤1.0) or publication-format (JATS 1.1+): print → "ppub", electronic → "epub".</summary>
    private static JatsId? ReadIssn(XElement issn)
    {
        var value = Plain(issn);
        if (value is null)
            return null;
        if (issn.Name.LocalName == "issn-l")
            return new JatsId("issn-l", value);
        var type = (Clean(issn.Attribute("pub-type")?.Value) ?? Clean(issn.Attribute("publication-format")?.Value))?.ToLowerInvariant() switch
        {
            null => "unknown",
            "ppub" or "print" => "ppub",
            "epub" or "electronic" or "online" => "epub",
            var other => other,
        };
        return new JatsId(type, value);
    }

    private static JatsId? TypedValue(XElement element, string typeAttribute)
    {
        var value = Plain(element);
        return value is null ? null : new JatsId(Clean(element.Attribute(typeAttribute)?.Value) ?? "unknown", value);
    }

    /// <summary>Every subject in document order; nested subj-groups inherit the type of the nearest typed group.</summary>
    private List<JatsSubject> ReadSubjects(XElement? categories)
    {
        var subjects = new List<JatsSubject>();
        foreach (var group in Children(categories, "subj-group"))
            CollectSubjects(group, null, subjects);
        return subjects;
    }

    private void CollectSubjects(XElement group, string? inheritedType, List<JatsSubject> subjects)
    {
        var type = Clean(group.Attribute("subj-group-type")?.Value) ?? inheritedType;
        foreach (var child in group.Elements())
        {
            if (Is(child, "subject") && Plain(child) is { } subject)
                subjects.Add(new JatsSubject(type, subject));
            else if (Is(child, "subj-group"))
                CollectSubjects(child, type, subjects);
        }
    }

    /// <summary>
    /// The heading a reader page shows above the title, i.e. the table-of-contents section. In order of preference:
    /// the first subject of a group typed "display-channel" (eLife's channel, e.g. "Research Article", whose "heading"
    /// groups are topics), then "heading" (PLOS, SciELO, PMC, Frontiers, Hindawi), then "article-type"/"Article Type"
    /// (MDPI and others), then the first subject of the first untyped top-level group (older PMC files). Groups typed
    /// otherwise (Discipline, keywords, research-organism …) are topics, never the section.
    /// </summary>
    private string? SectionOf(XElement? categories)
    {
        var groups = Children(categories, "subj-group").ToList();
        foreach (var wanted in (string?[])["display-channel", "heading", "article-type", null])
        {
            foreach (var group in groups)
            {
                var type = Clean(group.Attribute("subj-group-type")?.Value)?.ToLowerInvariant().Replace(' ', '-');
                if (type == wanted && Children(group, "subject").Select(Plain).FirstOrDefault(s => s is not null) is { } subject)
                    return subject;
            }
        }
        return null;
    }

    /// <summary>trans-title-group (JATS) and trans-title directly in title-group (NLM 2.x/3.0).</summary>
    private List<JatsTransTitle> ReadTransTitles(XElement? titleGroup)
    {
        var titles = new List<JatsTransTitle>();
        foreach (var child in titleGroup?.Elements() ?? [])
        {
            if (Is(child, "trans-title-group") && Child(child, "trans-title") is { } title)
            {
                titles.Add(new JatsTransTitle(LanguageOf(child) ?? LanguageOf(title) ?? language, RichText(title), OptionalRichText(Child(child, "trans-subtitle"))));
            }
            else if (Is(child, "trans-title"))
            {
                var lang = LanguageOf(child) ?? language;
                var subtitle = Children(titleGroup, "trans-subtitle").FirstOrDefault(s => (LanguageOf(s) ?? language) == lang);
                titles.Add(new JatsTransTitle(lang, RichText(child), OptionalRichText(subtitle)));
            }
        }
        return titles;
    }
}
