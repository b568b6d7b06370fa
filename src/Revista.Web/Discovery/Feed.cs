using System.Globalization;

namespace Revista.Web.Discovery;

/// <summary>A journal's latest articles or an issue's contents, ready to be written as Atom or RSS.</summary>
internal sealed record Feed(
    string Id,
    string Title,
    string Language,
    string PageUrl,
    string AtomUrl,
    string RssUrl,
    string Publisher,
    DateTimeOffset Updated,
    IReadOnlyList<FeedEntry> Entries,
    Func<FeedEntry, string> EntryUrl,
    Func<FeedEntry, string> EntryId)
{
    public const string AtomMediaType = "application/atom+xml";
    public const string RssMediaType = "application/rss+xml";

    /// <summary>
    /// A permanent id for an article: its DOI as a URL (DOI Handbook §3.7.3: the doi.org proxy form) when it has one,
    /// otherwise a tag URI (RFC 4151) from this host, the day the article was first imported and its path.
    /// </summary>
    public static string IdOf(FeedEntry entry, string host, string slug) =>
        entry.Doi is { Length: > 0 } doi
            ? DoiUrl(doi)
            : TagUri(host, entry.CreatedAt, string.Create(CultureInfo.InvariantCulture, $"{slug}/articles/{entry.Id}"));

    public static string TagUri(string host, DateTimeOffset minted, string specific) =>
        "tag:" + host + "," + minted.UtcDateTime.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture) + ":" + specific;

    /// <summary>https://doi.org/ followed by the DOI with each suffix character that is not URL-safe percent-encoded.</summary>
    public static string DoiUrl(string doi) =>
        "https://doi.org/" + string.Join('/', doi.Split('/').Select(Uri.EscapeDataString));
}
