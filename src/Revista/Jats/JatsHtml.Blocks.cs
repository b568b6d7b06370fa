using System.Xml.Linq;

namespace Revista.Jats;

public static partial class JatsHtml
{
    internal sealed partial class Writer
    {
        private static readonly string[] HeadingTags = ["h1", "h1", "h2", "h3", "h4", "h5", "h6"];

        /// <summary>sec, boxed-text, ack, app, glossary, notes…: a sectioning element whose label and title become its heading.</summary>
        private void Section(XElement e, string tag, string? cssClass, string? defaultTitle = null)
        {
            if (phrasing > 0)
            {
                Flattened(e);
                return;
            }

            html.Open(tag).Id(IdOf(e));
            if (cssClass is not null) html.Class(cssClass);
            LanguageAttribute(e);
            html.Close();
            var heading = Heading(e, defaultTitle ?? DefaultTitle(e.Name.LocalName));
            var (label, title) = (heading.Label, heading.Title);
            for (var node = e.FirstNode; node is not null; node = node.NextNode)
            {
                if (node is XElement child)
                {
                    if (ReferenceEquals(child, label) || ReferenceEquals(child, title)) continue;
                    Element(child);
                }
                else if (node is XText t && !string.IsNullOrWhiteSpace(t.Value))
                {
                    html.Text(t.Value);
                }
            }

            EndHeading(heading);
            html.EndBlock(tag);
        }

        private string? DefaultTitle(string element) => element switch
        {
            "ack" => text.Acknowledgments,
            "glossary" => text.Abbreviations,
            _ => null,
        };

        /// <summary>xml:lang on a part written in another language than the fragment, so browsers and readers switch.</summary>
        private void LanguageAttribute(XElement e)
        {
            var lang = e.Attribute(XmlLang)?.Value;
            if (lang is null) return;
            foreach (var c in lang)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c != '-') return;
            }

            if (lang.Length is > 0 and < 36) html.Attribute("lang", lang.ToLowerInvariant());
        }

        /// <summary>
        /// Writes h2–h6 from the element's first label and title (or a default title) and counts it for the headings
        /// inside, until <see cref="EndHeading"/>; returns label and title so the caller skips them.
        /// </summary>
        private HeadingParts Heading(XElement e, string? defaultTitle)
        {
            var label = e.Element("label");
            var title = e.Element("title");
            if (label is null && title is null && defaultTitle is null) return default;
            var tag = HeadingTag();
            html.Start(tag);
            phrasing++;
            if (label is not null)
            {
                Wrapped(label, "span", "label");
                if (title is not null) html.Raw(" ");
            }

            if (title is not null) Children(title);
            else if (label is null) html.Text(defaultTitle);
            phrasing--;
            html.EndBlock(tag);
            headingDepth++;
            return new HeadingParts(label, title, true);
        }

        private void EndHeading(HeadingParts heading)
        {
            if (heading.Written) headingDepth--;
        }

        private string HeadingTag() => HeadingTags[Math.Clamp(headingBase + headingDepth, 2, 6)];

        private readonly record struct HeadingParts(XElement? Label, XElement? Title, bool Written);

        private void Paragraph(XElement p)
        {
            if (phrasing > 0)
            {
                Flattened(p);
                return;
            }

            if (ContainsBlock(p))
            {
                html.Open("div").Id(IdOf(p)).Class("p").Close();
                WritePendingLabel();
                MixedFlow(p);
                html.EndBlock("div");
                return;
            }

            html.Open("p").Id(IdOf(p)).Close();
            phrasing++;
            WritePendingLabel();
            Children(p);
            phrasing--;
            html.EndBlock("p");
        }

        /// <summary>Content of a div.p: block children are written as blocks, everything else as phrasing content.</summary>
        private void MixedFlow(XElement p)
        {
            for (var node = p.FirstNode; node is not null; node = node.NextNode)
            {
                if (node is XElement child)
                {
                    if (child.Name.NamespaceName.Length == 0 && BlockNames.Contains(child.Name.LocalName))
                    {
                        Element(child);
                        continue;
                    }

                    phrasing++;
                    Element(child);
                    phrasing--;
                }
                else if (node is XText t)
                {
                    html.Text(t.Value);
                }
            }
        }

        private static bool ContainsBlock(XElement p)
        {
            foreach (var d in p.Descendants())
            {
                if (d.Name.NamespaceName.Length == 0 && BlockNames.Contains(d.Name.LocalName)) return true;
            }

            return false;
        }

        private void WritePendingLabel()
        {
            if (pendingLabel is null) return;
            var label = pendingLabel;
            pendingLabel = null;
            Wrapped(label, "span", "label");
            html.Raw(" ");
        }

        /// <summary>
        /// Content of a list-item or fn: its label shares a line with the first paragraph when one comes first,
        /// otherwise it is written on its own before the content.
        /// </summary>
        private void LabelledContent(XElement e)
        {
            var label = e.Element("label");
            if (label is not null)
            {
                if (StartsWithParagraph(e, label)) pendingLabel = label;
                else Wrapped(label, "span", "label");
            }

            BlockContent(e, skipTitle: false, skipLabel: true);
            pendingLabel = null;
        }

        private static bool StartsWithParagraph(XElement e, XElement label)
        {
            for (var node = e.FirstNode; node is not null; node = node.NextNode)
            {
                if (ReferenceEquals(node, label)) continue;
                if (node is XText t)
                {
                    if (string.IsNullOrWhiteSpace(t.Value)) continue;
                    return true;
                }

                if (node is XElement child)
                {
                    return child.Name.NamespaceName.Length != 0 || child.Name.LocalName == "p"
                        || !BlockNames.Contains(child.Name.LocalName);
                }
            }

            return false;
        }

        /// <summary>A title outside the elements that make it a heading or caption.</summary>
        private void LooseTitle(XElement e)
        {
            if (phrasing > 0)
            {
                Flattened(e);
                return;
            }

            Wrapped(e, "p", "title");
            html.Raw("\n");
        }

        /// <summary>A caption outside fig and table-wrap (boxed-text, chem-struct-wrap).</summary>
        private void Caption(XElement e)
        {
            if (phrasing > 0)
            {
                Flattened(e);
                return;
            }

            html.Start("div", "caption");
            CaptionContent(e, null);
            html.EndBlock("div");
        }

        /// <summary>Label and caption title share the caption's first line; the caption's paragraphs follow.</summary>
        private void CaptionContent(XElement? caption, XElement? label)
        {
            var title = caption?.Element("title");
            if (label is not null || title is not null)
            {
                html.Start("p", "caption-title");
                phrasing++;
                if (label is not null)
                {
                    Wrapped(label, "span", "label");
                    if (title is not null) html.Raw(" ");
                }

                if (title is not null) Children(title);
                phrasing--;
                html.EndBlock("p");
            }

            if (caption is null) return;
            for (var node = caption.FirstNode; node is not null; node = node.NextNode)
            {
                if (node is XElement child)
                {
                    if (!ReferenceEquals(child, title)) Element(child);
                }
                else if (node is XText t && !string.IsNullOrWhiteSpace(t.Value))
                {
                    html.Text(t.Value);
                }
            }
        }

        private void List(XElement list)
        {
            if (phrasing > 0)
            {
                Flattened(list);
                return;
            }

            ListTitle(list);
            var labelled = false;
            foreach (var item in list.Elements("list-item"))
            {
                if (item.Element("label") is null) continue;
                labelled = true;
                break;
            }

            var listType = labelled ? "labelled" : Attr(list, "list-type") ?? "";
            var (tag, type, cssClass) = listType switch
            {
                "labelled" => ("ul", null, "list-labelled"),
                "order" => ("ol", null, null),
                "alpha-lower" => ("ol", "a", null),
                "alpha-upper" => ("ol", "A", null),
                "roman-lower" => ("ol", "i", null),
                "roman-upper" => ("ol", "I", null),
                "simple" => ("ul", null, "list-simple"),
                _ => ("ul", (string?)null, (string?)null),
            };
            html.Open(tag).Id(IdOf(list));
            if (type is not null) html.Attribute("type", type);
            if (cssClass is not null) html.Class(cssClass);
            html.Close();
            foreach (var child in list.Elements())
            {
                switch (child.Name.LocalName)
                {
                    case "title" or "label" when child.Name.NamespaceName.Length == 0:
                        break;
                    case "list-item":
                        html.Open("li").Id(IdOf(child)).Close();
                        LabelledContent(child);
                        html.EndBlock("li");
                        break;
                    default:
                        html.Start("li");
                        Element(child);
                        html.EndBlock("li");
                        break;
                }
            }

            html.EndBlock(tag);
        }

        /// <summary>A list's (or def-list's) own label and title, written before it.</summary>
        private void ListTitle(XElement list)
        {
            var label = list.Element("label");
            var title = list.Element("title");
            if (label is null && title is null) return;
            html.Start("p", "list-title");
            phrasing++;
            if (label is not null)
            {
                Wrapped(label, "span", "label");
                html.Raw(" ");
            }

            if (title is not null) Children(title);
            phrasing--;
            html.EndBlock("p");
        }

        private void ListItemOutsideList(XElement item)
        {
            if (phrasing > 0)
            {
                Flattened(item);
                return;
            }

            html.Open("div").Id(IdOf(item)).Class("list-item").Close();
            LabelledContent(item);
            html.EndBlock("div");
        }

        private void DefinitionList(XElement list)
        {
            if (phrasing > 0)
            {
                Flattened(list);
                return;
            }

            ListTitle(list);
            html.Open("dl").Id(IdOf(list)).Class("def-list").Close();
            foreach (var child in list.Elements())
            {
                switch (child.Name.LocalName)
                {
                    case "title" or "label" when child.Name.NamespaceName.Length == 0:
                        break;
                    case "def-item":
                        foreach (var part in child.Elements())
                        {
                            if (part.Name.LocalName == "term") Term(part, null);
                            else Definition(part, null);
                        }

                        break;
                    case "term-head":
                        Term(child, "head");
                        break;
                    case "def-head":
                        Definition(child, "head");
                        break;
                    default:
                        Definition(child, null);
                        break;
                }
            }

            html.EndBlock("dl");
        }

        private void Term(XElement term, string? cssClass)
        {
            html.Open("dt").Id(IdOf(term));
            if (cssClass is not null) html.Class(cssClass);
            html.Close();
            phrasing++;
            Children(term);
            phrasing--;
            html.EndBlock("dt");
        }

        private void Definition(XElement def, string? cssClass)
        {
            html.Open("dd").Id(IdOf(def));
            if (cssClass is not null) html.Class(cssClass);
            html.Close();
            if (def.Name.LocalName is "def" or "def-head") BlockContent(def, skipTitle: false);
            else Element(def);
            html.EndBlock("dd");
        }

        private void Quote(XElement e)
        {
            if (phrasing > 0)
            {
                Flattened(e);
                return;
            }

            html.Open("blockquote").Id(IdOf(e)).Class("disp-quote").Close();
            BlockContent(e, skipTitle: false);
            html.EndBlock("blockquote");
        }

        private void Attribution(XElement e)
        {
            if (phrasing > 0) Wrapped(e, "span", "attrib");
            else
            {
                Wrapped(e, "p", "attrib");
                html.Raw("\n");
            }
        }

        private void Speech(XElement e) => Division(e, "div", "speech");

        private void Statement(XElement e) => Section(e, "div", "statement");

        private void VerseGroup(XElement e) => Division(e, "div", "verse-group");

        private void VerseLine(XElement e)
        {
            if (phrasing > 0)
            {
                Children(e);
                html.Raw("<br>");
                return;
            }

            Wrapped(e, "p", "verse-line");
            html.Raw("\n");
        }

        private void Preformatted(XElement e)
        {
            if (phrasing > 0)
            {
                Wrapped(e, "code");
                return;
            }

            html.Open("pre").Id(IdOf(e)).Class("preformat").Close();
            WritePreserved(e);
            html.EndBlock("pre");
        }

        /// <summary>JATS code is display code at block level and inline code inside a paragraph.</summary>
        private void Code(XElement e)
        {
            if (phrasing > 0)
            {
                Wrapped(e, "code");
                return;
            }

            html.Open("pre").Id(IdOf(e)).Class("code").Close();
            html.Start("code");
            WritePreserved(e);
            html.End("code");
            html.EndBlock("pre");
        }

        private void WritePreserved(XElement e)
        {
            var before = html.PreserveWhitespace;
            html.PreserveWhitespace = true;
            phrasing++;
            Children(e);
            phrasing--;
            html.PreserveWhitespace = before;
        }

        private void Rule(XElement e)
        {
            if (phrasing > 0)
            {
                html.Raw("<br>");
                return;
            }

            _ = e;
            html.Raw("<hr>\n");
        }

        private void LongDescription(XElement e)
        {
            if (phrasing > 0) Wrapped(e, "span", "long-desc");
            else Division(e, "div", "long-desc");
        }

        private void Permissions(XElement e)
        {
            if (phrasing > 0) Flattened(e);
            else Division(e, "div", "permissions");
        }

        private void FootnoteGroup(XElement group)
        {
            if (phrasing > 0)
            {
                Flattened(group);
                return;
            }

            html.Open("section").Id(IdOf(group)).Class("fn-group").Close();
            var heading = Heading(group, null);
            var (label, title) = (heading.Label, heading.Title);
            ChildrenWithFootnoteList(group, child => ReferenceEquals(child, label) || ReferenceEquals(child, title));
            EndHeading(heading);
            html.EndBlock("section");
        }

        /// <summary>Writes a container's children, gathering each run of fn elements into one footnote list.</summary>
        private void ChildrenWithFootnoteList(XElement parent, Func<XElement, bool> skip)
        {
            var listOpen = false;
            for (var node = parent.FirstNode; node is not null; node = node.NextNode)
            {
                if (node is not XElement child)
                {
                    if (node is XText t && !string.IsNullOrWhiteSpace(t.Value)) html.Text(t.Value);
                    continue;
                }

                if (skip(child)) continue;
                if (child.Name.LocalName == "fn" && child.Name.NamespaceName.Length == 0)
                {
                    if (!listOpen) html.Start("ul", "fn-list");
                    listOpen = true;
                    html.Open("li").Id(IdOf(child)).Class("fn").Close();
                    LabelledContent(child);
                    html.EndBlock("li");
                    continue;
                }

                if (listOpen) html.EndBlock("ul");
                listOpen = false;
                Element(child);
            }

            if (listOpen) html.EndBlock("ul");
        }

        private void Footnote(XElement fn)
        {
            if (phrasing > 0)
            {
                html.Open("span").Id(IdOf(fn)).Class("fn").Close();
                Children(fn);
                html.End("span");
                return;
            }

            html.Open("div").Id(IdOf(fn)).Class("fn").Close();
            LabelledContent(fn);
            html.EndBlock("div");
        }

        /// <summary>A float that groups others or wraps one object (table-wrap-group, chem-struct-wrap, disp-formula-group).</summary>
        private void Display(XElement e, string cssClass)
        {
            if (phrasing > 0)
            {
                Flattened(e);
                return;
            }

            html.Open("figure").Id(IdOf(e)).Class(cssClass).Close();
            var label = e.Element("label");
            var caption = e.Element("caption");
            if (label is not null || caption is not null)
            {
                html.Start("figcaption");
                CaptionContent(caption, label);
                html.EndBlock("figcaption");
            }

            for (var node = e.FirstNode; node is not null; node = node.NextNode)
            {
                if (node is XElement child)
                {
                    if (!ReferenceEquals(child, label) && !ReferenceEquals(child, caption)) Element(child);
                }
                else if (node is XText t && !string.IsNullOrWhiteSpace(t.Value))
                {
                    html.Text(t.Value);
                }
            }

            html.EndBlock("figure");
        }
    }
}
