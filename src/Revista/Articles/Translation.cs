namespace Revista.Articles;

/// <summary>
/// The article in another language: from trans-title-group, trans-abstract and kwd-group of that xml:lang, and from a
/// translation sub-article (which may carry its own DOI and full text).
/// </summary>
public sealed class Translation
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public string Language { get; set; } = "";
    /// <summary>The translation sub-article's id when the full text is translated; its HTML is the fragment with this id.</summary>
    public string? SubArticleId { get; set; }
    public string? Doi { get; set; }
    public string? Title { get; set; }
    public string? TitleHtml { get; set; }
    public string? Subtitle { get; set; }
    public string? SubtitleHtml { get; set; }
    public string? AbstractHtml { get; set; }
    /// <summary>The translation sub-article's own section heading ("Imágenes en la práctica clínica"); null when it names none.</summary>
    public string? SectionTitle { get; set; }
    public List<string> Keywords { get; set; } = [];
}
