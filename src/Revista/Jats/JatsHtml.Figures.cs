using System.Globalization;
using System.Xml.Linq;

namespace Revista.Jats;

public static partial class JatsHtml
{
    internal sealed partial class Writer
    {
        /// <summary>Alt text for graphics inside the float being written (fig, table-wrap, disp-formula), from alt-text or label and caption title.</summary>
        private string? floatAlt;

        private void Figure(XElement fig)
        {
            if (phrasing > 0)
            {
                Flattened(fig);
                return;
            }

            var label = fig.Element("label");
            var caption = fig.Element("caption");
            var outerAlt = floatAlt;
            floatAlt = AltFor(fig, label, caption);
            html.Open("figure").Id(IdOf(fig)).Class("fig").Close();
            AssetLink? shown = null;
            for (var node = fig.FirstNode; node is not null; node = node.NextNode)
            {
                if (node is not XElement child)
                {
                    if (node is XText t && !string.IsNullOrWhiteSpace(t.Value)) html.Text(t.Value);
                    continue;
                }

                switch (child.Name.LocalName)
                {
                    case "label" or "caption" or "alt-text" or "long-desc" or "object-id" or "attrib" or "permissions":
                        break;
                    case "graphic":
                        var link = Image(child, block: true);
                        shown ??= link;
                        break;
                    case "alternatives" when child.Element("graphic") is not null:
                        var chosen = AlternativeImages(child, block: true);
                        shown ??= chosen;
                        break;
                    default:
                        Element(child);
                        break;
                }
            }

            var captionStart = html.Length;
            html.Start("figcaption");
            var contentStart = html.Length;
            CaptionContent(caption, label);
            foreach (var child in fig.Elements())
            {
                if (child.Name.LocalName is "long-desc" or "attrib" or "permissions" or "object-id") Element(child);
            }

            DownloadLink(shown);
            if (html.Length == contentStart) html.Truncate(captionStart);
            else html.EndBlock("figcaption");
            html.EndBlock("figure");
            floatAlt = outerAlt;
        }

        private void FigureGroup(XElement group)
        {
            var outerAlt = floatAlt;
            floatAlt = AltFor(group, group.Element("label"), group.Element("caption"));
            Display(group, "fig-group");
            floatAlt = outerAlt;
        }

        private static string AltFor(XElement e, XElement? label, XElement? caption)
        {
            var altText = e.Element("alt-text");
            if (altText is not null) return JatsInline.ToText(altText);
            var title = caption?.Element("title");
            var labelText = label is null ? "" : JatsInline.ToText(label);
            var titleText = title is null ? "" : JatsInline.ToText(title);
            return labelText.Length == 0 ? titleText : titleText.Length == 0 ? labelText : labelText + " " + titleText;
        }

        /// <summary>
        /// Writes img for a graphic (or a visible "not available" note and a problem when the file is missing) and
        /// returns the stored file it showed.
        /// </summary>
        private AssetLink? Image(XElement graphic, bool block)
        {
            var href = Attr(graphic, XlinkHref);
            var link = href is null ? null : resolveAsset?.Invoke(href);
            if (link is null)
            {
                MissingAsset(graphic, href, text.ImageNotAvailable, block);
                return null;
            }

            WriteImg(graphic, link, block);
            return link;
        }

        private void WriteImg(XElement graphic, AssetLink link, bool block)
        {
            var altText = graphic.Element("alt-text");
            // An inline graphic (a symbol in running text) does not inherit the float's description.
            var alt = altText is not null ? JatsInline.ToText(altText) : block ? floatAlt ?? "" : "";
            if (block && phrasing == 0) html.Start("div", "graphic");
            html.Open("img").Attribute("src", link.Url).Attribute("alt", alt);
            if (link.Width is > 0) html.Attribute("width", link.Width.Value);
            if (link.Height is > 0) html.Attribute("height", link.Height.Value);
            html.Attribute("loading", "lazy").Attribute("decoding", "async");
            if (!block) html.Class("inline-graphic");
            html.Close();
            if (block && phrasing == 0) html.EndBlock("div");
        }

        private void MissingAsset(XElement at, string? href, string note, bool block)
        {
            // Without a resolver (JatsInline) there is no asset store to consult: the image is simply left out.
            if (resolveAsset is null) return;
            Problem($"{at.Name.LocalName} file not available: {href ?? "(no xlink:href)"}", at, missingAsset: true);
            if (block && phrasing == 0)
            {
                html.Start("p", "missing-asset").Text(note).EndBlock("p");
            }
            else
            {
                html.Start("span", "missing-asset").Text("[" + note + "]").End("span");
            }
        }

        /// <summary>Several versions of one image (original, web, thumbnail): the first the browser can show.</summary>
        private AssetLink? AlternativeImages(XElement alternatives, bool block)
        {
            XElement? first = null;
            XElement? fallback = null;
            AssetLink? fallbackLink = null;
            foreach (var child in alternatives.Elements())
            {
                if (child.Name.LocalName is not ("graphic" or "inline-graphic")) continue;
                first ??= child;
                var href = Attr(child, XlinkHref);
                var link = href is null ? null : resolveAsset?.Invoke(href);
                if (link is null) continue;
                if (IsWebImage(link.MediaType))
                {
                    WriteImg(child, link, block);
                    return link;
                }

                if (fallback is null)
                {
                    fallback = child;
                    fallbackLink = link;
                }
            }

            if (fallback is not null && fallbackLink is not null)
            {
                WriteImg(fallback, fallbackLink, block);
                return fallbackLink;
            }

            if (first is not null) MissingAsset(first, Attr(first, XlinkHref), text.ImageNotAvailable, block);
            return null;
        }

        private static bool IsWebImage(string mediaType) => mediaType is "image/jpeg" or "image/png" or "image/gif"
            or "image/webp" or "image/svg+xml" or "image/avif";

        private void DownloadLink(AssetLink? link)
        {
            if (link is null) return;
            html.Start("p", "download");
            html.Open("a").Attribute("href", link.Url).Flag("download").Close().Text(text.Download).End("a");
            var size = FormatSize(link.Bytes);
            if (size is not null) html.Text(" (" + size + ")");
            html.EndBlock("p");
        }

        /// <summary>"0.13 MB" as the article page shows sizes; small files in KB.</summary>
        internal static string? FormatSize(long bytes)
        {
            if (bytes <= 0) return null;
            var mb = bytes / 1048576.0;
            if (mb >= 0.01) return mb.ToString("0.00", CultureInfo.InvariantCulture) + " MB";
            return Math.Max(1, (long)Math.Round(bytes / 1024.0)).ToString(CultureInfo.InvariantCulture) + " KB";
        }

        /// <summary>A graphic outside fig and table-wrap: a block image, or an inline one inside text.</summary>
        private void Graphic(XElement graphic) => Image(graphic, block: true);

        private void InlineGraphic(XElement graphic)
        {
            var href = Attr(graphic, XlinkHref);
            var link = href is null ? null : resolveAsset?.Invoke(href);
            if (link is null)
            {
                MissingAsset(graphic, href, text.ImageNotAvailable, block: false);
                return;
            }

            WriteImg(graphic, link, block: false);
        }

        /// <summary>media (video, audio, data files): a player for audio and video, and always a download link.</summary>
        private void Media(XElement media)
        {
            var href = Attr(media, XlinkHref);
            var link = href is null ? null : resolveAsset?.Invoke(href);
            var label = media.Element("label");
            var caption = media.Element("caption");
            if (phrasing > 0)
            {
                html.Open("span").Id(IdOf(media)).Class("media").Close();
                if (link is not null && anchors == 0)
                {
                    html.Open("a").Attribute("href", link.Url).Flag("download").Close();
                    anchors++;
                    ChildrenOrText(media, text.Download);
                    anchors--;
                    html.End("a");
                }
                else
                {
                    if (link is null) MissingAsset(media, href, text.FileNotAvailable, block: false);
                    Children(media);
                }

                html.End("span");
                return;
            }

            html.Open("figure").Id(IdOf(media)).Class("media").Close();
            if (link is null) MissingAsset(media, href, text.FileNotAvailable, block: true);
            else if (link.MediaType.StartsWith("video/", StringComparison.Ordinal))
            {
                html.Open("video").Attribute("src", link.Url).Flag("controls").Attribute("preload", "none").Close().EndBlock("video");
            }
            else if (link.MediaType.StartsWith("audio/", StringComparison.Ordinal))
            {
                html.Open("audio").Attribute("src", link.Url).Flag("controls").Attribute("preload", "none").Close().EndBlock("audio");
            }

            html.Start("figcaption");
            CaptionContent(caption, label);
            for (var node = media.FirstNode; node is not null; node = node.NextNode)
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

            DownloadLink(link);
            html.EndBlock("figcaption");
            html.EndBlock("figure");
        }

        private void ChildrenOrText(XElement e, string fallback)
        {
            phrasing++;
            if (HasVisibleContent(e)) Children(e);
            else html.Text(fallback);
            phrasing--;
        }

        /// <summary>supplementary-material: caption and a download link for the file it names (on itself or on a bare media child).</summary>
        private void Supplement(XElement supplement)
        {
            if (phrasing > 0)
            {
                InlineSupplement(supplement);
                return;
            }

            var label = supplement.Element("label");
            var caption = supplement.Element("caption");
            html.Open("div").Id(IdOf(supplement)).Class("supplementary-material").Close();
            CaptionContent(caption, label);
            var href = Attr(supplement, XlinkHref);
            if (href is not null) SupplementFile(supplement, href);
            for (var node = supplement.FirstNode; node is not null; node = node.NextNode)
            {
                if (node is not XElement child)
                {
                    if (node is XText t && !string.IsNullOrWhiteSpace(t.Value)) html.Text(t.Value);
                    continue;
                }

                if (ReferenceEquals(child, label) || ReferenceEquals(child, caption)) continue;
                if (child.Name.LocalName == "media" && child.Element("caption") is null && child.Element("label") is null
                    && Attr(child, XlinkHref) is { } mediaHref)
                {
                    SupplementFile(child, mediaHref);
                    foreach (var inner in child.Elements()) Element(inner);
                    continue;
                }

                Element(child);
            }

            html.EndBlock("div");
        }

        private void SupplementFile(XElement at, string href)
        {
            var link = resolveAsset?.Invoke(href);
            if (link is null) MissingAsset(at, href, text.FileNotAvailable, block: true);
            else DownloadLink(link);
        }

        private void InlineSupplement(XElement e)
        {
            var href = Attr(e, XlinkHref) ?? e.Element("media")?.Attribute(XlinkHref)?.Value;
            var link = href is null ? null : resolveAsset?.Invoke(href);
            if (link is null || anchors > 0)
            {
                if (link is null && href is not null) MissingAsset(e, href, text.FileNotAvailable, block: false);
                phrasing++;
                Children(e);
                phrasing--;
                return;
            }

            html.Open("a").Id(IdOf(e)).Attribute("href", link.Url).Flag("download").Close();
            anchors++;
            ChildrenOrText(e, text.Download);
            anchors--;
            html.End("a");
        }

        /// <summary>
        /// alternatives (JATS: the same content in several forms): the one a browser shows best, in this order:
        /// table, MathML, TeX, image, chemical structure, media, then the first.
        /// </summary>
        private void Alternatives(XElement e)
        {
            XElement? table = null, math = null, tex = null, image = null, chem = null, media = null, first = null;
            foreach (var child in e.Elements())
            {
                first ??= child;
                var name = child.Name.LocalName;
                if (name == "math") math ??= child;
                else if (child.Name.NamespaceName.Length != 0) continue;
                else if (name == "table") table ??= child;
                else if (name == "tex-math") tex ??= child;
                else if (name is "graphic" or "inline-graphic") image ??= child;
                else if (name == "chem-struct") chem ??= child;
                else if (name == "media") media ??= child;
            }

            var pick = table ?? math ?? tex;
            if (pick is not null) Element(pick);
            else if (image is not null) AlternativeImages(e, block: image.Name.LocalName == "graphic");
            else if ((chem ?? media ?? first) is { } other) Element(other);
        }

        private void ChemStruct(XElement e)
        {
            if (phrasing > 0) Children(e);
            else Division(e, "div", "chem-struct");
        }
    }
}
