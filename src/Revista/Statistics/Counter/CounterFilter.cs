namespace Revista.Statistics.Counter;

/// <summary>A Report_Filter as the header states it: a name and its values (one value for Item_ID and Platform).</summary>
public sealed record CounterFilter(string Name, IReadOnlyList<string> Values)
{
    /// <summary>Item_ID and Platform are single strings in the JSON header; every other filter is an array.</summary>
    public bool IsList => Name is not ("Item_ID" or "Platform" or "Author");
}
