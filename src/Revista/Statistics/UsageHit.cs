namespace Revista.Statistics;

/// <summary>
/// A use of an article as it was seen, live or in a web-server log, before it is made private and stored as a
/// <see cref="UsageEvent"/> by <see cref="UsageRecorder"/>: the address and user agent are here, and nowhere after.
/// </summary>
/// <param name="Path">The URL path requested, without query: double-clicks are repeated requests for the same one.</param>
/// <param name="ClientAddress">The reader's IP address as text; null when unknown (then the user agent alone identifies the user).</param>
public sealed record UsageHit(
    DateTimeOffset OccurredAt,
    int ArticleId,
    UsageActivity Activity,
    UsageFormat Format,
    string Path,
    string? ClientAddress,
    string UserAgent,
    int? LogImportId = null);
