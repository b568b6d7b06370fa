using System.Xml.Linq;

namespace Revista.Jats;

/// <summary>
/// Allow-list renderer from JATS body and back matter to semantic HTML5, one fragment per language version.
/// Nothing from the XML is copied through: each element we know maps to markup we write, everything else keeps its
/// text and is reported once as a <see cref="RenderProblem"/>.
/// </summary>
public static partial class JatsHtml
{
    /// <summary>Stored with each fragment; bump it whenever the output changes so `revista rerender` rebuilds them.</summary>
    public const int RendererVersion = 1;

    /// <param name="resolveAsset">Maps an href as the XML writes it (possibly without extension) to the stored file, or null when missing.</param>
    public static RenderedArticle Render(XDocument document, Func<string, AssetLink?> resolveAsset)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(resolveAsset);
        var root = document.Root ?? throw new ArgumentException("The document has no root element.", nameof(document));
        var writer = new Writer(resolveAsset, new List<RenderProblem>());
        return writer.RenderArticle(root);
    }
}
