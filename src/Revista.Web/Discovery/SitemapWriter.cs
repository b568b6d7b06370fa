using System.Globalization;
using System.Text;
using System.Xml;
using Revista.Web.Layout;

namespace Revista.Web.Discovery;

/// <summary>
/// Writes a sitemaps.org 0.9 urlset or sitemap index straight to the response. Every page is listed once per interface
/// language, each entry naming all its language versions and an x-default with xhtml:link (Google's "Tell Google about
/// localized versions of your page": every version lists every other, itself included).
/// </summary>
internal sealed class SitemapWriter : IAsyncDisposable
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";
    public const string MediaType = "application/xml";

    private static readonly XmlWriterSettings Settings = new() { Async = true, Encoding = new UTF8Encoding(false), CloseOutput = false };

    private readonly XmlWriter _xml;
    private readonly string _root;

    private SitemapWriter(XmlWriter xml, string root)
    {
        _xml = xml;
        _root = root;
    }

    /// <summary>Entries a page takes in a urlset: one per interface language.</summary>
    public static int EntriesPerPage => UiLanguage.Supported.Count;

    public static async Task<SitemapWriter> StartUrlSetAsync(Stream stream, string root)
    {
        var writer = new SitemapWriter(XmlWriter.Create(stream, Settings), root);
        await writer._xml.WriteStartDocumentAsync();
        await writer._xml.WriteStartElementAsync(null, "urlset", Namespace);
        await writer._xml.WriteAttributeStringAsync("xmlns", "xhtml", null, XhtmlNamespace);
        return writer;
    }

    public static async Task<SitemapWriter> StartIndexAsync(Stream stream, string root)
    {
        var writer = new SitemapWriter(XmlWriter.Create(stream, Settings), root);
        await writer._xml.WriteStartDocumentAsync();
        await writer._xml.WriteStartElementAsync(null, "sitemapindex", Namespace);
        return writer;
    }

    /// <summary>A sitemap of the index, at <paramref name="path"/> on this site.</summary>
    public async Task SitemapAsync(string path)
    {
        await _xml.WriteStartElementAsync(null, "sitemap", Namespace);
        await _xml.WriteElementStringAsync(null, "loc", Namespace, _root + path);
        await _xml.WriteEndElementAsync();
    }

    /// <summary>
    /// The page at <paramref name="path"/> (English, unprefixed) in every interface language. <paramref name="linked"/>
    /// names, by language, another page that stands for this one in that language (a translation published as an
    /// article of its own), as the page's own hreflang links do.
    /// </summary>
    public async Task PageAsync(string path, DateTimeOffset? lastModified, IReadOnlyDictionary<string, string>? linked = null)
    {
        foreach (var language in UiLanguage.Supported)
        {
            await _xml.WriteStartElementAsync(null, "url", Namespace);
            await _xml.WriteElementStringAsync(null, "loc", Namespace, _root + UiLanguage.Url(language, path));
            await LastModifiedAsync(lastModified);
            foreach (var alternate in UiLanguage.Supported)
                await AlternateAsync(alternate, UiLanguage.Url(alternate, linked?.GetValueOrDefault(alternate) ?? path));
            await AlternateAsync("x-default", path);
            await _xml.WriteEndElementAsync();
        }
    }

    private async Task AlternateAsync(string hreflang, string path)
    {
        await _xml.WriteStartElementAsync("xhtml", "link", XhtmlNamespace);
        await _xml.WriteAttributeStringAsync(null, "rel", null, "alternate");
        await _xml.WriteAttributeStringAsync(null, "hreflang", null, hreflang);
        await _xml.WriteAttributeStringAsync(null, "href", null, _root + path);
        await _xml.WriteEndElementAsync();
    }

    // W3C Datetime (sitemaps.org: "lastmod … in W3C Datetime format"), in UTC to the second.
    private async Task LastModifiedAsync(DateTimeOffset? lastModified)
    {
        if (lastModified is { } value)
            await _xml.WriteElementStringAsync(null, "lastmod", Namespace, value.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture));
    }

    public async ValueTask DisposeAsync()
    {
        await _xml.WriteEndDocumentAsync();
        await _xml.FlushAsync();
        await _xml.DisposeAsync();
    }
}
