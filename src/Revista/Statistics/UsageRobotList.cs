using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Revista.Statistics;

/// <summary>
/// The robots list in force (COUNTER R5.1 §7.8), one row, replaced by <c>revista stats robots update</c>. Kept in the
/// database rather than shipped, so every node and the command line use the same list and a newer one needs no
/// release; the patterns are stored as they were loaded (a JSON array of strings), with their source and load time.
/// </summary>
public sealed class UsageRobotList
{
    public int Id { get; set; }
    /// <summary>The URL or file the list was read from.</summary>
    public string Source { get; set; } = "";
    public DateTimeOffset LoadedAt { get; set; }
    public int PatternCount { get; set; }
    /// <summary>The patterns, as a JSON array of strings.</summary>
    public string Patterns { get; set; } = "[]";
}

internal sealed class UsageRobotListConfiguration : IEntityTypeConfiguration<UsageRobotList>
{
    public void Configure(EntityTypeBuilder<UsageRobotList> builder) =>
        builder.Property(l => l.Source).HasMaxLength(2000);
}
