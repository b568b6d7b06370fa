using System.Globalization;
using System.Text;
using System.Xml;

namespace Revista.Web.Discovery;

/// <summary>
/// RSS 2.0 (RSS Advisory Board specification). RSS's own author element must hold an e-mail address, so authors go
/// in dc:creator, one per person, as most feed readers expect; dates are RFC 822 with a four-digit year; atom:link
/// rel="self" names the feed's own address (RSS Best Practices Profile).
/// </summary>
internal static class RssWriter
{
    public const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";

    public static byte[] Write(Feed feed)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, AtomWriter.Namespace);
            xml.WriteAttributeString("xmlns", "dc", null, DublinCoreNamespace);
            xml.WriteAttributeString("xmlns", "prism", null, AtomWriter.PrismNamespace);
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", feed.Title);
            xml.WriteElementString("link", feed.PageUrl);
            xml.WriteElementString("description", feed.Title);
            xml.WriteElementString("language", feed.Language);
            xml.WriteElementString("lastBuildDate", Rfc822(feed.Updated));
            xml.WriteElementString("generator", "Revista");
            xml.WriteStartElement("atom", "link", AtomWriter.Namespace);
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", Feed.RssMediaType);
            xml.WriteAttributeString("href", feed.RssUrl);
            xml.WriteEndElement();
            foreach (var entry in feed.Entries)
                Item(xml, feed, entry, feed.EntryId(entry));
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return buffer.ToArray();
    }

    private static void Item(XmlWriter xml, Feed feed, FeedEntry entry, string id)
    {
        xml.WriteStartElement("item");
        xml.WriteElementString("title", entry.Title);
        xml.WriteElementString("link", feed.EntryUrl(entry));
        if (entry.Summary is { Length: > 0 } summary)
            xml.WriteElementString("description", summary);
        foreach (var author in entry.Authors)
            xml.WriteElementString("dc", "creator", DublinCoreNamespace, author);
        if (entry.Section is { Length: > 0 } section)
            xml.WriteElementString("category", section);
        xml.WriteStartElement("guid");
        xml.WriteAttributeString("isPermaLink", "false");
        xml.WriteString(id);
        xml.WriteEndElement();
        xml.WriteElementString("pubDate", Rfc822(new DateTimeOffset(entry.PublishedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)));
        if (entry.Doi is { Length: > 0 } doi)
            xml.WriteElementString("prism", "doi", AtomWriter.PrismNamespace, doi);
        xml.WriteEndElement();
    }

    /// <summary>"Tue, 03 Feb 2025 00:00:00 GMT": RFC 822 §5 as RFC 1123 writes it.</summary>
    private static string Rfc822(DateTimeOffset value) => value.UtcDateTime.ToString("r", CultureInfo.InvariantCulture);
}
