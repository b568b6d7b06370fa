using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Revista.Data;

namespace Revista.Articles;

/// <summary>A JATS ref of the reference list: the structured fields of its citation and the citation as written.</summary>
public sealed class Reference
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public int Position { get; set; }
    public string? XmlId { get; set; }
    public string? Label { get; set; }
    /// <summary>publication-type (element-citation, mixed-citation) or citation-type: journal, book, web, …</summary>
    public string? PublicationType { get; set; }
    public List<ReferenceName> Authors { get; set; } = [];
    public List<ReferenceName> Editors { get; set; } = [];
    public bool HasEtAl { get; set; }
    public string? ArticleTitle { get; set; }
    public string? Source { get; set; }
    public string? Year { get; set; }
    public string? Volume { get; set; }
    public string? Issue { get; set; }
    public string? FirstPage { get; set; }
    public string? LastPage { get; set; }
    public string? ElocationId { get; set; }
    public string? Publisher { get; set; }
    public string? PublisherLocation { get; set; }
    public string? Doi { get; set; }
    public string? Pmid { get; set; }
    public string? Pmcid { get; set; }
    public string? Uri { get; set; }
    /// <summary>The citation as written, plain text.</summary>
    public string Text { get; set; } = "";
    /// <summary>The citation as written, safe inline HTML.</summary>
    public string Html { get; set; } = "";
}

/// <summary>A person or group (Collab) named in a reference.</summary>
public sealed record ReferenceName(string? Surname, string? GivenNames, string? Suffix, string? Collab);

internal sealed class ReferenceConfiguration : IEntityTypeConfiguration<Reference>
{
    public void Configure(EntityTypeBuilder<Reference> builder)
    {
        builder.Property(r => r.Authors).HasJsonConversion();
        builder.Property(r => r.Editors).HasJsonConversion();
    }
}
