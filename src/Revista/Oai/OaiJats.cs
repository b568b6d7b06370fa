using System.Globalization;
using System.Xml.Linq;
using Revista.Jats;

namespace Revista.Oai;

/// <summary>
/// jats: the whole stored JATS article of the current version, body and back included (not just the front matter).
/// JATS elements have no namespace, but OAI-PMH 2.0 §2.5 and its schema (metadata is xs:any namespace="##other") demand
/// a namespace-qualified metadata root; like PubMed Central's OAI-PMH service we put the unqualified JATS elements in
/// the JATS archiving namespace and name the Archiving tag set schema, the loosest JATS 1.3 tag set, which admits every
/// Publishing article. Removing that namespace gives back the stored article element for element. The DOCTYPE is
/// dropped (a DOCTYPE cannot sit inside another document); named entities are already characters (<see cref="JatsXml"/>).
/// </summary>
public sealed class OaiJats : IOaiMetadataFormat
{
    public static readonly XNamespace Jats = "https://jats.nlm.nih.gov/ns/archiving/1.3/";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public string Prefix => "jats";
    public string Schema => "https://jats.nlm.nih.gov/archiving/1.3/xsd/JATS-archivearticle1-3.xsd";
    public string Namespace => Jats.NamespaceName;
    public bool NeedsSource => true;

    public XElement Write(OaiArticle record)
    {
        var source = record.SourceXml
            ?? throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Article {record.Article.Id} has no current version to disseminate."));
        var root = JatsXml.Parse(source, string.Create(CultureInfo.InvariantCulture, $"article {record.Article.Id}")).Root!;
        foreach (var element in root.DescendantsAndSelf())
        {
            if (element.Name.Namespace == XNamespace.None)
                element.Name = Jats + element.Name.LocalName;
            element.Attributes().Where(a => a.IsNamespaceDeclaration && a.Name.LocalName == "xmlns" && a.Value.Length == 0).Remove();
        }
        root.SetAttributeValue(XNamespace.Xmlns + "xsi", Xsi.NamespaceName);
        root.SetAttributeValue(Xsi + "schemaLocation", Jats.NamespaceName + " " + Schema);
        return root;
    }
}
