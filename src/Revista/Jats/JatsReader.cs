using System.Xml.Linq;

namespace Revista.Jats;

// PLACEHOLDER owned by the reader work.
public static class JatsReader
{
    public static JatsArticle Read(XDocument document) => throw new NotImplementedException(document.Root?.Name.LocalName);
}
