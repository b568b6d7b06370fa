using System.Globalization;
using System.Xml.Linq;

namespace Revista.Oai;

/// <summary>The elements of an OAI-PMH 2.0 response (§3.2) in the protocol namespace.</summary>
internal static class OaiXml
{
    public static readonly XNamespace Oai = "http://www.openarchives.org/OAI/2.0/";
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    public static readonly XNamespace OaiIdentifier = "http://www.openarchives.org/OAI/2.0/oai-identifier";

    public static XDocument Response(DateTimeOffset now, XElement request, IEnumerable<XElement> content) =>
        new(new XDeclaration("1.0", "UTF-8", null),
            new XElement(Oai + "OAI-PMH",
                new XAttribute("xmlns", Oai.NamespaceName),
                new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
                new XAttribute(Xsi + "schemaLocation", Oai.NamespaceName + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"),
                new XElement(Oai + "responseDate", OaiDatestamp.Format(now)),
                request,
                content));

    /// <summary>The request element: the base URL, and the arguments as attributes unless they were bad (§3.2).</summary>
    public static XElement Request(string baseUrl, IEnumerable<KeyValuePair<string, string>>? arguments) =>
        new(Oai + "request",
            arguments?.Select(a => new XAttribute(a.Key, a.Value)),
            baseUrl);

    public static XElement Error(OaiError error) =>
        new(Oai + "error", new XAttribute("code", error.Code), error.Message);

    public static XElement Header(OaiHeader header, string repositoryIdentifier) =>
        new(Oai + "header",
            header.IsDeleted ? new XAttribute("status", "deleted") : null,
            new XElement(Oai + "identifier", Identifier(repositoryIdentifier, header.ArticleId)),
            new XElement(Oai + "datestamp", OaiDatestamp.Format(header.Datestamp)),
            new XElement(Oai + "setSpec", OaiScope.SetSpec(header.JournalSlug)),
            header.SectionId is { } sectionId ? new XElement(Oai + "setSpec", OaiScope.SetSpec(header.JournalSlug, sectionId)) : null);

    public static string Identifier(string repositoryIdentifier, int articleId) =>
        string.Create(CultureInfo.InvariantCulture, $"oai:{repositoryIdentifier}:{articleId}");

    /// <summary>The article id in "oai:{repository}:{id}", or null when the identifier is not one of ours.</summary>
    public static int? ArticleIdOf(string identifier, string repositoryIdentifier)
    {
        var prefix = "oai:" + repositoryIdentifier + ":";
        if (!identifier.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            return null;
        var digits = identifier[prefix.Length..];
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            && id.ToString(CultureInfo.InvariantCulture) == digits ? id : null;
    }

    /// <summary>The oai-identifier description of Identify (oai-identifier guidelines §2.5).</summary>
    public static XElement IdentifierDescription(string repositoryIdentifier, int sampleArticleId) =>
        new(Oai + "description",
            new XElement(OaiIdentifier + "oai-identifier",
                new XAttribute("xmlns", OaiIdentifier.NamespaceName),
                new XAttribute(Xsi + "schemaLocation", OaiIdentifier.NamespaceName + " http://www.openarchives.org/OAI/2.0/oai-identifier.xsd"),
                new XElement(OaiIdentifier + "scheme", "oai"),
                new XElement(OaiIdentifier + "repositoryIdentifier", repositoryIdentifier),
                new XElement(OaiIdentifier + "delimiter", ":"),
                new XElement(OaiIdentifier + "sampleIdentifier", Identifier(repositoryIdentifier, sampleArticleId))));
}
