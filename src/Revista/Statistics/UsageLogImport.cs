using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Revista.Data;

namespace Revista.Statistics;

/// <summary>
/// A web-server log imported by <c>revista stats import-log</c>, known by the SHA-256 of its content so the same log is
/// never imported twice, whatever it is called. Its events carry its <see cref="Id"/> (<see cref="UsageEvent.LogImportId"/>).
/// Written in the same transaction as its events: a row here means the whole file is in.
/// </summary>
public sealed class UsageLogImport
{
    public const int FileNameLength = 255;

    public int Id { get; set; }
    /// <summary>SHA-256 of the content after decompression (<see cref="AccessLogFile.HashAsync"/>), 64 lower-case hex digits.</summary>
    public string Sha256 { get; set; } = "";
    /// <summary>The file's name (without folder) when it was imported.</summary>
    public string FileName { get; set; } = "";
    public DateTimeOffset ImportedAt { get; set; }
    public long Lines { get; set; }
    public int Investigations { get; set; }
    public int Requests { get; set; }
    public long Skipped { get; set; }
    public long BadLines { get; set; }
    /// <summary>The earliest and latest time of the log's readable lines, to warn when two imports cover the same time.</summary>
    public DateTimeOffset? FirstLineAt { get; set; }
    public DateTimeOffset? LastLineAt { get; set; }
}

internal sealed class UsageLogImportConfiguration : IEntityTypeConfiguration<UsageLogImport>
{
    public void Configure(EntityTypeBuilder<UsageLogImport> builder)
    {
        builder.Property(i => i.Sha256).HasMaxLength(ColumnLengths.Sha256);
        builder.Property(i => i.FileName).HasMaxLength(UsageLogImport.FileNameLength);
        builder.HasIndex(i => i.Sha256).IsUnique();
    }
}
