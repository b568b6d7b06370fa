using System.Collections.Frozen;
using System.Xml.Linq;

namespace Revista.Jats;

public static partial class JatsHtml
{
    internal sealed partial class Writer
    {
        private void ReferenceList(XElement list)
        {
            if (phrasing > 0)
            {
                Flattened(list);
                return;
            }

            var outermost = list.Parent?.Name.LocalName != "ref-list";
            html.Open("section").Id(IdOf(list)).Class("ref-list").Close();
            var heading = Heading(list, outermost ? text.References : null);
            var (label, title) = (heading.Label, heading.Title);
            var listOpen = false;
            for (var node = list.FirstNode; node is not null; node = node.NextNode)
            {
                if (node is not XElement child)
                {
                    if (node is XText t && !string.IsNullOrWhiteSpace(t.Value)) html.Text(t.Value);
                    continue;
                }

                if (ReferenceEquals(child, label) || ReferenceEquals(child, title)) continue;
                if (child.Name.LocalName == "ref")
                {
                    if (!listOpen) html.Start("ol", "references");
                    listOpen = true;
                    ReferenceItem(child, "li");
                    continue;
                }

                if (listOpen) html.EndBlock("ol");
                listOpen = false;
                Element(child);
            }

            if (listOpen) html.EndBlock("ol");
            EndHeading(heading);
            html.EndBlock("section");
        }

        /// <summary>A ref outside ref-list (e.g. in a footnote).</summary>
        private void Reference(XElement reference)
        {
            if (phrasing > 0) ReferenceContent(reference);
            else ReferenceItem(reference, "div");
        }

        private void ReferenceItem(XElement reference, string tag)
        {
            html.Open(tag).Id(IdOf(reference)).Class("ref").Close();
            phrasing++;
            ReferenceContent(reference);
            phrasing--;
            html.EndBlock(tag);
        }

        /// <summary>
        /// Label, then the citation as published (mixed-citation) when there is one, else the structured one assembled.
        /// SciELO files carry both forms of the same reference; the structured one then only adds identifiers the text lacks.
        /// </summary>
        private void ReferenceContent(XElement reference)
        {
            XElement? mixed = null;
            foreach (var child in reference.Elements())
            {
                if (child.Name.LocalName != "mixed-citation") continue;
                mixed = child;
                break;
            }

            var first = true;
            for (var node = reference.FirstNode; node is not null; node = node.NextNode)
            {
                if (node is not XElement child)
                {
                    if (node is XText t && !string.IsNullOrWhiteSpace(t.Value)) html.Text(t.Value);
                    continue;
                }

                var name = child.Name.LocalName;
                if (name == "label")
                {
                    Wrapped(child, "span", "label");
                    html.Raw(" ");
                    continue;
                }

                if (!first) html.Separator();
                first = false;
                if (mixed is not null && name is "element-citation" or "nlm-citation")
                {
                    MissingIdentifiers(child, mixed);
                    continue;
                }

                Element(child);
            }
        }

        private void Citation(XElement citation)
        {
            phrasing++;
            if (IsMixedContent(citation)) CitationChildren(citation);
            else AssembledCitation(citation);
            phrasing--;
        }

        /// <summary>Parts of a citation (JATS "references" class) that are words of their own.</summary>
        private static readonly FrozenSet<string> CitationPartNames = FrozenSet.ToFrozenSet(
        [
            "name", "string-name", "collab", "person-group", "etal", "surname", "given-names", "article-title", "source",
            "year", "month", "day", "season", "volume", "issue", "fpage", "lpage", "page-range", "elocation-id", "comment",
            "date-in-citation", "publisher-name", "publisher-loc", "edition", "chapter-title", "conf-name", "conf-date",
            "conf-loc", "conf-sponsor", "size", "supplement", "series", "trans-title", "trans-source", "part-title",
            "data-title", "version", "issue-id", "issue-part", "issue-title", "volume-id", "patent", "institution", "role",
            "std", "isbn", "issn", "pub-id", "ext-link", "uri", "date", "string-date", "page-count", "access-date", "x",
        ], StringComparer.Ordinal);

        /// <summary>
        /// A citation as published (also related-object and related-article): its text as written, with a space
        /// where the file runs a part into a word ("Suppl 4" then fpage "S109"; a name then a collab).
        /// </summary>
        private void CitationChildren(XElement citation)
        {
            var previousEndsWord = false;
            for (var node = citation.FirstNode; node is not null; node = node.NextNode)
            {
                if (node is XElement child)
                {
                    var isPart = child.Name.NamespaceName.Length == 0 && CitationPartNames.Contains(child.Name.LocalName);
                    if (isPart && previousEndsWord) html.Separator();
                    Element(child);
                    previousEndsWord = isPart;
                }
                else if (node is XText t)
                {
                    html.Text(t.Value);
                    previousEndsWord = t.Value.Length > 0 && char.IsLetterOrDigit(t.Value[^1]);
                }
            }
        }

        /// <summary>Punctuation written between the elements (mixed-citation as published) rather than only elements (element-citation).</summary>
        private static bool IsMixedContent(XElement e)
        {
            for (var node = e.FirstNode; node is not null; node = node.NextNode)
            {
                if (node is XText t && !string.IsNullOrWhiteSpace(t.Value)) return true;
            }

            return false;
        }

        /// <summary>DOI, PMID and PMCID links from the structured citation that the published one does not show.</summary>
        private void MissingIdentifiers(XElement structured, XElement mixed)
        {
            var shown = JatsInline.ToText(mixed);
            foreach (var id in structured.Elements("pub-id"))
            {
                var value = JatsInline.ToText(id);
                if (value.Length == 0 || shown.Contains(value, StringComparison.OrdinalIgnoreCase)) continue;
                IdentifierLink(Attr(id, "pub-id-type"), value);
            }
        }

        private void IdentifierLink(string? type, string value)
        {
            var url = IdentifierUrl(type, value);
            html.Separator();
            var prefix = type?.ToLowerInvariant() switch
            {
                "pmid" or "pubmed" => "PMID: ",
                "pmcid" or "pmc" => "PMCID: ",
                _ => null,
            };
            if (prefix is not null) html.Text(prefix);
            if (url is null || anchors > 0)
            {
                html.Text(value);
                return;
            }

            OpenExternalAnchor(url);
            // A DOI is shown as its https://doi.org/ link (Crossref display guidelines), with the DOI as the file writes it.
            html.Text(type?.ToLowerInvariant() == "doi" ? "https://doi.org/" + StripDoiPrefix(value) : value);
            CloseAnchor();
        }

        /// <summary>
        /// An element-citation written readably in Vancouver order: authors. Title. Editors. Source. Edition.
        /// Place: Publisher; year;volume(issue):pages. Then every remaining part in document order, then identifiers.
        /// Nothing is dropped: a part this order does not name is written among the remaining ones.
        /// </summary>
        private void AssembledCitation(XElement citation)
        {
            var used = new HashSet<XElement>();
            var parts = new CitationParts(citation);

            // Authors: person-group type author (or untyped), and names written directly in the citation (NLM 2.x/3.0).
            var authors = new List<XElement>();
            foreach (var child in citation.Elements())
            {
                var name = child.Name.LocalName;
                if (name == "person-group" && Attr(child, "person-group-type") is null or "author")
                {
                    used.Add(child);
                    authors.AddRange(child.Elements());
                }
                else if (name is "name" or "string-name" or "collab" or "etal" or "name-alternatives")
                {
                    used.Add(child);
                    authors.Add(child);
                }
            }

            if (authors.Count > 0)
            {
                NameList(authors);
                EndSentence();
            }

            var title = parts.First("article-title") ?? parts.First("chapter-title") ?? parts.First("data-title") ?? parts.First("part-title");
            if (title is not null)
            {
                used.Add(title);
                Children(title);
                var transTitle = parts.First("trans-title");
                if (transTitle is not null)
                {
                    used.Add(transTitle);
                    html.Text(" [");
                    Children(transTitle);
                    html.Text("]");
                }

                EndSentence();
            }

            foreach (var group in citation.Elements("person-group"))
            {
                if (used.Contains(group)) continue;
                used.Add(group);
                var editors = Attr(group, "person-group-type") == "editor";
                if (editors) html.Text(text.In + " ");
                NameList([.. group.Elements()]);
                if (editors) html.Text(", " + text.Editors);
                EndSentence();
            }

            var source = parts.First("source");
            if (source is not null)
            {
                used.Add(source);
                Children(source);
                var transSource = parts.First("trans-source");
                if (transSource is not null)
                {
                    used.Add(transSource);
                    html.Text(" [");
                    Children(transSource);
                    html.Text("]");
                }

                EndSentence();
            }

            if (parts.First("edition") is { } edition)
            {
                used.Add(edition);
                Children(edition);
                EndSentence();
            }

            var place = parts.First("publisher-loc");
            var publisher = parts.First("publisher-name");
            if (place is not null || publisher is not null)
            {
                if (place is not null)
                {
                    used.Add(place);
                    Children(place);
                    if (publisher is not null) html.Text(": ");
                }

                if (publisher is not null)
                {
                    used.Add(publisher);
                    Children(publisher);
                }

                html.Text(parts.HasDate || parts.HasLocation ? "; " : "");
                if (!parts.HasDate && !parts.HasLocation) EndSentence();
            }

            if (parts.HasDate || parts.HasLocation)
            {
                DateAndLocation(parts, used);
                EndSentence();
            }

            // Everything not written yet, in the order the file gives it; identifiers last.
            var ids = new List<XElement>();
            foreach (var child in citation.Elements())
            {
                if (used.Contains(child)) continue;
                if (child.Name.LocalName == "pub-id")
                {
                    ids.Add(child);
                    continue;
                }

                html.Separator();
                Element(child);
                if (child.Name.LocalName is not ("ext-link" or "uri")) EndSentence();
            }

            foreach (var id in ids) IdentifierLink(Attr(id, "pub-id-type"), JatsInline.ToText(id));
            TrimTrailingSpace();
        }

        /// <summary>year month day; volume(issue):pages — the Vancouver journal form.</summary>
        private void DateAndLocation(CitationParts parts, HashSet<XElement> used)
        {
            var dateWritten = false;
            foreach (var name in (ReadOnlySpan<string>)["year", "season", "month", "day"])
            {
                if (parts.First(name) is not { } part) continue;
                used.Add(part);
                if (dateWritten) html.Raw(" ");
                Children(part);
                dateWritten = true;
            }

            var volume = parts.First("volume");
            var issue = parts.First("issue");
            if (volume is not null || issue is not null)
            {
                if (dateWritten) html.Raw(";");
                if (volume is not null)
                {
                    used.Add(volume);
                    Children(volume);
                }

                if (issue is not null)
                {
                    used.Add(issue);
                    html.Raw("(");
                    Children(issue);
                    html.Raw(")");
                }
            }

            var supplement = parts.First("supplement");
            if (supplement is not null)
            {
                used.Add(supplement);
                html.Raw(" ");
                Children(supplement);
            }

            var fpage = parts.First("fpage");
            var lpage = parts.First("lpage");
            var range = parts.First("page-range");
            var elocation = parts.First("elocation-id");
            if (fpage is null && range is null && elocation is null) return;
            html.Raw(volume is not null || issue is not null || dateWritten ? ":" : "");
            if (range is not null)
            {
                used.Add(range);
                Children(range);
            }
            else if (fpage is not null)
            {
                used.Add(fpage);
                Children(fpage);
                if (lpage is not null)
                {
                    used.Add(lpage);
                    html.Raw("-");
                    Children(lpage);
                }
            }

            if (elocation is not null)
            {
                used.Add(elocation);
                if (range is not null || fpage is not null) html.Raw(" ");
                Children(elocation);
            }
        }

        /// <summary>Names as "Surname GivenNames", comma separated, then "et al.".</summary>
        private void NameList(List<XElement> names)
        {
            var first = true;
            foreach (var name in names)
            {
                if (!first) html.Raw(", ");
                first = false;
                Element(name);
            }
        }

        /// <summary>Ends a citation part with a full stop unless it already ends with punctuation.</summary>
        private void EndSentence()
        {
            TrimTrailingSpace();
            var last = html.LastTextChar();
            if (last is not ('.' or '?' or '!' or '\0')) html.Raw(".");
            html.Raw(" ");
        }

        private void TrimTrailingSpace()
        {
            while (html.Length > 0 && html.LastChar == ' ') html.Truncate(html.Length - 1);
        }

        /// <summary>Name parts with a space between them when the file writes none (surname and given-names are elements).</summary>
        private void Name(XElement name)
        {
            if (name.Name.LocalName == "name-alternatives")
            {
                // The same name in several scripts or forms; the first is the one a citation shows.
                if (name.Elements().FirstOrDefault() is { } firstName) Element(firstName);
                return;
            }

            var previousWasElement = false;
            for (var node = name.FirstNode; node is not null; node = node.NextNode)
            {
                if (node is XElement part)
                {
                    if (previousWasElement) html.Separator();
                    Element(part);
                    previousWasElement = true;
                }
                else if (node is XText t && !string.IsNullOrWhiteSpace(t.Value))
                {
                    // Indentation between name parts is dropped; the parts get a single space above.
                    html.Text(t.Value);
                    previousWasElement = false;
                }
            }
        }

        /// <summary>A person-group inside a citation as published: a comma between names the file does not separate.</summary>
        private void PersonGroup(XElement group)
        {
            var previousWasName = false;
            for (var node = group.FirstNode; node is not null; node = node.NextNode)
            {
                if (node is XElement part)
                {
                    if (previousWasName) html.Raw(", ");
                    Element(part);
                    previousWasName = part.Name.LocalName is "name" or "string-name" or "collab" or "name-alternatives";
                }
                else if (node is XText t)
                {
                    html.Text(t.Value);
                    if (!string.IsNullOrWhiteSpace(t.Value)) previousWasName = false;
                }
            }
        }

        private void EtAl(XElement e)
        {
            if (HasVisibleContent(e))
            {
                Children(e);
                return;
            }

            var next = e.NextNode as XText;
            html.Separator();
            html.Text(next is not null && next.Value.TrimStart().StartsWith('.') ? "et al" : "et al.");
        }

        /// <summary>The first child of each name in an element-citation, found in one pass.</summary>
        private sealed class CitationParts
        {
            private readonly Dictionary<string, XElement> first = new(StringComparer.Ordinal);

            public CitationParts(XElement citation)
            {
                foreach (var child in citation.Elements())
                {
                    first.TryAdd(child.Name.LocalName, child);
                }
            }

            public XElement? First(string name) => first.GetValueOrDefault(name);

            public bool HasDate => first.ContainsKey("year") || first.ContainsKey("month") || first.ContainsKey("season");

            public bool HasLocation => first.ContainsKey("volume") || first.ContainsKey("issue") || first.ContainsKey("fpage")
                || first.ContainsKey("page-range") || first.ContainsKey("elocation-id");
        }
    }
}
