namespace Revista.Statistics.Counter;

/// <summary>
/// A report request after validation: whole months, the filters that apply, the attributes to show, and the
/// Exceptions the response carries (invalid values are ignored and reported, per the SUSHI API's 3050/3060/3062).
/// </summary>
public sealed record CounterRequest
{
    /// <summary>The only customer so far: usage not attributed to an institution (the hook for later).</summary>
    public const string AnonymousCustomer = "anonymous";

    public required CounterReportDefinition Report { get; init; }
    public string CustomerId { get; init; } = AnonymousCustomer;
    /// <summary>First day of the first month reported.</summary>
    public required DateOnly Begin { get; init; }
    /// <summary>First day of the last month reported.</summary>
    public required DateOnly End { get; init; }
    /// <summary>Granularity=Total: one count for the whole period instead of one per month.</summary>
    public bool Totals { get; init; }
    /// <summary>Metric_Type filter (null: all the report's metrics).</summary>
    public IReadOnlyList<string>? MetricTypes { get; init; }
    public IReadOnlyList<string>? DataTypes { get; init; }
    /// <summary>Access_Type filter in COUNTER terms (Open, Free_To_Read, Controlled).</summary>
    public IReadOnlyList<string>? AccessTypes { get; init; }
    public IReadOnlyList<string>? AccessMethods { get; init; }
    /// <summary>YOP filter: inclusive year ranges.</summary>
    public IReadOnlyList<(int From, int To)>? Yops { get; init; }
    /// <summary>item_id filter: a DOI, an ISSN or a Proprietary id "namespace:value".</summary>
    public string? ItemId { get; init; }
    /// <summary>A journal (slug) the command line restricts the report to.</summary>
    public string? JournalSlug { get; init; }
    /// <summary>Attribute columns shown: the report's fixed ones and those asked for with attributes_to_show.</summary>
    public IReadOnlyList<string> Shown { get; init; } = [];
    /// <summary>attributes_to_show as given (valid values only), for the Report_Attributes header.</summary>
    public IReadOnlyList<string> AttributesToShow { get; init; } = [];
    public bool ParentDetails { get; init; }
    /// <summary>Whether granularity was given (the header states it only then).</summary>
    public bool GranularityGiven { get; init; }
    /// <summary>The Report_Filters for the header (besides Begin_Date and End_Date), in request order.</summary>
    public IReadOnlyList<CounterFilter> Filters { get; init; } = [];
    public IReadOnlyList<CounterExceptionRecord> Exceptions { get; init; } = [];

    public bool Shows(string attribute) => Shown.Contains(attribute);

    /// <summary>The months of the period, first days.</summary>
    public IReadOnlyList<DateOnly> Months
    {
        get
        {
            var months = new List<DateOnly>();
            for (var month = Begin; month <= End; month = month.AddMonths(1))
                months.Add(month);
            return months;
        }
    }
}
