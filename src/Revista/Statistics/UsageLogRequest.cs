using System.Globalization;
using System.Text.RegularExpressions;
using Revista.Data;
using Revista.Storage;

namespace Revista.Statistics;

/// <summary>What kind of URL a log line asked for.</summary>
public enum UsageLogUrl
{
    /// <summary>None: <see cref="UsageLogRequest.Skip"/> says why.</summary>
    Skipped,
    /// <summary>/{slug}/articles/{id}: the article page.</summary>
    ArticlePage,
    /// <summary>/{slug}/articles/{id}/side-by-side: the full text beside its translation.</summary>
    SideBySide,
    /// <summary>/{slug}/articles/{id}/figures and /figures/{key}.</summary>
    Figures,
    /// <summary>/assets/{sha256}/{name}: a stored file (PDF, supplement, image).</summary>
    File,
    /// <summary>Any other URL carrying a DOI: a page of the platform the journal came from.</summary>
    OldPage,
    /// <summary>As <see cref="OldPage"/>, where the URL says it is the PDF (.pdf, /download/, /pdf).</summary>
    OldPdf,
}

/// <summary>
/// A successful GET of a log line, read as one of Revista's own URLs or an old URL with a DOI, before the article behind
/// it is looked up (<see cref="UsageLogTargets"/>); or the reason it is not usage. Pure: no database.
/// </summary>
/// <param name="Path">The path as the hit's double-click key: the URL path, plus the query when the DOI came from it.</param>
/// <param name="Dois">Lower-cased DOI candidates, longest first (a DOI may hold '/', so ".../10.1/abc/pdf" may be "10.1/abc").</param>
public sealed partial record UsageLogRequest(
    AccessLogLine Line,
    UsageLogUrl Url,
    UsageLogSkip? Skip,
    string Path = "",
    string? Slug = null,
    int ArticleId = 0,
    string? Sha256 = null,
    IReadOnlyList<string>? Dois = null)
{
    private static readonly string[] PageExtensions = [".pdf", ".html", ".htm", ".xml"];

    public static UsageLogRequest Read(AccessLogLine line)
    {
        if (!line.TryParseRequest(out var method, out var target))
            return new UsageLogRequest(line, UsageLogUrl.Skipped, UsageLogSkip.MalformedRequest);
        if (method != "GET")
            return new UsageLogRequest(line, UsageLogUrl.Skipped, UsageLogSkip.NotGet);
        if (line.Status is not (200 or 304))
            return new UsageLogRequest(line, UsageLogUrl.Skipped, UsageLogSkip.Unsuccessful);
        var queryAt = target.IndexOf('?', StringComparison.Ordinal);
        var path = queryAt < 0 ? target : target[..queryAt];
        var query = queryAt < 0 ? "" : target[(queryAt + 1)..];
        var hash = path.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
            path = path[..hash];
        return Own(line, path) ?? Old(line, path, query);
    }

    /// <summary>Revista's routes; segments are decoded one by one, so "%2F" never splits a segment (as in ASP.NET Core routing).</summary>
    private static UsageLogRequest? Own(AccessLogLine line, string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Decode).ToArray();
        // Route literals match whatever their case (ASP.NET Core routing); the journal's slug is compared exactly, as the pages do.
        if (segments.Length == 3 && Is(segments[0], "assets") && AssetStore.IsSha256(segments[1]))
            return new UsageLogRequest(line, UsageLogUrl.File, null, path, Sha256: segments[1].ToLowerInvariant());
        // /doi/{doi} answers 302 (the redirect is not usage; the article page it leads to is logged on its own).
        if (segments.Length > 0 && Is(segments[0], "doi"))
            return new UsageLogRequest(line, UsageLogUrl.Skipped, UsageLogSkip.NotArticleUrl);
        if (segments.Length < 3 || !Is(segments[1], "articles") || !int.TryParse(segments[2], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return null;
        var rest = segments[3..];
        var url = rest.Length switch
        {
            0 => UsageLogUrl.ArticlePage,
            1 when Is(rest[0], "side-by-side") => UsageLogUrl.SideBySide,
            1 or 2 when Is(rest[0], "figures") => UsageLogUrl.Figures,
            // Statistics, citation and XML exports: no use of the article's content.
            _ => UsageLogUrl.Skipped,
        };
        return url == UsageLogUrl.Skipped
            ? new UsageLogRequest(line, url, UsageLogSkip.NotArticleUrl)
            : new UsageLogRequest(line, url, null, path, segments[0], id);
    }

    private static bool Is(string segment, string literal) => segment.Equals(literal, StringComparison.OrdinalIgnoreCase);

    /// <summary>A URL of the platform a journal came from, known by a DOI in its path or query.</summary>
    private static UsageLogRequest Old(AccessLogLine line, string path, string query)
    {
        var decodedPath = Decode(path);
        var dois = DoisIn(decodedPath).ToList();
        var fromQuery = false;
        foreach (var parameter in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = parameter.IndexOf('=', StringComparison.Ordinal);
            var value = Decode((equals < 0 ? parameter : parameter[(equals + 1)..]).Replace('+', ' '));
            var found = DoisIn(value).ToList();
            fromQuery |= found.Count > 0 && dois.Count == 0;
            dois.AddRange(found);
        }
        if (dois.Count == 0)
            return new UsageLogRequest(line, UsageLogUrl.Skipped, UsageLogSkip.NotArticleUrl);
        var lower = decodedPath.ToLowerInvariant();
        var pdf = lower.EndsWith(".pdf", StringComparison.Ordinal) || lower.Contains("/download/", StringComparison.Ordinal) || lower.Contains("/pdf", StringComparison.Ordinal);
        // Old platforms often serve every article from one script (/download.php?doi=…): the query tells the URLs apart.
        var key = fromQuery ? path + "?" + query : path;
        return new UsageLogRequest(line, pdf ? UsageLogUrl.OldPdf : UsageLogUrl.OldPage, null, key, Dois: dois.Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// Every way a DOI in <paramref name="text"/> may end, longest first, lower-cased as <c>Article.DoiKey</c> is
    /// (ArticleUpsert.DoiKeyOf). A DOI is "10." + registrant digits + "/" + any suffix (DOI Handbook §2.2), so the
    /// suffix may hold "/" and where it stops in a URL is a guess: each shorter cut at a "/" is tried, with and without
    /// an extension the old platform added.
    /// </summary>
    internal static IEnumerable<string> DoisIn(string text)
    {
        foreach (Match match in DoiPattern().Matches(text))
        {
            var doi = match.Value.TrimEnd('/', '.', ',', ';', ')').ToLowerInvariant();
            var prefixEnd = doi.IndexOf('/', StringComparison.Ordinal);
            while (doi.Length > prefixEnd + 1)
            {
                if (doi.Length <= ColumnLengths.Doi)
                    yield return doi;
                if (PageExtensions.FirstOrDefault(e => doi.EndsWith(e, StringComparison.Ordinal)) is { } extension && doi.Length - extension.Length > prefixEnd + 1)
                    yield return doi[..^extension.Length];
                var cut = doi.LastIndexOf('/');
                if (cut <= prefixEnd)
                    break;
                doi = doi[..cut];
            }
        }
    }

    private static string Decode(string text)
    {
        try
        {
            return Uri.UnescapeDataString(text);
        }
        catch (UriFormatException)
        {
            return text;
        }
    }

    [GeneratedRegex(@"10\.[0-9]{4,9}/[^\s?#&""<>]+")]
    private static partial Regex DoiPattern();
}
