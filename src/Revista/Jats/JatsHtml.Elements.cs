using System.Collections.Frozen;
using System.Xml.Linq;

namespace Revista.Jats;

public static partial class JatsHtml
{
    internal sealed partial class Writer
    {
        /// <summary>
        /// JATS elements we write as block HTML (section, div, figure, table, lists, pre, hr). A p holding any of them
        /// becomes div.p, because an HTML parser would close a p before them and the stored tree would differ from ours.
        /// </summary>
        internal static readonly FrozenSet<string> BlockNames = FrozenSet.ToFrozenSet(
        [
            "p", "sec", "list", "def-list", "disp-quote", "boxed-text", "fig", "fig-group", "table-wrap", "table-wrap-group",
            "table", "disp-formula", "disp-formula-group", "supplementary-material", "media", "preformat", "speech",
            "statement", "verse-group", "chem-struct-wrap", "fn", "fn-group", "hr", "array", "ack", "app", "app-group",
            "glossary", "notes", "ref-list", "bio", "sig-block", "license-p", "title", "caption", "question-wrap",
            "question", "answer", "explanation", "answer-set", "block-alternatives", "sub-article", "response",
            "verse-line", "attrib", "list-item", "permissions", "long-desc",
        ], StringComparer.Ordinal);

        private void Element(XElement e)
        {
            if (e.Name.NamespaceName.Length != 0)
            {
                if (e.Name.NamespaceName == MathMLNamespace)
                {
                    if (e.Name.LocalName == "math") MathElement(e, InDisplayFormula(e));
                    else
                    {
                        // A MathML element without its math root (invalid, but seen): given one, so HTML parsers read it as MathML.
                        html.Start("math");
                        Mathml(e);
                        html.End("math");
                    }
                }
                else if (e.Name.NamespaceName == AliNamespace)
                {
                    // NISO Access and License Indicators: the licence URL is shown, free_to_read carries no text.
                    if (e.Name.LocalName == "license_ref") LicenseReference(e);
                }
                else
                {
                    Unknown(e);
                }

                return;
            }

            switch (e.Name.LocalName)
            {
                // Structure (JATS Tag Library: sec, p, title, label)
                case "sec": Section(e, "section", null); break;
                case "p": Paragraph(e); break;
                case "title": LooseTitle(e); break;
                case "label": Wrapped(e, "span", "label"); break;
                case "caption": Caption(e); break;
                case "license-p": Paragraph(e); break;

                // Lists
                case "list": List(e); break;
                case "list-item": ListItemOutsideList(e); break;
                case "def-list": DefinitionList(e); break;
                case "def-item" or "term" or "def" or "term-head" or "def-head": Flattened(e); break;

                // Display elements
                case "disp-quote": Quote(e); break;
                case "attrib": Attribution(e); break;
                case "boxed-text": Section(e, "aside", "boxed-text"); break;
                case "speech": Speech(e); break;
                case "speaker": Wrapped(e, "b", "speaker"); break;
                case "statement": Statement(e); break;
                case "verse-group": VerseGroup(e); break;
                case "verse-line": VerseLine(e); break;
                case "preformat": Preformatted(e); break;
                case "code": Code(e); break;
                case "hr": Rule(e); break;
                case "break": html.Raw("<br>"); break;
                case "question-wrap" or "question" or "answer" or "explanation" or "answer-set": Division(e, "div", "qa"); break;
                case "option": Division(e, "div", "option"); break;
                case "block-alternatives": Alternatives(e); break;

                // Figures, graphics and files
                case "fig": Figure(e); break;
                case "fig-group": FigureGroup(e); break;
                case "graphic": Graphic(e); break;
                case "inline-graphic": InlineGraphic(e); break;
                case "media": Media(e); break;
                case "supplementary-material": Supplement(e); break;
                case "inline-supplementary-material": InlineSupplement(e); break;
                case "alternatives": Alternatives(e); break;
                case "alt-text": break;
                case "long-desc": LongDescription(e); break;
                case "object-id": ObjectId(e); break;
                case "permissions": Permissions(e); break;
                case "copyright-statement" or "copyright-year" or "copyright-holder" or "license":
                    Flattened(e);
                    break;
                case "chem-struct-wrap": Display(e, "chem-struct-wrap"); break;
                case "chem-struct": ChemStruct(e); break;
                case "glyph-data" or "glyph-ref": break;
                case "private-char": Children(e); break;

                // Tables
                case "table-wrap": TableWrap(e); break;
                case "table-wrap-group": Display(e, "table-wrap-group"); break;
                case "table-wrap-foot": TableFoot(e); break;
                case "table": Table(e); break;
                case "array": ArrayTable(e); break;
                case "thead" or "tbody" or "tfoot" or "tr" or "th" or "td" or "col" or "colgroup":
                    // Table parts outside a table (invalid JATS): their text is all we can keep.
                    Flattened(e);
                    break;

                // Mathematics
                case "disp-formula": DisplayFormula(e); break;
                case "disp-formula-group": Display(e, "disp-formula-group"); break;
                case "inline-formula": InlineFormula(e); break;
                case "tex-math": TexMath(e); break;
                case "math": MathElement(e, InDisplayFormula(e)); break;

                // Inline formatting (JATS "emphasis" class)
                case "italic": Wrapped(e, "i"); break;
                case "bold": Wrapped(e, "b"); break;
                case "sup": Wrapped(e, "sup"); break;
                case "sub": Wrapped(e, "sub"); break;
                case "sc": Wrapped(e, "span", "sc"); break;
                case "monospace": Wrapped(e, "code"); break;
                case "underline": Wrapped(e, "u"); break;
                case "strike": Wrapped(e, "s"); break;
                case "overline": Wrapped(e, "span", "overline"); break;
                case "roman": Wrapped(e, "span", "roman"); break;
                case "sans-serif": Wrapped(e, "span", "sans-serif"); break;
                case "fixed-case": Children(e); break;
                case "ruby": Wrapped(e, "ruby"); break;
                case "rb": Children(e); break;
                case "rt": Wrapped(e, "rt"); break;
                case "abbrev": Wrapped(e, "abbr"); break;
                case "named-content": Wrapped(e, "span", "named-content"); break;
                case "styled-content": Wrapped(e, "span", "styled-content"); break;
                case "x" or "target" or "milestone-start" or "milestone-end": Anchor(e); break;
                case "index-term" or "index-term-range-end": break;

                // Links
                case "xref": CrossReference(e); break;
                case "ext-link": ExternalLink(e); break;
                case "uri": Uri(e); break;
                case "self-uri": Uri(e); break;
                case "email": Email(e); break;
                case "pub-id": PublicationId(e); break;
                case "related-article" or "related-object": RelatedLink(e); break;

                // Back matter and notes
                case "ack": Section(e, "section", "ack"); break;
                case "app-group": Section(e, "section", "app-group"); break;
                case "app": Section(e, "section", "app"); break;
                case "glossary": Section(e, "section", "glossary"); break;
                case "notes": Section(e, "section", "notes"); break;
                case "bio": Section(e, "section", "bio"); break;
                case "sig-block": Division(e, "div", "sig-block"); break;
                case "sig": Division(e, "div", "sig"); break;
                case "fn-group": FootnoteGroup(e); break;
                case "fn": Footnote(e); break;
                case "ref-list": ReferenceList(e); break;
                case "ref": Reference(e); break;
                case "mixed-citation" or "element-citation" or "nlm-citation" or "citation":
                    Citation(e);
                    break;
                case "citation-alternatives": Children(e); break;
                case "body" or "back": Children(e); break;
                case "sub-article" or "response": AppendedSubArticle(e); break;
                case "sec-meta" or "kwd-group" or "front-stub" or "front" or "floats-group": break;

                // Parts of citations and names: their text in place (JATS "references" class)
                case "name" or "string-name" or "name-alternatives": Name(e); break;
                case "person-group": PersonGroup(e); break;
                case "etal": EtAl(e); break;
                case "surname" or "given-names" or "prefix" or "suffix" or "collab" or "article-title" or "source"
                    or "year" or "month" or "day" or "season" or "volume" or "issue" or "fpage" or "lpage"
                    or "page-range" or "elocation-id" or "comment" or "date-in-citation" or "publisher-name"
                    or "publisher-loc" or "edition" or "chapter-title" or "conf-name" or "conf-date" or "conf-loc"
                    or "conf-sponsor" or "conf-acronym" or "size" or "supplement" or "series" or "trans-title"
                    or "trans-source" or "part-title" or "data-title" or "version" or "issue-id" or "issue-part"
                    or "issue-title" or "volume-id" or "volume-series" or "patent" or "institution" or "role"
                    or "std" or "std-organization" or "isbn" or "issn" or "issn-l" or "gov" or "annotation"
                    or "date" or "string-date" or "page-count" or "access-date" or "time-stamp" or "degrees"
                    or "institution-wrap" or "country" or "addr-line" or "city" or "state" or "postal-code"
                    or "award-id" or "funding-source" or "contrib-id" or "subject" or "kwd" or "string-conf"
                    or "conference" or "article-id" or "journal-id" or "abbrev-journal-title" or "journal-title":
                    Children(e);
                    break;
                case "aff": Division(e, "span", "aff"); break;
                case "contrib-group" or "contrib": Children(e); break;

                default: Unknown(e); break;
            }
        }

        private const string AliNamespace = "http://www.niso.org/schemas/ali/1.0/";

        private static bool InDisplayFormula(XElement math)
        {
            var parent = math.Parent;
            if (parent?.Name.LocalName == "alternatives") parent = parent.Parent;
            return parent?.Name.LocalName == "disp-formula";
        }

        /// <summary>An inline element that only carries an anchor (target, milestone) or semantics we keep as plain text.</summary>
        private void Anchor(XElement e)
        {
            var id = e.Name.LocalName is "target" or "milestone-start" or "milestone-end" ? IdOf(e) : null;
            if (id is null)
            {
                Children(e);
                return;
            }

            html.Open("span").Id(id).Close();
            phrasing++;
            Children(e);
            phrasing--;
            html.End("span");
        }

        /// <summary>A generic container (sig-block, aff, question); inline when the context only allows phrasing content.</summary>
        private void Division(XElement e, string tag, string cssClass)
        {
            if (phrasing > 0 || tag == "span")
            {
                html.Open("span").Id(IdOf(e)).Class(cssClass).Close();
                phrasing++;
                Children(e);
                phrasing--;
                html.End("span");
                return;
            }

            html.Open(tag).Id(IdOf(e)).Class(cssClass).Close();
            BlockContent(e, skipTitle: false);
            html.EndBlock(tag);
        }
    }
}
