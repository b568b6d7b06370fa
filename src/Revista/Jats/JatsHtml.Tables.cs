using System.Xml.Linq;

namespace Revista.Jats;

public static partial class JatsHtml
{
    internal sealed partial class Writer
    {
        private void TableWrap(XElement wrap)
        {
            if (phrasing > 0)
            {
                Flattened(wrap);
                return;
            }

            var label = wrap.Element("label");
            var caption = wrap.Element("caption");
            var outerAlt = floatAlt;
            floatAlt = AltFor(wrap, label, caption);
            html.Open("figure").Id(IdOf(wrap)).Class("table-wrap");
            LanguageAttribute(wrap);
            html.Close();
            if (label is not null || caption is not null)
            {
                html.Start("figcaption");
                CaptionContent(caption, label);
                html.EndBlock("figcaption");
            }

            AssetLink? image = null;
            for (var node = wrap.FirstNode; node is not null; node = node.NextNode)
            {
                if (node is not XElement child)
                {
                    if (node is XText t && !string.IsNullOrWhiteSpace(t.Value)) html.Text(t.Value);
                    continue;
                }

                if (ReferenceEquals(child, label) || ReferenceEquals(child, caption)) continue;
                switch (child.Name.LocalName)
                {
                    case "alt-text":
                        break;
                    case "graphic":
                        // A table published only as an image.
                        var link = Image(child, block: true);
                        image ??= link;
                        break;
                    case "alternatives" when child.Element("table") is null && child.Element("graphic") is not null:
                        var chosen = AlternativeImages(child, block: true);
                        image ??= chosen;
                        break;
                    default:
                        Element(child);
                        break;
                }
            }

            DownloadLink(image);
            html.EndBlock("figure");
            floatAlt = outerAlt;
        }

        /// <summary>The XHTML table model that JATS embeds; a tr written directly in table gets the tbody an HTML parser would add.</summary>
        private void Table(XElement table)
        {
            if (phrasing > 0)
            {
                Flattened(table);
                return;
            }

            html.Start("div", "table-scroll");
            html.Open("table").Id(IdOf(table)).Close();
            var bodyOpen = false;
            List<XElement>? outside = null;
            foreach (var child in table.Elements())
            {
                var name = child.Name.LocalName;
                if (name == "tr")
                {
                    if (!bodyOpen) html.Start("tbody");
                    bodyOpen = true;
                    Row(child);
                    continue;
                }

                if (bodyOpen) html.EndBlock("tbody");
                bodyOpen = false;
                switch (name)
                {
                    case "thead" or "tbody" or "tfoot":
                        RowGroup(child, name);
                        break;
                    case "colgroup":
                        html.Open("colgroup");
                        SpanAttribute(child);
                        AlignClass(child);
                        html.Close();
                        foreach (var col in child.Elements("col")) Column(col);
                        html.EndBlock("colgroup");
                        break;
                    case "col":
                        Column(child);
                        break;
                    default:
                        // Anything else would be moved out of the table by an HTML parser; write it after the table.
                        (outside ??= []).Add(child);
                        break;
                }
            }

            if (bodyOpen) html.EndBlock("tbody");
            html.EndBlock("table");
            html.EndBlock("div");
            if (outside is null) return;
            foreach (var e in outside) Element(e);
        }

        private void RowGroup(XElement group, string tag)
        {
            html.Open(tag);
            AlignClass(group);
            html.Close();
            foreach (var row in group.Elements())
            {
                if (row.Name.LocalName == "tr") Row(row);
                else
                {
                    // Not a row: kept in a row of its own so its text stays in the table.
                    html.Start("tr").Start("td");
                    Element(row);
                    html.End("td").EndBlock("tr");
                }
            }

            html.EndBlock(tag);
        }

        private void Column(XElement col)
        {
            html.Open("col");
            SpanAttribute(col);
            AlignClass(col);
            html.Close();
        }

        private void Row(XElement row)
        {
            html.Open("tr");
            AlignClass(row);
            html.Close();
            for (var node = row.FirstNode; node is not null; node = node.NextNode)
            {
                if (node is not XElement cell)
                {
                    if (node is XText t && !string.IsNullOrWhiteSpace(t.Value))
                    {
                        html.Start("td").Text(t.Value).End("td");
                    }

                    continue;
                }

                var tag = cell.Name.LocalName == "th" ? "th" : "td";
                html.Open(tag);
                var colspan = SpanValue(cell, "colspan");
                if (colspan > 1) html.Attribute("colspan", colspan);
                var rowspan = SpanValue(cell, "rowspan");
                if (rowspan > 1) html.Attribute("rowspan", rowspan);
                if (tag == "th" && Attr(cell, "scope") is "row" or "col" or "rowgroup" or "colgroup")
                {
                    html.Attribute("scope", Attr(cell, "scope"));
                }

                AlignClass(cell);
                html.Close();
                if (cell.Name.LocalName is "th" or "td") Children(cell);
                else Element(cell);
                html.End(tag);
            }

            html.EndBlock("tr");
        }

        private static int SpanValue(XElement e, string attribute) =>
            int.TryParse(Attr(e, attribute), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
                ? Math.Min(n, 1000)
                : 0;

        private void SpanAttribute(XElement e)
        {
            var span = SpanValue(e, "span");
            if (span > 1) html.Attribute("span", span);
        }

        /// <summary>align and valign become classes (presentational attributes are obsolete in HTML5, and no style attribute is written).</summary>
        private void AlignClass(XElement e)
        {
            var align = Attr(e, "align") switch
            {
                "left" => "align-left",
                "center" => "align-center",
                "right" => "align-right",
                "justify" => "align-justify",
                "char" => "align-char",
                _ => null,
            };
            var valign = Attr(e, "valign") switch
            {
                "top" => "valign-top",
                "middle" => "valign-middle",
                "bottom" => "valign-bottom",
                "baseline" => "valign-baseline",
                _ => null,
            };
            if (align is null && valign is null) return;
            html.Raw(" class=\"");
            if (align is not null) html.Raw(align);
            if (align is not null && valign is not null) html.Raw(" ");
            if (valign is not null) html.Raw(valign);
            html.Raw("\"");
        }

        private void TableFoot(XElement foot)
        {
            if (phrasing > 0)
            {
                Flattened(foot);
                return;
            }

            html.Open("div").Id(IdOf(foot)).Class("table-wrap-foot").Close();
            ChildrenWithFootnoteList(foot, _ => false);
            html.EndBlock("div");
        }

        /// <summary>array: tabular material without a caption (JATS); its tbody becomes a table.</summary>
        private void ArrayTable(XElement array)
        {
            if (phrasing > 0)
            {
                Flattened(array);
                return;
            }

            html.Open("div").Id(IdOf(array)).Class("array").Close();
            foreach (var child in array.Elements())
            {
                if (child.Name.LocalName == "tbody")
                {
                    html.Start("div", "table-scroll").Start("table");
                    RowGroup(child, "tbody");
                    html.EndBlock("table").EndBlock("div");
                }
                else
                {
                    Element(child);
                }
            }

            html.EndBlock("div");
        }
    }
}
