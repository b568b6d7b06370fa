using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Revista.Statistics;

/// <summary>
/// The 64-bit keys of URL paths (<see cref="UsageEvent.TargetKey"/>): the first 8 bytes of SHA-256 of the path's UTF-8.
/// A site's traffic repeats a small set of paths, so keys already computed are remembered, up to a bound that a flood
/// of distinct URLs cannot pass.
/// </summary>
internal sealed class UsageTargetKeys
{
    private const int Remembered = 50_000;
    private readonly ConcurrentDictionary<string, long> _keys = new(StringComparer.Ordinal);

    public long Key(string path)
    {
        if (_keys.TryGetValue(path, out var key))
            return key;
        key = Compute(path);
        if (_keys.Count >= Remembered)
            _keys.Clear();
        _keys[path] = key;
        return key;
    }

    public static long Compute(string path)
    {
        var bytes = Encoding.UTF8.GetBytes(path);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes, hash);
        return BitConverter.ToInt64(hash);
    }
}
