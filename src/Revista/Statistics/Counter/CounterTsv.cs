using System.Globalization;
using System.Text;

namespace Revista.Statistics.Counter;

/// <summary>
/// A report in COUNTER's tabular form (R5.1 §3.2, the *_sample_r51.tsv layouts): thirteen header rows, a blank row,
/// the column headings, then one row per item, attribute values and metric, with the period total and every month
/// (zeros included, unlike the JSON).
/// </summary>
public static class CounterTsv
{
    /// <summary>Every article served is the published Version of Record (R5.1 Article_Version VoR).</summary>
    public const string ArticleVersion = "VoR";

    public static string Write(CounterReport report)
    {
        var request = report.Request;
        var text = new StringBuilder();
        void HeaderRow(string name, string value) => text.Append(name).Append('\t').Append(Clean(value)).Append('\n');

        HeaderRow("Report_Name", report.Definition.Name);
        HeaderRow("Report_ID", report.Definition.Id);
        HeaderRow("Release", CounterJson.Release);
        HeaderRow("Institution_Name", report.InstitutionName);
        HeaderRow("Institution_ID", "Proprietary:" + report.IdNamespace + ":" + request.CustomerId);
        HeaderRow("Metric_Types", string.Join("; ", request.Filters.FirstOrDefault(f => f.Name == "Metric_Type")?.Values ?? []));
        HeaderRow("Report_Filters", string.Join("; ", request.Filters.Where(f => f.Name != "Metric_Type").Select(f => f.Name + "=" + string.Join("|", f.Values))));
        HeaderRow("Report_Attributes", Attributes(request));
        HeaderRow("Exceptions", string.Join("; ", report.Exceptions.Select(e => e.ToString())));
        HeaderRow("Reporting_Period", $"Begin_Date={request.Begin:yyyy-MM-dd}; End_Date={report.EndDate:yyyy-MM-dd}");
        HeaderRow("Created", report.Created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        HeaderRow("Created_By", report.Platform);
        HeaderRow("Registry_Record", "");
        text.Append('\n');

        var columns = Columns(report);
        var months = request.Totals ? [] : report.Columns.Select(m => m.ToString("MMM-yyyy", CultureInfo.InvariantCulture)).ToList();
        text.AppendJoin('\t', [.. columns.Select(c => c.Name), "Metric_Type", "Reporting_Period_Total", .. months]).Append('\n');
        foreach (var row in report.Rows)
        {
            var values = columns.Select(c => Clean(c.Value(row))).ToList();
            foreach (var (metric, counts) in row.Metrics)
            {
                text.AppendJoin('\t', [.. values, metric, counts.Sum().ToString(CultureInfo.InvariantCulture),
                    .. request.Totals ? [] : counts.Select(c => c.ToString(CultureInfo.InvariantCulture))]);
                text.Append('\n');
            }
        }
        return text.ToString();
    }

    private static string Attributes(CounterRequest request)
    {
        if (request.Report.IsStandardView)
            return "";
        var parts = new List<string>();
        if (request.AttributesToShow.Count > 0)
            parts.Add("Attributes_To_Show=" + string.Join("|", request.AttributesToShow));
        if (request.Report == CounterReportDefinition.Ir && request.ParentDetails)
            parts.Add("Include_Parent_Details=True");
        if (request.GranularityGiven)
            parts.Add("Granularity=" + (request.Totals ? "Total" : "Month"));
        return string.Join("; ", parts);
    }

    private static List<(string Name, Func<CounterRow, string?> Value)> Columns(CounterReport report)
    {
        var request = report.Request;
        var definition = report.Definition;
        var columns = new List<(string, Func<CounterRow, string?>)>();
        if (definition.Level == CounterLevel.Platform)
        {
            columns.Add(("Platform", _ => report.Platform));
        }
        else if (definition.Level == CounterLevel.Title)
        {
            columns.Add(("Title", r => r.Title!.Title));
            columns.Add(("Publisher", r => r.Title!.Publisher));
            columns.Add(("Publisher_ID", _ => ""));
            columns.Add(("Platform", _ => report.Platform));
            columns.Add(("DOI", _ => ""));
            columns.Add(("Proprietary_ID", r => r.Title!.Proprietary));
            if (definition == CounterReportDefinition.Tr)
                columns.Add(("ISBN", _ => ""));
            columns.Add(("Print_ISSN", r => r.Title!.PrintIssn));
            columns.Add(("Online_ISSN", r => r.Title!.OnlineIssn));
            columns.Add(("URI", _ => ""));
        }
        else
        {
            var master = definition == CounterReportDefinition.Ir;
            columns.Add(("Item", r => r.Item!.Title));
            columns.Add(("Publisher", r => r.Item!.Parent.Publisher));
            columns.Add(("Publisher_ID", _ => ""));
            columns.Add(("Platform", _ => report.Platform));
            if (request.Shows("Authors"))
                columns.Add(("Authors", r => Authors(r.Item!.Authors)));
            if (request.Shows("Publication_Date"))
                columns.Add(("Publication_Date", r => r.Item!.PublicationDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            if (request.Shows("Article_Version"))
                columns.Add(("Article_Version", _ => ArticleVersion));
            columns.Add(("DOI", r => r.Item!.Doi));
            columns.Add(("Proprietary_ID", r => r.Item!.Proprietary));
            if (master)
                columns.Add(("ISBN", _ => ""));
            columns.Add(("Print_ISSN", _ => ""));
            columns.Add(("Online_ISSN", _ => ""));
            columns.Add(("URI", _ => ""));
            if (request.ParentDetails)
            {
                columns.Add(("Parent_Title", r => r.Item!.Parent.Title));
                columns.Add(("Parent_Authors", _ => ""));
                if (master)
                    columns.Add(("Parent_Publication_Date", _ => ""));
                columns.Add(("Parent_Article_Version", _ => ""));
                if (master)
                    columns.Add(("Parent_Data_Type", _ => "Journal"));
                columns.Add(("Parent_DOI", _ => ""));
                columns.Add(("Parent_Proprietary_ID", r => r.Item!.Parent.Proprietary));
                if (master)
                    columns.Add(("Parent_ISBN", _ => ""));
                columns.Add(("Parent_Print_ISSN", r => r.Item!.Parent.PrintIssn));
                columns.Add(("Parent_Online_ISSN", r => r.Item!.Parent.OnlineIssn));
                columns.Add(("Parent_URI", _ => ""));
            }
        }
        if (request.Shows("Data_Type"))
            columns.Add(("Data_Type", r => r.DataType));
        if (request.Shows("YOP"))
            columns.Add(("YOP", r => r.Yop));
        if (request.Shows("Access_Type"))
            columns.Add(("Access_Type", r => r.AccessType));
        if (request.Shows("Access_Method"))
            columns.Add(("Access_Method", r => r.AccessMethod));
        return columns;
    }

    private static string Authors(IReadOnlyList<CounterAuthor> authors) =>
        string.Join("; ", authors.Select(a => a.Orcid is null ? a.Name : $"{a.Name} (ORCID:{a.Orcid})"));

    // A tab or line break inside a title would shift every column after it.
    private static string Clean(string? value) =>
        value is null ? "" : value.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
