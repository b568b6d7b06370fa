namespace Revista.Statistics.Counter;

/// <summary>A built report: the request it answers, the header facts, and its rows; written as JSON or TSV.</summary>
public sealed record CounterReport(
    CounterRequest Request,
    string Platform,
    string InstitutionName,
    string IdNamespace,
    DateTimeOffset Created,
    IReadOnlyList<CounterExceptionRecord> Exceptions,
    IReadOnlyList<CounterRow> Rows)
{
    public CounterReportDefinition Definition => Request.Report;

    /// <summary>The period columns: one per month, or one for the whole period with Granularity=Total.</summary>
    public IReadOnlyList<DateOnly> Columns => Request.Totals ? [Request.Begin] : Request.Months;

    /// <summary>End_Date: the last day of the last month.</summary>
    public DateOnly EndDate => Request.End.AddMonths(1).AddDays(-1);
}
