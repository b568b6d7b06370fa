using System.Xml.Linq;

namespace Revista.Web.Search;

/// <summary>
/// The OpenSearch 1.1 description of the site's search, which browsers offer to add as a search engine: the results
/// page as HTML and the search API as JSON, both with the reader's words in {searchTerms}.
/// </summary>
internal static class OpenSearchDescription
{
    private static readonly XNamespace OpenSearch = "http://a9.com/-/spec/opensearch/1.1/";

    public static XDocument Of(string root) => new(
        new XDeclaration("1.0", "utf-8", null),
        new XElement(OpenSearch + "OpenSearchDescription",
            new XElement(OpenSearch + "ShortName", "Revista"),
            new XElement(OpenSearch + "Description", "Search the articles published on this site."),
            new XElement(OpenSearch + "InputEncoding", "UTF-8"),
            new XElement(OpenSearch + "Url", new XAttribute("type", "text/html"), new XAttribute("template", root + "/search?q={searchTerms}")),
            new XElement(OpenSearch + "Url", new XAttribute("type", "application/json"), new XAttribute("template", root + "/api/search?q={searchTerms}"))));
}
