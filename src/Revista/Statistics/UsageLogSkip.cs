namespace Revista.Statistics;

/// <summary>Why a readable log line gave no usage event; the import's summary counts each.</summary>
public enum UsageLogSkip
{
    /// <summary>The request line is "-" or junk (a TLS handshake on a plain port, a scanner's bytes).</summary>
    MalformedRequest,
    /// <summary>Not a GET: HEAD, POST, OPTIONS… are no reader's use (COUNTER R5.1 §7.1 counts successful retrievals).</summary>
    NotGet,
    /// <summary>Not 200 or 304, the statuses COUNTER R5.1 §7.1 counts (redirects, errors, partial content).</summary>
    Unsuccessful,
    /// <summary>A URL that is not an article page, figure, file or old URL with a DOI: home pages, style sheets, search, /doi/ redirects, exports.</summary>
    NotArticleUrl,
    /// <summary>An image file: browsers load inline figures by themselves while a page is read, which is no action of the reader.</summary>
    Image,
    /// <summary>An article URL, stored file or DOI that no article hosted here has.</summary>
    UnknownArticle,
}

public static class UsageLogSkipText
{
    /// <summary>How the command's summary names the reason.</summary>
    public static string Describe(this UsageLogSkip skip) => skip switch
    {
        UsageLogSkip.MalformedRequest => "malformed request",
        UsageLogSkip.NotGet => "not GET",
        UsageLogSkip.Unsuccessful => "not 200/304",
        UsageLogSkip.NotArticleUrl => "not an article URL",
        UsageLogSkip.Image => "image",
        UsageLogSkip.UnknownArticle => "unknown article",
        _ => skip.ToString(),
    };
}
