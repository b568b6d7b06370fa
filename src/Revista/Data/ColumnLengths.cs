namespace Revista.Data;

/// <summary>
/// Maximum lengths of the text columns that carry an index. PostgreSQL enforces them (varchar(n)) and SQLite does not,
/// so the upsert checks keys against them before saving, and both databases reject the same input.
/// Other text columns are unbounded: nothing queries them by value.
/// </summary>
internal static class ColumnLengths
{
    public const int Slug = 100;
    /// <summary>The DOI Handbook sets no limit; Crossref deposits allow 2048, real ones stay far below 300.</summary>
    public const int Doi = 300;
    public const int PublisherId = 200;
    /// <summary>ISO 3297 ISSN as "NNNN-NNNC".</summary>
    public const int Issn = 9;
    public const int JournalIdType = 64;
    public const int JournalIdValue = 200;
    public const int IssueLabel = 100;
    public const int IssueKey = 250;
    public const int SectionTitle = 500;
    public const int Sha256 = 64;
    public const int MediaType = 255;
    public const int OutboxOperation = 16;
}
