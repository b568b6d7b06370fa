namespace Revista.Storage;

/// <summary>What <see cref="ImageInfo.Read"/> learns about a file: its media type and, for images, its pixel size.</summary>
public sealed record MediaInfo(string MediaType, int? Width, int? Height);
