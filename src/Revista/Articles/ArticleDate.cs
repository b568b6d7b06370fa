namespace Revista.Articles;

/// <summary>A JATS pub-date or history date, with the parts the file wrote.</summary>
public sealed class ArticleDate
{
    public const string Publication = "pub";
    public const string History = "history";

    public int Id { get; set; }
    public int ArticleId { get; set; }
    public int Position { get; set; }
    /// <summary><see cref="Publication"/> for pub-date, <see cref="History"/> for history/date.</summary>
    public string Kind { get; set; } = Publication;
    /// <summary>pub-type or date-type: epub, ppub, collection, received, accepted, …</summary>
    public string Type { get; set; } = "";
    public string? PublicationFormat { get; set; }
    public int? Year { get; set; }
    public int? Month { get; set; }
    public int? Day { get; set; }
    public string? Season { get; set; }
    /// <summary>ISO 8601 with the parts known: "2014", "2014-09", "2014-09-15".</summary>
    public string? Iso { get; set; }
    public string? StringDate { get; set; }
}
