namespace Revista.Ingest;

/// <summary>One article to import, or the reason it cannot even be opened (reported as a failed line).</summary>
public sealed record ImportCandidate(string DisplayName, ArticlePackage? Package, string? Problem);
