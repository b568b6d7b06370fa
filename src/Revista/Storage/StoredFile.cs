namespace Revista.Storage;

/// <summary>The result of <see cref="AssetStore.PutAsync"/>: the file's SHA-256 (its name), its size, and whether this call added it.</summary>
public sealed record StoredFile(string Sha256, long Bytes, bool IsNew);
