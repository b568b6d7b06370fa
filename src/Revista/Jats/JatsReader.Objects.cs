using System.Xml.Linq;

namespace Revista.Jats;

// Display objects (fig, table-wrap, disp-formula, supplementary-material) and the files the XML names.
// All are read from the whole document, sub-articles included; those inside a sub-article carry its id.
public sealed partial class JatsReader
{
    private static readonly HashSet<string> AssetElements = ["graphic", "inline-graphic", "media", "supplementary-material", "inline-supplementary-material", "self-uri"];
    private static readonly HashSet<string> DisplayObjects =
        ["fig", "table-wrap", "disp-formula", "supplementary-material", "chem-struct-wrap", "boxed-text", "app", "media"];

    /// <summary>Every fig, including those grouped in fig-group (the group itself is not a figure).</summary>
    private IReadOnlyList<JatsFigure> ReadFigures() =>
    [
        .. All("fig").Select(fig => new JatsFigure(
            Clean(fig.Attribute("id")?.Value),
            Plain(Child(fig, "label")),
            Caption(Child(fig, "caption")),
            Plain(Descendants(fig, "alt-text").FirstOrDefault()),
            [.. Descendants(fig, "graphic").Select(Href).OfType<string>().Distinct()],
            SubArticleIdOf(fig))),
    ];

    private IReadOnlyList<JatsTable> ReadTables() =>
    [
        .. All("table-wrap").Select(table => new JatsTable(
            Clean(table.Attribute("id")?.Value),
            Plain(Child(table, "label")),
            Caption(Child(table, "caption")),
            SubArticleIdOf(table))),
    ];

    /// <summary>disp-formula by its richest form: MathML, then TeX, then an image; "text" when it is written out as text.</summary>
    private IReadOnlyList<JatsFormula> ReadFormulas() =>
    [
        .. All("disp-formula").Select(formula => new JatsFormula(
            Clean(formula.Attribute("id")?.Value),
            Plain(Child(formula, "label")),
            formula.Descendants(MathML + "math").Any() || formula.Descendants().Any(e => e.Name.LocalName == "math") ? "mathml"
                : Descendants(formula, "tex-math").Any() ? "tex"
                : Descendants(formula, "graphic").Any() || Descendants(formula, "inline-graphic").Any() ? "graphic"
                : "text",
            SubArticleIdOf(formula))),
    ];

    /// <summary>supplementary-material; its file is its own xlink:href or that of the media (or graphic) inside it.</summary>
    private IReadOnlyList<JatsSupplement> ReadSupplements() =>
    [
        .. All("supplementary-material").Select(supplement =>
        {
            var file = Descendants(supplement, "media").FirstOrDefault(m => Href(m) is not null)
                ?? Descendants(supplement, "graphic").FirstOrDefault(g => Href(g) is not null);
            return new JatsSupplement(
                Clean(supplement.Attribute("id")?.Value),
                Plain(Child(supplement, "label")),
                Caption(Child(supplement, "caption")),
                Href(supplement) ?? Href(file),
                MimeType(supplement) ?? (file is null ? null : MimeType(file)))
            {
                SubArticleId = SubArticleIdOf(supplement),
            };
        }),
    ];

    /// <summary>
    /// Every file reference (graphic, inline-graphic, media, supplementary-material, self-uri), first occurrence of each
    /// href in document order. Web addresses (http, https, ftp, mailto, data) are links, not files of the package.
    /// ElementId is the element's id, or that of the display object around it (the fig of a graphic).
    /// </summary>
    private List<JatsAssetReference> ReadAssetReferences()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var assets = new List<JatsAssetReference>();
        foreach (var element in assetElements)
        {
            var href = Href(element);
            if (href is null || IsWebAddress(href) || !seen.Add(href))
                continue;
            var id = element.AncestorsAndSelf()
                .Where(e => e == element || DisplayObjects.Contains(e.Name.LocalName))
                .Select(e => Clean(e.Attribute("id")?.Value))
                .FirstOrDefault(i => i is not null);
            assets.Add(new JatsAssetReference(href, element.Name.LocalName, id, MimeType(element)));
        }
        return assets;
    }

    private static bool IsWebAddress(string href) =>
        href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || href.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
        || href.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || href.StartsWith("//", StringComparison.Ordinal);

    /// <summary>@mimetype and @mime-subtype ("application" + "pdf" → "application/pdf"); self-uri's content-type is not a media type.</summary>
    private static string? MimeType(XElement element)
    {
        var type = Clean(element.Attribute("mimetype")?.Value);
        var subtype = Clean(element.Attribute("mime-subtype")?.Value);
        if (type is null)
            return null;
        if (type.Contains('/', StringComparison.Ordinal) || subtype is null)
            return type.ToLowerInvariant();
        return (type + "/" + subtype).ToLowerInvariant();
    }

    /// <summary>Caption text: block-aware plain text (title, then paragraphs) and the inline renderer's HTML.</summary>
    private static JatsText Caption(XElement? caption)
    {
        if (caption is null)
            return JatsText.Empty;
        return new JatsText(BlockText(caption), JatsInline.ToHtml(caption));
    }
}
