namespace Revista.Statistics;

public enum UsageLogImportOutcome
{
    Imported,
    /// <summary>A log with the same content was imported before (under this name or another): nothing changed.</summary>
    AlreadyImported,
    /// <summary>Nothing of the file was stored; <see cref="UsageLogImportResult.Error"/> says why.</summary>
    Failed,
}

/// <summary>A line that is not a combined-log line, with its number (from 1) and what is wrong with it.</summary>
public sealed record BadLogLine(long Number, string Problem);

/// <summary>
/// What importing one log did. <see cref="Days"/> are the UTC days that received events: they must be (re)processed
/// for the COUNTER totals to include them.
/// </summary>
public sealed record UsageLogImportResult(string Path, UsageLogImportOutcome Outcome)
{
    /// <summary>The import's id (also of an earlier import of the same content), or null when it failed.</summary>
    public int? ImportId { get; init; }
    public long Lines { get; init; }
    public int Investigations { get; init; }
    public int Requests { get; init; }
    public int Events => Investigations + Requests;
    public IReadOnlyDictionary<UsageLogSkip, long> Skipped { get; init; } = new Dictionary<UsageLogSkip, long>();
    public long BadLines { get; init; }
    /// <summary>The first few bad lines (<see cref="UsageLogImporter.BadLinesShown"/>).</summary>
    public IReadOnlyList<BadLogLine> FirstBadLines { get; init; } = [];
    /// <summary>UTC days that received events, in order.</summary>
    public IReadOnlyList<DateOnly> Days { get; init; } = [];
    /// <summary>For <see cref="UsageLogImportOutcome.AlreadyImported"/>: the name and time of the earlier import.</summary>
    public string? EarlierFileName { get; init; }
    public DateTimeOffset? EarlierImportedAt { get; init; }
    /// <summary>Earlier imports whose lines span overlapping times: perhaps the same requests in another (growing or differently cut) file.</summary>
    public IReadOnlyList<string> OverlappingFiles { get; init; } = [];
    public string? Error { get; init; }
}
