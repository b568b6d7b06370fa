using System.Security.Cryptography;
using System.Text;
using Revista.Statistics;

namespace Revista.Tests.Statistics;

/// <summary>
/// The stored keys keep their definitions (first 8 bytes of HMAC-SHA256 and of SHA-256) however they are computed:
/// one reused keyed hash per day and remembered path keys must give what the definition gives, event after event.
/// </summary>
public sealed class UsageKeysTests
{
    private static readonly byte[] Salt = [.. Enumerable.Range(1, UsageSalt.Length).Select(i => (byte)i)];

    private static long Defined(string? address, string agent) =>
        BitConverter.ToInt64(HMACSHA256.HashData(Salt, Encoding.UTF8.GetBytes((address ?? "") + "\n" + agent)), 0);

    private static readonly (string? Address, string Agent)[] Sample =
    [
        ("192.0.2.7", "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0"),
        (null, "curl/8.0"),
        ("2001:db8::1", "Navegador Ñandú/1.0 (español; 中文)"),
        ("192.0.2.8", ""),
        ("192.0.2.9", new string('x', 5_000) + "é"),
    ];

    public static TheoryData<string?, string> Readers => new(Sample);

    [Theory]
    [MemberData(nameof(Readers))]
    public void A_client_key_is_the_first_eight_bytes_of_the_keyed_hash_of_address_and_agent(string? address, string agent) =>
        Assert.Equal(Defined(address, agent), UsageRecorder.ClientKey(Salt, address, agent));

    [Fact]
    public void One_reused_keyed_hash_gives_each_reader_the_key_a_fresh_one_gives()
    {
        using var keys = new UsageClientKeys(Salt);
        var twice = Sample.Concat(Sample).ToList();

        var keyed = twice.Select(r => keys.Key(r.Address, r.Agent)).ToList();

        Assert.Equal(twice.Select(r => Defined(r.Address, r.Agent)), keyed);
    }

    [Fact]
    public void A_remembered_path_key_is_the_first_eight_bytes_of_its_hash_even_past_the_memory_bound()
    {
        var targets = new UsageTargetKeys();
        var paths = Enumerable.Range(0, 60_000).Select(i => $"/tj/articles/{i % 55_000}/año").ToList();

        var keys = paths.Select(targets.Key).ToList();

        Assert.Equal(paths.Select(p => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(p)), 0)), keys);
    }
}
