namespace Revista.Articles;

/// <summary>
/// Pre-rendered HTML of one language version of the full text (body and back matter), rendered once at import so page
/// requests never parse XML; RendererVersion tells `revista rerender` which rows are stale.
/// </summary>
public sealed class ArticleFragment
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public string Language { get; set; } = "";
    /// <summary>null for the main article; the sub-article's id for a translation.</summary>
    public string? SubArticleId { get; set; }
    public bool IsTranslation { get; set; }
    public string Html { get; set; } = "";
    public int RendererVersion { get; set; }
}
