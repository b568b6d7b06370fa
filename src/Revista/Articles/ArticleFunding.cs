namespace Revista.Articles;

/// <summary>A JATS award-group of funding-group: funder, its id (e.g. a Crossref Funder Registry DOI) and award numbers.</summary>
public sealed class ArticleFunding
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public int Position { get; set; }
    public string? FunderName { get; set; }
    public string? FunderId { get; set; }
    public List<string> AwardIds { get; set; } = [];
    public string? Recipient { get; set; }
}
