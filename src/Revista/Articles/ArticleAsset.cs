using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Revista.Data;
using Revista.Storage;

namespace Revista.Articles;

/// <summary>A file of the article (figure image, supplement, PDF galley, media) and the stored bytes it resolved to.</summary>
public sealed class ArticleAsset
{
    public const string Figure = "figure";
    public const string Graphic = "graphic";
    public const string Supplement = "supplement";
    public const string Pdf = "pdf";
    public const string Media = "media";
    public const string Inline = "inline";

    public int Id { get; set; }
    public int ArticleId { get; set; }
    public int Position { get; set; }
    /// <summary>One of figure, graphic, supplement, pdf, media, inline.</summary>
    public string Role { get; set; } = Figure;
    /// <summary>The xlink:href exactly as the XML writes it: what the renderer's links are resolved from.</summary>
    public string Href { get; set; } = "";
    /// <summary>@id of the XML element that names the file (fig, supplementary-material, media).</summary>
    public string? ElementId { get; set; }
    public string Sha256 { get; set; } = "";
    public StoredAsset? StoredAsset { get; set; }
    public string? Label { get; set; }
    public string? CaptionHtml { get; set; }
    public int? Width { get; set; }
    public int? Height { get; set; }
}

internal sealed class ArticleAssetConfiguration : IEntityTypeConfiguration<ArticleAsset>
{
    public void Configure(EntityTypeBuilder<ArticleAsset> builder)
    {
        builder.Property(a => a.Role).HasMaxLength(16);
        builder.Property(a => a.Sha256).HasMaxLength(ColumnLengths.Sha256);
        // Restrict: stored bytes are deleted only by an explicit clean-up of unreferenced files, never by cascade.
        builder.HasOne(a => a.StoredAsset).WithMany().HasForeignKey(a => a.Sha256).OnDelete(DeleteBehavior.Restrict);
    }
}
