namespace Revista.Articles;

/// <summary>A JATS abstract or trans-abstract (of the article or of a sub-article).</summary>
public sealed class ArticleAbstract
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public string? SubArticleId { get; set; }
    public int Position { get; set; }
    public string Language { get; set; } = "";
    /// <summary>abstract-type (graphical, summary, …); null for the main abstract.</summary>
    public string? Type { get; set; }
    public bool IsTranslation { get; set; }
    public string? Title { get; set; }
    public string Html { get; set; } = "";
    public string Text { get; set; } = "";
}
