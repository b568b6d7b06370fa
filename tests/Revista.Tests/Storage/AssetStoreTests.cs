using System.Security.Cryptography;
using System.Text;
using Revista.Storage;

namespace Revista.Tests.Storage;

public sealed class AssetStoreTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("revista-test-").FullName;
    private readonly AssetStore store;

    public AssetStoreTests() => store = new AssetStore(Path.Combine(root, "assets"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public async Task Stores_bytes_under_their_sha256_in_two_folder_levels()
    {
        var bytes = Encoding.UTF8.GetBytes("figura uno");
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));

        var stored = await store.PutAsync(new MemoryStream(bytes), Ct);

        Assert.Equal(new StoredFile(sha256, bytes.Length, IsNew: true), stored);
        var path = Path.Combine(root, "assets", sha256[..2], sha256[2..4], sha256);
        Assert.Equal(path, store.PathOf(sha256));
        Assert.Equal(bytes, await File.ReadAllBytesAsync(path, Ct));
        using var read = store.OpenRead(sha256)!;
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy, Ct);
        Assert.Equal(bytes, copy.ToArray());
    }

    [Fact]
    public async Task The_same_bytes_twice_are_stored_once()
    {
        var bytes = new byte[200_000];
        new Random(7).NextBytes(bytes);

        var first = await store.PutAsync(new MemoryStream(bytes), Ct);
        var second = await store.PutAsync(new MemoryStream(bytes), Ct);

        Assert.True(first.IsNew);
        Assert.Equal(first with { IsNew = false }, second);
        Assert.Single(Directory.GetFiles(Path.Combine(root, "assets"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_write_that_fails_halfway_leaves_no_file_behind()
    {
        await Assert.ThrowsAsync<IOException>(() => store.PutAsync(new FailingStream(100_000), Ct));

        Assert.Empty(Directory.GetFiles(Path.Combine(root, "assets"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Leaves_no_temporary_files_after_storing()
    {
        await store.PutAsync(new MemoryStream([1, 2, 3]), Ct);
        await store.PutAsync(new MemoryStream([1, 2, 3]), Ct);

        Assert.Empty(Directory.GetFiles(Path.Combine(root, "assets", "tmp")));
    }

    [Fact]
    public async Task Delete_removes_a_stored_file_once()
    {
        var stored = await store.PutAsync(new MemoryStream([9]), Ct);

        Assert.True(store.Delete(stored.Sha256));
        Assert.False(store.Delete(stored.Sha256));
        Assert.Null(store.OpenRead(stored.Sha256));
        Assert.False(store.Exists(stored.Sha256));
    }

    [Fact]
    public async Task Upper_case_names_find_the_same_file()
    {
        var stored = await store.PutAsync(new MemoryStream([4, 5]), Ct);

        Assert.Equal(store.PathOf(stored.Sha256), store.PathOf(stored.Sha256.ToUpperInvariant()));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85")]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b8555")]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85g")]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b78/../..")]
    [InlineData("/etc/passwd/0000000000000000000000000000000000000000000000000000")]
    public void Names_that_are_not_a_sha256_are_refused(string name)
    {
        Assert.Throws<ArgumentException>(() => store.PathOf(name));
        Assert.Throws<ArgumentException>(() => store.OpenRead(name));
        Assert.Throws<ArgumentException>(() => store.Delete(name));
    }

    /// <summary>Yields some bytes, then fails like a broken upload or a truncated zip entry.</summary>
    private sealed class FailingStream(int bytesBeforeFailure) : Stream
    {
        private int remaining = bytesBeforeFailure;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (remaining == 0)
                throw new IOException("The source failed.");
            var n = Math.Min(count, remaining);
            Array.Fill(buffer, (byte)7, offset, n);
            remaining -= n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
