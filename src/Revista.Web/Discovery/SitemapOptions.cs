namespace Revista.Web.Discovery;

/// <summary>How many &lt;url&gt; entries one sitemap file may hold.</summary>
internal sealed class SitemapOptions
{
    /// <summary>The sitemaps.org 0.9 limit per file (sitemaps.org/protocol.html, "Sitemap index files").</summary>
    public const int MaxUrls = 50_000;

    /// <summary><see cref="MaxUrls"/> unless a test sets a small size to see the split.</summary>
    public int UrlsPerSitemap { get; set; } = MaxUrls;
}
