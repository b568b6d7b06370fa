using System.Xml.Linq;

namespace Revista.Jats;

// abstract, trans-abstract, kwd-group, notes, custom-meta and back-matter footnotes.
public sealed partial class JatsReader
{
    /// <summary>
    /// Every abstract and trans-abstract of an article-meta or front-stub. The heading (title), label and object-id
    /// are kept out of the body: the title goes to <see cref="JatsAbstract.Title"/>, the DOI line is eLife furniture.
    /// </summary>
    private IReadOnlyList<JatsAbstract> ReadAbstracts(XElement? meta, string ownerLanguage) =>
    [
        .. (meta?.Elements() ?? [])
            .Where(e => Is(e, "abstract") || Is(e, "trans-abstract"))
            .Select(e =>
            {
                var lang = LanguageOf(e) ?? ownerLanguage;
                var body = BlockContent(e, c => Is(c, "title") || Is(c, "label") || Is(c, "object-id"));
                return new JatsAbstract
                {
                    Language = lang,
                    Type = Clean(e.Attribute("abstract-type")?.Value),
                    IsTranslation = Is(e, "trans-abstract") || lang != ownerLanguage,
                    Title = Plain(Child(e, "title")),
                    Html = body.Html,
                    Text = body.Text,
                };
            }),
    ];

    /// <summary>kwd-group by language; compound-kwd parts are joined with spaces.</summary>
    private IReadOnlyList<JatsKeywordGroup> ReadKeywordGroups(XElement? meta, string ownerLanguage) =>
    [
        .. Children(meta, "kwd-group").Select(group => new JatsKeywordGroup(
            LanguageOf(group) ?? ownerLanguage,
            Clean(group.Attribute("kwd-group-type")?.Value),
            Plain(Child(group, "title")),
            [.. group.Descendants().Where(k => Is(k, "kwd") || Is(k, "compound-kwd"))
                .Where(k => !k.Ancestors().Any(a => Is(a, "compound-kwd")))
                .Select(k => Is(k, "compound-kwd")
                    ? string.Join(" ", Children(k, "compound-kwd-part").Select(Plain).OfType<string>())
                    : Plain(k))
                .Where(k => !string.IsNullOrEmpty(k))
                .Select(k => k!)])),
    ];

    /// <summary>
    /// Back-matter footnotes: each fn of an fn-group anywhere in back (eLife puts them in back/sec), titled by their
    /// fn-group's title. Table footnotes (table-wrap-foot) belong to their table and are not listed.
    /// </summary>
    private IReadOnlyList<JatsNote> ReadFootnotes(XElement? back) =>
    [
        .. Descendants(back, "fn-group")
            .Where(g => !g.Ancestors().Any(a => Is(a, "table-wrap-foot")))
            .SelectMany(g => Children(g, "fn").Select(fn => Note(fn, Clean(fn.Attribute("fn-type")?.Value), Plain(Child(g, "title"))))),
    ];

    /// <summary>notes elements of the main article (front and back; JATS Tag Library: notes) and custom-meta entries.</summary>
    private List<JatsNote> ReadNotes(XElement? front, XElement? meta)
    {
        var notes = new List<JatsNote>();
        foreach (var container in new[] { front, Child(root, "back") })
        {
            foreach (var note in Descendants(container, "notes").Where(n => !n.Ancestors().Any(a => Is(a, "notes"))))
                notes.Add(Note(note, Clean(note.Attribute("notes-type")?.Value)));
        }
        foreach (var custom in Children(meta, "custom-meta-group").SelectMany(g => Children(g, "custom-meta")))
        {
            var value = Child(custom, "meta-value");
            notes.Add(new JatsNote(
                Clean(custom.Attribute("id")?.Value),
                "custom-meta",
                null,
                Plain(Child(custom, "meta-name")),
                value is null ? JatsText.Empty : RichText(value)));
        }
        return notes;
    }
}
