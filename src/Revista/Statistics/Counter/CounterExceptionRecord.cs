namespace Revista.Statistics.Counter;

/// <summary>
/// A COUNTER_SUSHI Exception (Code of Practice R5.1 Appendix D, the Exception_NNNN schemas of the SUSHI API): the
/// messages are the schemas' constants, word for word, because clients match them.
/// </summary>
public sealed record CounterExceptionRecord(int Code, string Message, string? Data = null)
{
    public static CounterExceptionRecord InsufficientInformation(string data) => new(1030, "Insufficient Information to Process Request", data);
    public static CounterExceptionRecord NotAuthorizedForInstitution(string data) => new(2010, "Requestor is Not Authorized to Access Usage for Institution", data);
    public static CounterExceptionRecord InvalidDates(string data) => new(3020, "Invalid Date Arguments", data);
    public static CounterExceptionRecord NoUsage(string data) => new(3030, "No Usage Available for Requested Dates", data);
    public static CounterExceptionRecord NotReady(string data) => new(3031, "Usage Not Ready for Requested Dates", data);
    public static CounterExceptionRecord ParameterNotRecognized(string data) => new(3050, "Parameter Not Recognized in this Context", data);
    public static CounterExceptionRecord InvalidFilter(string data) => new(3060, "Invalid ReportFilter Value", data);
    public static CounterExceptionRecord InvalidAttribute(string data) => new(3062, "Invalid ReportAttribute Value", data);

    /// <summary>The HTTP status of a request refused with this Exception (the SUSHI API's 400/403 responses).</summary>
    public int HttpStatus => Code switch
    {
        2000 or 2020 => 401,
        2010 or 2011 => 403,
        _ => 400,
    };

    /// <summary>The tabular form of the Exceptions header cell: "3031: Usage Not Ready for Requested Dates (data)".</summary>
    public override string ToString() => Data is null ? $"{Code}: {Message}" : $"{Code}: {Message} ({Data})";
}
