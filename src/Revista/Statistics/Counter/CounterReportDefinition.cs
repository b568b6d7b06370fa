namespace Revista.Statistics.Counter;

/// <summary>What a report counts: the platform as a whole, journals (titles) or articles (items).</summary>
public enum CounterLevel
{
    Platform,
    Title,
    Item,
}

/// <summary>
/// A COUNTER R5.1 report or Standard View this platform serves. Revista hosts journal articles only, all of them open
/// or free to read, so the book, database and multimedia reports and the views of Controlled usage or denials (TR_J1,
/// TR_J2, TR_J4) would always be empty and are not offered (the report list tells clients what is).
/// </summary>
public sealed record CounterReportDefinition(
    string Id,
    string Name,
    string Description,
    CounterLevel Level,
    IReadOnlyList<string> Metrics,
    bool IsStandardView)
{
    public const string TotalItemInvestigations = "Total_Item_Investigations";
    public const string TotalItemRequests = "Total_Item_Requests";
    public const string UniqueItemInvestigations = "Unique_Item_Investigations";
    public const string UniqueItemRequests = "Unique_Item_Requests";

    private static readonly string[] AllMetrics = [TotalItemInvestigations, TotalItemRequests, UniqueItemInvestigations, UniqueItemRequests];
    private static readonly string[] RequestMetrics = [TotalItemRequests, UniqueItemRequests];

    public static readonly CounterReportDefinition Pr = new("PR", "Platform Report",
        "Usage of the platform as a whole, by data type and access method.", CounterLevel.Platform, AllMetrics, false);
    public static readonly CounterReportDefinition PrP1 = new("PR_P1", "Platform Usage",
        "Requests of the platform's content, the Standard View of the Platform Report.", CounterLevel.Platform, RequestMetrics, true);
    public static readonly CounterReportDefinition Tr = new("TR", "Title Report",
        "Usage of each journal, with filters and attributes.", CounterLevel.Title, AllMetrics, false);
    public static readonly CounterReportDefinition TrJ3 = new("TR_J3", "Journal Usage by Access Type",
        "Investigations and requests of each journal by access type (Open or Free_To_Read).", CounterLevel.Title, AllMetrics, true);
    public static readonly CounterReportDefinition Ir = new("IR", "Item Report",
        "Usage of each article, with filters and attributes.", CounterLevel.Item, AllMetrics, false);
    public static readonly CounterReportDefinition IrA1 = new("IR_A1", "Journal Article Requests",
        "Requests of each journal article, with its journal.", CounterLevel.Item, RequestMetrics, true);

    public static readonly IReadOnlyList<CounterReportDefinition> All = [Pr, PrP1, Tr, TrJ3, Ir, IrA1];

    /// <summary>The report whose Report_ID (any case) is <paramref name="id"/>, or null when this platform does not serve it.</summary>
    public static CounterReportDefinition? Find(string id) =>
        All.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));

    public string Path => "/r51/reports/" + Id.ToLowerInvariant();

    /// <summary>
    /// The query parameters the SUSHI API lists for this report's path (besides customer_id, requestor_id, api_key,
    /// platform, begin_date and end_date, which every report takes).
    /// </summary>
    public IReadOnlyList<string> Parameters => Id switch
    {
        "PR" => ["metric_type", "data_type", "access_method", "attributes_to_show", "granularity"],
        "TR" => ["metric_type", "data_type", "access_method", "access_type", "yop", "attributes_to_show", "granularity", "item_id"],
        "IR" => ["metric_type", "data_type", "access_method", "access_type", "yop", "attributes_to_show", "granularity", "include_parent_details", "item_id"],
        _ => [],
    };

    /// <summary>The Attributes_To_Show values served (the spec's others — institution, country, format — are not recorded here).</summary>
    public IReadOnlyList<string> SupportedAttributes => Id switch
    {
        "PR" => ["Access_Method"],
        "TR" => ["YOP", "Access_Type", "Access_Method"],
        "IR" => ["Authors", "Publication_Date", "Article_Version", "YOP", "Access_Type", "Access_Method"],
        _ => [],
    };

    /// <summary>The Metric_Type filter values the spec's schema allows for this report.</summary>
    public IReadOnlyList<string> AllowedMetricFilter => Id switch
    {
        "PR" => ["Searches_Platform", TotalItemInvestigations, TotalItemRequests, UniqueItemInvestigations, UniqueItemRequests, "Unique_Title_Investigations", "Unique_Title_Requests"],
        "TR" => [TotalItemInvestigations, TotalItemRequests, UniqueItemInvestigations, UniqueItemRequests, "Unique_Title_Investigations", "Unique_Title_Requests", "Limit_Exceeded", "No_License"],
        _ => [TotalItemInvestigations, TotalItemRequests, UniqueItemInvestigations, UniqueItemRequests, "Limit_Exceeded", "No_License"],
    };

    /// <summary>The Data_Type filter values the spec's schema allows for this report.</summary>
    public IReadOnlyList<string> AllowedDataTypeFilter => Id switch
    {
        "PR" => ["Article", "Audiovisual", "Book", "Book_Segment", "Conference", "Conference_Item", "Database_Full_Item", "Dataset", "Image", "Interactive_Resource", "Journal", "Multimedia", "News_Item", "Newspaper_or_Newsletter", "Other", "Patent", "Platform", "Reference_Item", "Reference_Work", "Report", "Software", "Sound", "Standard", "Thesis_or_Dissertation", "Unspecified"],
        "TR" => ["Book", "Conference", "Journal", "Newspaper_or_Newsletter", "Other", "Patent", "Reference_Work", "Report", "Standard", "Thesis_or_Dissertation", "Unspecified"],
        _ => ["Article", "Audiovisual", "Book_Segment", "Conference_Item", "Database_Full_Item", "Dataset", "Image", "Interactive_Resource", "Multimedia", "News_Item", "Other", "Patent", "Reference_Item", "Report", "Software", "Sound", "Standard", "Thesis_or_Dissertation", "Unspecified"],
    };

    /// <summary>
    /// The Data_Type of our usage in this report: journal articles are Article items of Journal titles (R5.1 §3.3.2);
    /// the Platform Report aggregates titles, so it reports them as Journal, matching the Title Report's totals.
    /// </summary>
    public string DataType => Level == CounterLevel.Item ? "Article" : "Journal";

    /// <summary>The fixed Report_Filters of a Standard View (the const values of its schema), in the samples' order.</summary>
    public IReadOnlyList<CounterFilter> FixedFilters => Id switch
    {
        "PR_P1" => [new("Access_Method", ["Regular"]), new("Metric_Type", ["Searches_Platform", TotalItemRequests, UniqueItemRequests, "Unique_Title_Requests"])],
        "TR_J3" => [new("Data_Type", ["Journal"]), new("Access_Method", ["Regular"]), new("Metric_Type", AllMetrics)],
        "IR_A1" => [new("Data_Type", ["Article"]), new("Access_Method", ["Regular"]), new("Metric_Type", RequestMetrics)],
        _ => [],
    };

    /// <summary>The attribute columns a Standard View always shows.</summary>
    public IReadOnlyList<string> FixedAttributes => Id switch
    {
        "PR_P1" => ["Data_Type"],
        "TR_J3" => ["Access_Type"],
        "IR_A1" => ["Authors", "Publication_Date", "Article_Version", "Access_Type"],
        "PR" or "TR" or "IR" => ["Data_Type"],
        _ => [],
    };
}
