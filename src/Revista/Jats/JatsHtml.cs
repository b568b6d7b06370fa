using System.Xml.Linq;

namespace Revista.Jats;

// PLACEHOLDER owned by the renderer work.
public static class JatsHtml
{
    public const int RendererVersion = 1;

    public static RenderedArticle Render(XDocument document, Func<string, AssetLink?> resolveAsset) => throw new NotImplementedException(document.Root?.Name.LocalName + resolveAsset);
}
