using System.Globalization;
using System.Text.RegularExpressions;

namespace Revista.Statistics.Counter;

/// <summary>
/// Reads a SUSHI report request's query parameters (COUNTER_SUSHI API R5.1, components/parameters) into a
/// <see cref="CounterRequest"/>, or the Exception that refuses it. Values the report does not support are ignored and
/// reported in the header, as the descriptions of Exceptions 3050, 3060 and 3062 ask.
/// </summary>
public static partial class CounterRequestParser
{
    private static readonly string[] CommonParameters = ["customer_id", "requestor_id", "api_key", "platform", "begin_date", "end_date"];
    private static readonly string[] AccessTypeValues = ["Controlled", "Open", "Free_To_Read"];
    private static readonly string[] AccessMethodValues = ["Regular", "TDM"];

    /// <summary>
    /// <paramref name="today"/> is the UTC date: the current month is never reported because its usage is still coming
    /// in (Exception 3020 when the period starts in it; the period is cut to the month before with 3031 when it ends in it).
    /// </summary>
    public static (CounterRequest? Request, CounterExceptionRecord? Refusal) Parse(
        CounterReportDefinition report, IReadOnlyList<KeyValuePair<string, string>> query, DateOnly today, string platform)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var exceptions = new List<CounterExceptionRecord>();
        var unknown = new List<string>();
        foreach (var (name, value) in query)
        {
            if (CommonParameters.Contains(name, StringComparer.OrdinalIgnoreCase) || report.Parameters.Contains(name, StringComparer.OrdinalIgnoreCase))
                values[name] = value;
            else if (!unknown.Contains(name))
                unknown.Add(name);
        }

        if (Refuse(values.GetValueOrDefault("customer_id")) is { } customerProblem)
            return (null, customerProblem);
        if (!values.TryGetValue("begin_date", out var beginText) || !values.TryGetValue("end_date", out var endText)
            || beginText.Length == 0 || endText.Length == 0)
            return (null, CounterExceptionRecord.InsufficientInformation("begin_date and end_date are required (yyyy-MM or yyyy-MM-dd)."));
        if (ParseMonth(beginText) is not { } begin)
            return (null, CounterExceptionRecord.InvalidDates($"begin_date={beginText} is not a date; use yyyy-MM or yyyy-MM-dd."));
        if (ParseMonth(endText) is not { } end)
            return (null, CounterExceptionRecord.InvalidDates($"end_date={endText} is not a date; use yyyy-MM or yyyy-MM-dd."));
        if (end < begin)
            return (null, CounterExceptionRecord.InvalidDates($"end_date={endText} is before begin_date={beginText}."));
        var current = new DateOnly(today.Year, today.Month, 1);
        if (begin >= current)
            return (null, CounterExceptionRecord.InvalidDates($"begin_date={beginText} is in the current or a future month; the last month with usage ready is {current.AddMonths(-1):yyyy-MM}."));
        if (end >= current)
        {
            exceptions.Add(CounterExceptionRecord.NotReady(
                $"usage of {current:yyyy-MM} and later is not ready; End_Date is set to the end of {current.AddMonths(-1):yyyy-MM}."));
            end = current.AddMonths(-1);
        }

        if (unknown.Count > 0)
            exceptions.Add(CounterExceptionRecord.ParameterNotRecognized(string.Join(", ", unknown) + $" (ignored; {report.Id} takes {string.Join(", ", [.. CommonParameters, .. report.Parameters])})."));

        var filters = new List<CounterFilter>();
        foreach (var fixedFilter in report.FixedFilters)
            filters.Add(fixedFilter);
        if (values.TryGetValue("platform", out var requestedPlatform) && requestedPlatform.Length > 0)
        {
            if (string.Equals(requestedPlatform, platform, StringComparison.OrdinalIgnoreCase))
                filters.Add(new CounterFilter("Platform", [platform]));
            else
                exceptions.Add(CounterExceptionRecord.InvalidFilter($"platform={requestedPlatform} (ignored; this server reports the platform \"{platform}\")."));
        }

        var metricTypes = ListFilter(values, "metric_type", "Metric_Type", report.AllowedMetricFilter, filters, exceptions);
        var dataTypes = ListFilter(values, "data_type", "Data_Type", report.AllowedDataTypeFilter, filters, exceptions);
        var accessMethods = ListFilter(values, "access_method", "Access_Method", AccessMethodValues, filters, exceptions);
        var accessTypes = ListFilter(values, "access_type", "Access_Type", AccessTypeValues, filters, exceptions);
        var yops = YopFilter(values, filters, exceptions);
        string? itemId = null;
        if (values.TryGetValue("item_id", out var item) && item.Trim().Length > 0)
        {
            itemId = item.Trim();
            if (itemId.Length >= 2)
                filters.Add(new CounterFilter("Item_ID", [itemId]));
            else
            {
                exceptions.Add(CounterExceptionRecord.InvalidFilter($"item_id={item} (ignored; give a DOI, an ISSN or a Proprietary id)."));
                itemId = null;
            }
        }

        var shown = new List<string>(report.FixedAttributes);
        var attributesToShow = new List<string>();
        if (values.TryGetValue("attributes_to_show", out var attributeText) && attributeText.Length > 0)
        {
            foreach (var attribute in attributeText.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var known = report.SupportedAttributes.FirstOrDefault(a => string.Equals(a, attribute, StringComparison.OrdinalIgnoreCase));
                if (known is null)
                    exceptions.Add(CounterExceptionRecord.InvalidAttribute($"attributes_to_show={attribute} (ignored; {report.Id} shows {string.Join(", ", report.SupportedAttributes)})."));
                else if (!attributesToShow.Contains(known))
                {
                    attributesToShow.Add(known);
                    shown.Add(known);
                }
            }
        }
        var totals = false;
        var granularityGiven = false;
        if (values.TryGetValue("granularity", out var granularity) && granularity.Length > 0)
        {
            if (string.Equals(granularity, "Total", StringComparison.OrdinalIgnoreCase) || string.Equals(granularity, "Totals", StringComparison.OrdinalIgnoreCase))
                (totals, granularityGiven) = (true, true);
            else if (string.Equals(granularity, "Month", StringComparison.OrdinalIgnoreCase))
                granularityGiven = true;
            else
                exceptions.Add(CounterExceptionRecord.InvalidAttribute($"granularity={granularity} (ignored; use Month or Total)."));
        }
        var parentDetails = report == CounterReportDefinition.IrA1;
        if (values.TryGetValue("include_parent_details", out var parentText) && parentText.Length > 0)
        {
            if (string.Equals(parentText, "True", StringComparison.OrdinalIgnoreCase))
                parentDetails = true;
            else if (!string.Equals(parentText, "False", StringComparison.OrdinalIgnoreCase))
                exceptions.Add(CounterExceptionRecord.InvalidAttribute($"include_parent_details={parentText} (ignored; use True or False)."));
        }

        return (new CounterRequest
        {
            Report = report,
            Begin = begin,
            End = end,
            Totals = totals,
            GranularityGiven = granularityGiven,
            MetricTypes = metricTypes ?? FixedValues(report, "Metric_Type"),
            DataTypes = dataTypes ?? FixedValues(report, "Data_Type"),
            AccessMethods = accessMethods ?? FixedValues(report, "Access_Method"),
            AccessTypes = accessTypes,
            Yops = yops,
            ItemId = itemId,
            Shown = shown,
            AttributesToShow = attributesToShow,
            ParentDetails = parentDetails,
            Filters = filters,
            Exceptions = exceptions,
        }, null);
    }

    /// <summary>
    /// Exception 1030 when customer_id is missing, 2010 when it names a customer we do not know: only "anonymous"
    /// (usage not attributed to an institution) exists, open to anyone without an API key.
    /// </summary>
    public static CounterExceptionRecord? Refuse(string? customerId)
    {
        if (string.IsNullOrWhiteSpace(customerId))
            return CounterExceptionRecord.InsufficientInformation("customer_id is required; usage not attributed to an institution is customer_id=anonymous.");
        if (customerId != CounterRequest.AnonymousCustomer)
            return CounterExceptionRecord.NotAuthorizedForInstitution($"customer_id={customerId} is not a customer of this platform; the only customer is \"anonymous\".");
        return null;
    }

    /// <summary>The first day of the month of "yyyy-MM" or "yyyy-MM-dd"; null when it is neither.</summary>
    public static DateOnly? ParseMonth(string text)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            || DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out month))
            return new DateOnly(month.Year, month.Month, 1);
        return null;
    }

    private static IReadOnlyList<string>? FixedValues(CounterReportDefinition report, string name) =>
        report.FixedFilters.FirstOrDefault(f => f.Name == name)?.Values;

    private static List<string>? ListFilter(
        Dictionary<string, string> values, string parameter, string name, IReadOnlyList<string> allowed, List<CounterFilter> filters, List<CounterExceptionRecord> exceptions)
    {
        if (!values.TryGetValue(parameter, out var text) || text.Trim().Length == 0)
            return null;
        var accepted = new List<string>();
        var rejected = new List<string>();
        foreach (var value in text.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var known = allowed.FirstOrDefault(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase));
            if (known is null)
                rejected.Add(value);
            else if (!accepted.Contains(known))
                accepted.Add(known);
        }
        if (rejected.Count > 0 || accepted.Count == 0)
        {
            // The whole filter is ignored, as Exception 3060's description says, so the report is not narrowed by half a filter.
            exceptions.Add(CounterExceptionRecord.InvalidFilter($"{parameter}={text} (ignored; {string.Join(", ", rejected)} not one of {string.Join(", ", allowed)})."));
            return null;
        }
        filters.Add(new CounterFilter(name, accepted));
        return accepted;
    }

    private static List<(int From, int To)>? YopFilter(Dictionary<string, string> values, List<CounterFilter> filters, List<CounterExceptionRecord> exceptions)
    {
        if (!values.TryGetValue("yop", out var text) || text.Trim().Length == 0)
            return null;
        var ranges = new List<(int, int)>();
        var parts = text.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var part in parts)
        {
            var match = YopPattern().Match(part);
            if (!match.Success)
            {
                exceptions.Add(CounterExceptionRecord.InvalidFilter($"yop={text} (ignored; use yyyy or yyyy-yyyy, separated by |)."));
                return null;
            }
            var from = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var to = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : from;
            if (to < from)
            {
                exceptions.Add(CounterExceptionRecord.InvalidFilter($"yop={text} (ignored; {part} ends before it begins)."));
                return null;
            }
            ranges.Add((from, to));
        }
        filters.Add(new CounterFilter("YOP", parts));
        return ranges;
    }

    [GeneratedRegex(@"^([0-9]{4})(?:-([0-9]{4}))?$")]
    private static partial Regex YopPattern();
}
