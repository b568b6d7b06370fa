using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Revista.Data;

namespace Revista.Storage;

/// <summary>
/// A file in the <see cref="AssetStore"/>, keyed by the SHA-256 of its bytes, so the same figure shared by two
/// articles (or two versions) is stored once.
/// </summary>
public sealed class StoredAsset
{
    /// <summary>64 lower-case hex digits.</summary>
    public string Sha256 { get; set; } = "";
    /// <summary>Size in bytes.</summary>
    public long Bytes { get; set; }
    public string MediaType { get; set; } = MediaTypes.OctetStream;
    public int? Width { get; set; }
    public int? Height { get; set; }
    /// <summary>The file name it was first imported under.</summary>
    public string OriginalFileName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class StoredAssetConfiguration : IEntityTypeConfiguration<StoredAsset>
{
    public void Configure(EntityTypeBuilder<StoredAsset> builder)
    {
        builder.HasKey(a => a.Sha256);
        builder.Property(a => a.Sha256).HasMaxLength(ColumnLengths.Sha256);
        builder.Property(a => a.MediaType).HasMaxLength(ColumnLengths.MediaType);
    }
}
