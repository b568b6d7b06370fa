using System.Globalization;
using System.Text;
using System.Xml;

namespace Revista.Web.Discovery;

/// <summary>
/// Atom 1.0 (RFC 4287). The feed names an author (the publisher) so entries without authors stay valid (§4.1.1);
/// summaries are plain text (§3.1.1 type="text"); the DOI also goes in prism:doi (PRISM 2.0), which reference managers
/// and journal aggregators read.
/// </summary>
internal static class AtomWriter
{
    public const string Namespace = "http://www.w3.org/2005/Atom";
    public const string PrismNamespace = "http://prismstandard.org/namespaces/basic/2.0/";

    public static byte[] Write(Feed feed)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Namespace);
            xml.WriteAttributeString("xmlns", "prism", null, PrismNamespace);
            xml.WriteAttributeString("xml", "lang", null, feed.Language);
            xml.WriteElementString("id", Namespace, feed.Id);
            xml.WriteElementString("title", Namespace, feed.Title);
            xml.WriteElementString("updated", Namespace, DateTime(feed.Updated));
            Link(xml, "self", Feed.AtomMediaType, feed.AtomUrl);
            Link(xml, "alternate", "text/html", feed.PageUrl);
            Link(xml, "alternate", Feed.RssMediaType, feed.RssUrl);
            Author(xml, feed.Publisher);
            xml.WriteElementString("generator", Namespace, "Revista");
            foreach (var entry in feed.Entries)
                Entry(xml, feed, entry, feed.EntryId(entry));
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return buffer.ToArray();
    }

    private static void Entry(XmlWriter xml, Feed feed, FeedEntry entry, string id)
    {
        xml.WriteStartElement("entry", Namespace);
        xml.WriteAttributeString("xml", "lang", null, entry.Language);
        xml.WriteElementString("id", Namespace, id);
        xml.WriteElementString("title", Namespace, entry.Title);
        Link(xml, "alternate", "text/html", feed.EntryUrl(entry));
        if (entry.Doi is { Length: > 0 })
            Link(xml, "related", null, Feed.DoiUrl(entry.Doi));
        xml.WriteElementString("published", Namespace, DateTime(new DateTimeOffset(entry.PublishedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)));
        xml.WriteElementString("updated", Namespace, DateTime(entry.UpdatedAt));
        foreach (var author in entry.Authors)
            Author(xml, author);
        if (entry.Section is { Length: > 0 } section)
        {
            xml.WriteStartElement("category", Namespace);
            xml.WriteAttributeString("term", section);
            xml.WriteEndElement();
        }
        if (entry.Summary is { Length: > 0 } summary)
            xml.WriteElementString("summary", Namespace, summary);
        if (entry.Doi is { Length: > 0 } doi)
            xml.WriteElementString("prism", "doi", PrismNamespace, doi);
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string? type, string href)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("rel", rel);
        if (type is not null)
            xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static void Author(XmlWriter xml, string name)
    {
        xml.WriteStartElement("author", Namespace);
        xml.WriteElementString("name", Namespace, name);
        xml.WriteEndElement();
    }

    /// <summary>RFC 3339 date-time in UTC (RFC 4287 §3.3).</summary>
    private static string DateTime(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);
}
