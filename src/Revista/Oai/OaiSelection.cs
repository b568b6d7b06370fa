namespace Revista.Oai;

/// <summary>
/// What a ListIdentifiers or ListRecords request asks for (OAI-PMH 2.0 §3.3 selective harvesting), as the arguments
/// gave it: the metadata prefix, the set and the date bounds. Carried unchanged in every resumption token of the list.
/// </summary>
public sealed record OaiSelection(string MetadataPrefix, string? Set, string? From, string? Until)
{
    /// <summary>The inclusive lower bound on datestamps, or null.</summary>
    public DateTimeOffset? FromInclusive =>
        OaiDatestamp.TryParse(From, out var from, out _) ? from : null;

    /// <summary>The exclusive upper bound (the end of the day or second named by until), or null.</summary>
    public DateTimeOffset? UntilExclusive =>
        OaiDatestamp.TryParse(Until, out var until, out var isDay) ? OaiDatestamp.EndOf(until, isDay) : null;

    /// <summary>Why the date bounds are unusable (§3.3.1: same granularity on both, from not after until), or null when they are fine.</summary>
    public string? DateProblem()
    {
        bool fromIsDay = false, untilIsDay = false;
        DateTimeOffset from = default, until = default;
        if (From is not null && !OaiDatestamp.TryParse(From, out from, out fromIsDay))
            return $"from=\"{From}\" is not a UTC date (YYYY-MM-DD) or time (YYYY-MM-DDThh:mm:ssZ).";
        if (Until is not null && !OaiDatestamp.TryParse(Until, out until, out untilIsDay))
            return $"until=\"{Until}\" is not a UTC date (YYYY-MM-DD) or time (YYYY-MM-DDThh:mm:ssZ).";
        if (From is not null && Until is not null)
        {
            if (fromIsDay != untilIsDay)
                return "from and until must have the same granularity (both days or both seconds).";
            if (from > until)
                return "from is later than until.";
        }
        return null;
    }
}
