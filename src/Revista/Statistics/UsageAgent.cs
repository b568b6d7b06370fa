using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Revista.Statistics;

/// <summary>
/// A user-agent string, stored once however many events carry it: raw events stay small (ids, not strings), and
/// robots are recognised once per agent rather than once per event.
/// </summary>
public sealed class UsageAgent
{
    /// <summary>Longer user agents are cut here: real browsers stay under 300 characters, and the index needs a bound.</summary>
    public const int MaxLength = 512;

    public int Id { get; set; }
    public string Text { get; set; } = "";
}

internal sealed class UsageAgentConfiguration : IEntityTypeConfiguration<UsageAgent>
{
    public void Configure(EntityTypeBuilder<UsageAgent> builder)
    {
        builder.Property(a => a.Text).HasMaxLength(UsageAgent.MaxLength);
        builder.HasIndex(a => a.Text).IsUnique();
    }
}
