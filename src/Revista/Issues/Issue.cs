using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Revista.Data;
using Revista.Journals;

namespace Revista.Issues;

/// <summary>
/// An issue of a journal (JATS article-meta volume, issue and the issue's publication date). Articles of continuous
/// publication that name neither volume nor issue have no issue.
/// </summary>
public sealed class Issue
{
    public int Id { get; set; }
    public int JournalId { get; set; }
    public Journal? Journal { get; set; }
    public string? Volume { get; set; }
    public string? Number { get; set; }
    public int? Year { get; set; }
    /// <summary>
    /// Volume, number and year in one non-null value. SQL unique indexes treat NULLs as distinct, so a unique index on
    /// the three nullable columns would let "vol 3, no issue" be inserted twice; the key makes the rule hold on both databases.
    /// </summary>
    public string Key { get; set; } = "";
    /// <summary>The issue date as printed: "September - October 2014", "Spring 2020", "2019".</summary>
    public string? DateLabel { get; set; }
    public DateOnly? PublishedOn { get; set; }

    public static string KeyOf(string? volume, string? number, int? year) => $"{volume}|{number}|{year}";
}

internal sealed class IssueConfiguration : IEntityTypeConfiguration<Issue>
{
    public void Configure(EntityTypeBuilder<Issue> builder)
    {
        builder.Property(i => i.Volume).HasMaxLength(ColumnLengths.IssueLabel);
        builder.Property(i => i.Number).HasMaxLength(ColumnLengths.IssueLabel);
        builder.Property(i => i.Key).HasMaxLength(ColumnLengths.IssueKey);
        builder.HasIndex(i => new { i.JournalId, i.Key }).IsUnique();
        builder.HasIndex(i => new { i.JournalId, i.PublishedOn });
        builder.HasOne(i => i.Journal).WithMany().HasForeignKey(i => i.JournalId).OnDelete(DeleteBehavior.Cascade);
    }
}
