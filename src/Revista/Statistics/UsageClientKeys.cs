using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Revista.Statistics;

/// <summary>
/// The COUNTER user keys of one day: the first 8 bytes of HMAC-SHA256(salt, address + LF + user agent), computed with
/// one keyed hash reused for every event of a batch and without a string or array per event.
/// </summary>
internal sealed class UsageClientKeys(byte[] salt) : IDisposable
{
    private readonly IncrementalHash _hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, salt);

    public long Key(string? address, string userAgent)
    {
        var length = Encoding.UTF8.GetMaxByteCount((address?.Length ?? 0) + 1 + userAgent.Length);
        var rented = length > 1024 ? ArrayPool<byte>.Shared.Rent(length) : null;
        try
        {
            Span<byte> text = rented ?? stackalloc byte[1024];
            var used = Encoding.UTF8.GetBytes(address.AsSpan(), text);
            text[used++] = (byte)'\n';
            used += Encoding.UTF8.GetBytes(userAgent, text[used..]);
            _hmac.AppendData(text[..used]);
            Span<byte> hash = stackalloc byte[32];
            _hmac.GetHashAndReset(hash);
            return BitConverter.ToInt64(hash);
        }
        finally
        {
            if (rented is not null)
                ArrayPool<byte>.Shared.Return(rented);
        }
    }

    public void Dispose() => _hmac.Dispose();
}
