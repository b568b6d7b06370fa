namespace Revista.Articles;

/// <summary>A JATS aff of the article (or of a sub-article), in document order.</summary>
public sealed class Affiliation
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public string? SubArticleId { get; set; }
    public int Position { get; set; }
    /// <summary>aff/@id, what contributors point at through xref ref-type="aff".</summary>
    public string? XmlId { get; set; }
    public string? Label { get; set; }
    /// <summary>The affiliation as written, without its label.</summary>
    public string Text { get; set; } = "";
    /// <summary>The institution names, joined with ", ".</summary>
    public string? Institution { get; set; }
    public string? Country { get; set; }
    public string? CountryCode { get; set; }
    /// <summary>Research Organization Registry id as the full https://ror.org/… URL.</summary>
    public string? Ror { get; set; }
    public string? Language { get; set; }
}
