using System.Runtime.CompilerServices;
using System.Xml;
using System.Xml.Linq;

namespace Revista.Jats;

public static partial class JatsHtml
{
    /// <summary>
    /// One rendering pass over a document (or, for <see cref="JatsInline"/>, over one element). Holds the output, the
    /// HTML context (inside a phrasing element, inside a link, heading depth) and the problems found.
    /// </summary>
    internal sealed partial class Writer
    {
        internal const string MathMLNamespace = "http://www.w3.org/1998/Math/MathML";
        internal static readonly XNamespace Xlink = "http://www.w3.org/1999/xlink";
        internal static readonly XName XlinkHref = Xlink + "href";
        internal static readonly XName XmlLang = XNamespace.Xml + "lang";
        private static readonly XName IdName = "id";

        private readonly Func<string, AssetLink?>? resolveAsset;
        private readonly List<RenderProblem>? problems;
        private readonly HashSet<string> reportedUnknown = new(StringComparer.Ordinal);
        private Dictionary<string, XElement>? targets;
        private HtmlMarkup html = new();

        /// <summary>&gt; 0 while writing inside p, h1–h6 or an inline element: block markup would break the HTML tree there.</summary>
        private int phrasing;
        /// <summary>&gt; 0 inside a; nested links are written as their text.</summary>
        private int anchors;
        /// <summary>Heading level of a top-level section in the current container (h2 in a fragment, h3 in a structured abstract).</summary>
        private int headingBase = 2;
        /// <summary>Headings written by the enclosing sections; a section without a title adds no level.</summary>
        private int headingDepth;
        /// <summary>A label (list-item, fn) waiting to be written at the start of the next paragraph so they share a line.</summary>
        private XElement? pendingLabel;
        private UiText text = UiText.For("en");

        public Writer(Func<string, AssetLink?>? resolveAsset, List<RenderProblem>? problems)
        {
            this.resolveAsset = resolveAsset;
            this.problems = problems;
        }

        /// <summary>Inline HTML of an element's content (the element's own tag is not written); block content is flattened.</summary>
        public string InlineOf(XElement element)
        {
            html = new HtmlMarkup(256);
            text = UiText.For(LanguageOf(element, "en"));
            phrasing = 1;
            ChildrenSkippingLabel(element);
            return html.ToString().Trim();
        }

        /// <summary>Block HTML of an element's content; direct title and label are left to the caller, which shows them as a heading.</summary>
        public string BlocksOf(XElement element)
        {
            html = new HtmlMarkup(1024);
            text = UiText.For(LanguageOf(element, "en"));
            headingBase = 3;
            BlockContent(element, skipTitle: true, skipLabel: true);
            return html.ToString().Trim();
        }

        private static int? LineOf(XObject node) =>
            node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;

        private void Problem(string message, XObject at, bool missingAsset = false) => problems?.Add(new RenderProblem(message, LineOf(at), missingAsset));

        internal static string LanguageOf(XElement element, string fallback)
        {
            var lang = element.Attribute(XmlLang)?.Value.Trim();
            return string.IsNullOrEmpty(lang) ? fallback : lang.ToLowerInvariant();
        }

        private static string? Attr(XElement e, XName name)
        {
            var value = e.Attribute(name)?.Value;
            return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        }

        private static string? IdOf(XElement e) => Attr(e, IdName);

        /// <summary>
        /// Every element with an id, so xref targets can be checked and empty xrefs can show the target's label. Built
        /// once per document: JatsInline renders many small parts of the same document, each with a new writer.
        /// </summary>
        private Dictionary<string, XElement> Targets(XElement from)
        {
            if (targets is not null) return targets;
            var document = from.Document;
            targets = document is null ? IdsUnder(from.AncestorsAndSelf().Last()) : TargetsByDocument.GetValue(document, d => IdsUnder(d.Root!));
            return targets;
        }

        private static readonly ConditionalWeakTable<XDocument, Dictionary<string, XElement>> TargetsByDocument = new();

        private static Dictionary<string, XElement> IdsUnder(XElement root)
        {
            var ids = new Dictionary<string, XElement>(StringComparer.Ordinal);
            foreach (var e in root.DescendantsAndSelf())
            {
                if (e.Attribute(IdName)?.Value is { Length: > 0 } id) ids.TryAdd(id, e);
            }

            return ids;
        }

        /// <summary>Writes the content of an element: text encoded, elements through the allow-list, comments and PIs dropped.</summary>
        private void Children(XElement e)
        {
            for (var node = e.FirstNode; node is not null; node = node.NextNode)
            {
                if (node is XElement child) Element(child);
                else if (node is XText t) html.Text(t.Value);
            }
        }

        private void ChildrenSkippingLabel(XElement e)
        {
            for (var node = e.FirstNode; node is not null; node = node.NextNode)
            {
                if (node is XElement child)
                {
                    if (child.Name.LocalName != "label" || child.Name.NamespaceName.Length != 0) Element(child);
                }
                else if (node is XText t)
                {
                    html.Text(t.Value);
                }
            }
        }

        /// <summary>Children inside an inline wrapper; tag is a constant of ours.</summary>
        private void Wrapped(XElement e, string tag)
        {
            html.Start(tag);
            phrasing++;
            Children(e);
            phrasing--;
            html.End(tag);
        }

        private void Wrapped(XElement e, string tag, string cssClass)
        {
            html.Start(tag, cssClass);
            phrasing++;
            Children(e);
            phrasing--;
            html.End(tag);
        }

        /// <summary>A block element met where only phrasing content is allowed: its text is kept, its markup is not.</summary>
        private void Flattened(XElement e)
        {
            html.Separator();
            Children(e);
            html.Separator();
        }

        private void Unknown(XElement e)
        {
            var prefix = e.Name.NamespaceName.Length == 0 ? null : e.GetPrefixOfNamespace(e.Name.Namespace) ?? e.Name.NamespaceName;
            var name = prefix is null ? e.Name.LocalName : prefix + ":" + e.Name.LocalName;
            if (reportedUnknown.Add(name)) Problem($"unknown element <{name}>", e);
            Children(e);
        }

        /// <summary>
        /// Mixed content in a flow container (abstract, licence, list-item written without p): runs of text and inline
        /// elements become paragraphs, block elements are written as blocks.
        /// </summary>
        private void BlockContent(XElement e, bool skipTitle, bool skipLabel = false)
        {
            if (phrasing > 0)
            {
                Flattened(e);
                return;
            }

            var runOpen = false;
            for (var node = e.FirstNode; node is not null; node = node.NextNode)
            {
                if (node is XElement child)
                {
                    var name = child.Name.LocalName;
                    if (child.Name.NamespaceName.Length == 0 && ((skipTitle && name == "title") || (skipLabel && name == "label"))) continue;
                    if (child.Name.NamespaceName.Length == 0 && BlockNames.Contains(name))
                    {
                        if (runOpen)
                        {
                            CloseRun();
                            runOpen = false;
                        }

                        Element(child);
                        continue;
                    }

                    if (!runOpen)
                    {
                        OpenRun();
                        runOpen = true;
                    }

                    Element(child);
                }
                else if (node is XText t)
                {
                    if (!runOpen)
                    {
                        if (string.IsNullOrWhiteSpace(t.Value)) continue;
                        OpenRun();
                        runOpen = true;
                    }

                    html.Text(t.Value);
                }
            }

            if (runOpen) CloseRun();

            void OpenRun()
            {
                html.Start("p");
                phrasing++;
                WritePendingLabel();
            }

            void CloseRun()
            {
                phrasing--;
                html.EndBlock("p");
            }
        }
    }
}
