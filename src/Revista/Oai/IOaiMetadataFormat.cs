using System.Xml.Linq;

namespace Revista.Oai;

/// <summary>
/// A metadata format the repository disseminates (OAI-PMH 2.0 §3.4): its prefix, XML Schema and namespace, and the
/// metadata element of one record. Kept apart from the protocol engine and the record source.
/// </summary>
public interface IOaiMetadataFormat
{
    string Prefix { get; }
    string Schema { get; }
    string Namespace { get; }
    /// <summary>True when <see cref="Write"/> reads <see cref="OaiArticle.SourceXml"/> (loaded only then: it can be megabytes).</summary>
    bool NeedsSource { get; }
    XElement Write(OaiArticle record);
}
