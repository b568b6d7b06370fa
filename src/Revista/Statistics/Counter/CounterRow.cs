namespace Revista.Statistics.Counter;

/// <summary>
/// One line of a report: what was used (the platform, a journal or an article), its attribute values, and each
/// metric's counts per month of the period (one count for the whole period with Granularity=Total).
/// </summary>
public sealed class CounterRow
{
    public CounterTitle? Title { get; init; }
    public CounterItem? Item { get; init; }
    public string? DataType { get; init; }
    public string? Yop { get; init; }
    public string? AccessType { get; init; }
    public string? AccessMethod { get; init; }
    /// <summary>Metric_Type → counts by period column, in the report's metric order; metrics with no usage are absent.</summary>
    public required IReadOnlyList<(string Metric, long[] Counts)> Metrics { get; init; }
}

/// <summary>A journal as the Title Report names it (Title, Publisher, Item_ID).</summary>
public sealed record CounterTitle(int JournalId, string Title, string Publisher, string? PrintIssn, string? OnlineIssn, string Proprietary);

/// <summary>An article as the Item Report names it, with its journal (the parent).</summary>
public sealed record CounterItem(int ArticleId, string Title, string? Doi, string Proprietary, DateOnly PublicationDate, IReadOnlyList<CounterAuthor> Authors, CounterTitle Parent);

public sealed record CounterAuthor(string Name, string? Orcid);
