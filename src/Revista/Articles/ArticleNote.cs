namespace Revista.Articles;

/// <summary>An author note, a footnote of the back matter or a custom note ("Please cite this article as …").</summary>
public sealed class ArticleNote
{
    public const string AuthorNote = "author-note";
    public const string Footnote = "footnote";
    public const string Note = "note";

    public int Id { get; set; }
    public int ArticleId { get; set; }
    public string? SubArticleId { get; set; }
    public int Position { get; set; }
    /// <summary><see cref="AuthorNote"/>, <see cref="Footnote"/> or <see cref="Note"/>.</summary>
    public string Kind { get; set; } = Note;
    public string? XmlId { get; set; }
    /// <summary>fn-type or notes-type (corresp, equal, present-address, …).</summary>
    public string? Type { get; set; }
    public string? Label { get; set; }
    public string? Title { get; set; }
    public string Html { get; set; } = "";
    public string Text { get; set; } = "";
}
