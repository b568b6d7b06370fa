namespace Revista.Articles;

/// <summary>A JATS subject of article-categories, with its subj-group-type.</summary>
public sealed class ArticleSubject
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public int Position { get; set; }
    public string? GroupType { get; set; }
    public string Value { get; set; } = "";
}
