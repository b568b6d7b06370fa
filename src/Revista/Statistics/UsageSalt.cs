using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Revista.Statistics;

/// <summary>
/// The random key of one UTC day under which readers' IP addresses are hashed (<see cref="UsageEvent.ClientKey"/>).
/// Stored so that every web node and a restart on the same day hash a reader alike (COUNTER sessions and double-clicks
/// must match); deleted once its day is over (<see cref="UsageRecorder.ForgetSaltsAsync"/>), after which no stored
/// hash can be traced back to an address, not even by trying all of them.
/// </summary>
public sealed class UsageSalt
{
    public const int Length = 32;

    public DateOnly Day { get; set; }
    public byte[] Value { get; set; } = [];
}

internal sealed class UsageSaltConfiguration : IEntityTypeConfiguration<UsageSalt>
{
    public void Configure(EntityTypeBuilder<UsageSalt> builder) =>
        builder.HasKey(s => s.Day);
}
