namespace Revista.Citations;

/// <summary>A CSL-JSON date: date-parts (start and, for ranges, end), season, circa, or a literal string.</summary>
public sealed record CslDate
{
    /// <summary>Year, month, day of the start; 0 when absent. Months 13–16 are seasons (CSL-JSON convention).</summary>
    public int[] Start { get; init; } = [0, 0, 0];

    /// <summary>End of a range, or null.</summary>
    public int[]? End { get; init; }

    public int Season { get; init; }

    /// <summary>A range with a start and no end yet ("1987–"): rendered with the range delimiter after the start.</summary>
    public bool OpenEnded { get; init; }
    public bool Circa { get; init; }
    public string? Literal { get; init; }

    public bool HasYear => Start[0] != 0;

    /// <summary>A sortable key: year (offset so BC sorts first), month, day, and the end for ranges.</summary>
    public string SortKey() => SortKey(month: true, day: true);

    /// <summary>The sort key with only the parts a rendering shows (a year-only date sorts before dated months of that year).</summary>
    public string SortKey(bool month, bool day)
    {
        if (!HasYear)
            return Literal ?? "";
        string Key(int[] p) => $"{p[0] + 100000:D6}{(month ? p[1] : 0):D2}{(day && month ? p[2] : 0):D2}";
        return End is null ? Key(Start) : Key(Start) + "-" + Key(End);
    }
}
