namespace Revista.Articles;

/// <summary>A JATS kwd, with the language and kwd-group-type of its group.</summary>
public sealed class Keyword
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public string? SubArticleId { get; set; }
    public int Position { get; set; }
    public string Language { get; set; } = "";
    public string? GroupType { get; set; }
    public string Value { get; set; } = "";
}
