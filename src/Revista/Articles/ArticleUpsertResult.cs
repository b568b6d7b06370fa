namespace Revista.Articles;

public enum ArticleUpsertOutcome
{
    /// <summary>A new article (version 1).</summary>
    Imported,
    /// <summary>An existing article (same DOI, or same publisher-id in the journal) got a new version.</summary>
    Updated,
    /// <summary>The XML is byte-identical to the current version; nothing was written.</summary>
    Unchanged,
}

public sealed record ArticleUpsertResult(ArticleUpsertOutcome Outcome, int ArticleId, int VersionNumber, string JournalSlug);
