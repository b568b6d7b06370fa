using System.Collections.Frozen;
using System.Xml.Linq;

namespace Revista.Jats;

public static partial class JatsHtml
{
    internal sealed partial class Writer
    {
        /// <summary>
        /// Presentation MathML elements written into the HTML (as namespace-free &lt;math&gt;, which HTML parsers place in
        /// the MathML namespace). Left out on purpose: maction (scripted toggles), mglyph (loads a src), annotation and
        /// annotation-xml (may carry HTML), semantics (only its first child is shown).
        /// </summary>
        internal static readonly FrozenSet<string> MathElements = FrozenSet.ToFrozenSet(
        [
            "math", "mi", "mn", "mo", "ms", "mtext", "mspace", "mrow", "mfrac", "msqrt", "mroot", "mstyle", "merror",
            "mpadded", "mphantom", "mfenced", "menclose", "msub", "msup", "msubsup", "munder", "mover", "munderover",
            "mmultiscripts", "mprescripts", "none", "mtable", "mtr", "mtd", "mlabeledtr", "maligngroup", "malignmark",
            "mstack", "msgroup", "msrow", "mscarries", "mscarry", "msline", "mlongdiv",
        ], StringComparer.Ordinal);

        /// <summary>MathML layout attributes kept; never href, xlink:*, on*, style, class, id or colour.</summary>
        internal static readonly FrozenSet<string> MathAttributes = FrozenSet.ToFrozenSet(
        [
            "accent", "accentunder", "align", "alignmentscope", "bevelled", "close", "columnalign", "columnlines",
            "columnspacing", "columnspan", "columnwidth", "crossout", "denomalign", "depth", "dir", "display",
            "displaystyle", "edge", "equalcolumns", "equalrows", "fence", "form", "frame", "framespacing", "groupalign",
            "height", "largeop", "leftoverhang", "length", "linebreak", "linebreakmultchar", "linebreakstyle",
            "lineleading", "linethickness", "location", "longdivstyle", "lquote", "lspace", "mathsize", "mathvariant",
            "maxsize", "minlabelspacing", "minsize", "movablelimits", "notation", "numalign", "open", "position",
            "rightoverhang", "rowalign", "rowlines", "rowspacing", "rowspan", "rquote", "rspace", "scriptlevel",
            "scriptminsize", "scriptsizemultiplier", "separator", "separators", "shift", "side", "stackalign",
            "stretchy", "subscriptshift", "superscriptshift", "symmetric", "valign", "voffset", "width", "alttext",
        ], StringComparer.Ordinal);

        private void DisplayFormula(XElement formula)
        {
            var label = formula.Element("label");
            if (phrasing > 0)
            {
                html.Open("span").Id(IdOf(formula)).Class("disp-formula").Close();
                FormulaContent(formula, label, display: false);
                html.End("span");
                return;
            }

            var outerAlt = floatAlt;
            floatAlt = formula.Element("alt-text") is { } altText ? JatsInline.ToText(altText) : label is null ? "" : JatsInline.ToText(label);
            html.Open("div").Id(IdOf(formula)).Class("disp-formula").Close();
            phrasing++;
            FormulaContent(formula, label, display: true);
            phrasing--;
            html.EndBlock("div");
            floatAlt = outerAlt;
        }

        private void FormulaContent(XElement formula, XElement? label, bool display)
        {
            for (var node = formula.FirstNode; node is not null; node = node.NextNode)
            {
                if (node is XText t)
                {
                    html.Text(t.Value);
                    continue;
                }

                if (node is not XElement child || ReferenceEquals(child, label)) continue;
                if (child.Name.LocalName == "math") MathElement(child, display);
                else Element(child);
            }

            if (label is null) return;
            html.Raw(" ");
            Wrapped(label, "span", "label");
        }

        private void InlineFormula(XElement formula)
        {
            html.Open("span").Id(IdOf(formula)).Class("inline-formula").Close();
            phrasing++;
            Children(formula);
            phrasing--;
            html.End("span");
        }

        /// <summary>math in the MathML namespace, or without one (some SciELO files).</summary>
        private void MathElement(XElement math, bool display)
        {
            html.Open("math");
            if (display) html.Attribute("display", "block");
            MathAttributesOf(math, skipDisplay: display);
            html.Close();
            phrasing++;
            MathChildren(math);
            phrasing--;
            html.End("math");
        }

        private void MathAttributesOf(XElement e, bool skipDisplay)
        {
            foreach (var attribute in e.Attributes())
            {
                if (attribute.IsNamespaceDeclaration || attribute.Name.NamespaceName.Length != 0) continue;
                var name = attribute.Name.LocalName;
                if (skipDisplay && name == "display") continue;
                if (MathAttributes.TryGetValue(name, out var allowed)) html.Attribute(allowed, attribute.Value);
            }
        }

        private void MathChildren(XElement e)
        {
            for (var node = e.FirstNode; node is not null; node = node.NextNode)
            {
                if (node is XElement child) Mathml(child);
                else if (node is XText t && !string.IsNullOrWhiteSpace(t.Value)) html.Text(t.Value);
            }
        }

        /// <summary>An element inside math; the tag written is the allow-list's own string, never the XML's.</summary>
        private void Mathml(XElement e)
        {
            var name = e.Name.LocalName;
            if (MathElements.TryGetValue(name, out var tag))
            {
                if (tag == "math")
                {
                    MathChildren(e);
                    return;
                }

                html.Open(tag);
                MathAttributesOf(e, skipDisplay: false);
                html.Close();
                MathChildren(e);
                html.End(tag);
                return;
            }

            switch (name)
            {
                case "semantics":
                    // The presentation child; annotations (TeX source, content MathML) are alternatives to it.
                    foreach (var child in e.Elements())
                    {
                        if (child.Name.LocalName is "annotation" or "annotation-xml") continue;
                        Mathml(child);
                        break;
                    }

                    break;
                case "maction":
                    // Only the shown child (selection, default 1); the toggling itself needs scripts we do not write.
                    var selection = int.TryParse(Attr(e, "selection"), out var n) && n > 0 ? n : 1;
                    var shown = e.Elements().Skip(selection - 1).FirstOrDefault() ?? e.Elements().FirstOrDefault();
                    if (shown is not null) Mathml(shown);
                    break;
                case "annotation" or "annotation-xml" or "mglyph":
                    break;
                default:
                    var qualified = "mml:" + name;
                    if (reportedUnknown.Add(qualified)) Problem($"unknown MathML element <{qualified}>", e);
                    MathChildren(e);
                    break;
            }
        }

        /// <summary>TeX as text in span.tex (for a client-side typesetter); a full LaTeX document is cut to its content.</summary>
        private void TexMath(XElement e)
        {
            html.Open("span").Id(IdOf(e)).Class("tex").Close();
            var before = html.PreserveWhitespace;
            html.PreserveWhitespace = true;
            html.Text(TexContent(e.Value));
            html.PreserveWhitespace = before;
            html.End("span");
        }

        /// <summary>The part of a TeX string between \begin{document} and \end{document}, trimmed; the string itself when there is no document.</summary>
        internal static string TexContent(string tex)
        {
            const string Begin = "\\begin{document}";
            const string End = "\\end{document}";
            var start = tex.IndexOf(Begin, StringComparison.Ordinal);
            if (start < 0) return tex.Trim();
            start += Begin.Length;
            var end = tex.IndexOf(End, start, StringComparison.Ordinal);
            return (end < 0 ? tex[start..] : tex[start..end]).Trim();
        }
    }
}
