using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Revista.Statistics.Counter;

/// <summary>
/// A report as the COUNTER_SUSHI API's JSON (R5.1 schemas PR, PR_P1, TR, TR_J3, IR, IR_A1), plus the status, member
/// and report list responses. Property names are the schema's; optional elements without a value are left out, and so
/// are months with no usage (Counts holds only months with a count).
/// </summary>
public static class CounterJson
{
    public const string Release = "5.1";

    /// <summary>
    /// Titles and names in any script written as they are (not \uXXXX), still escaping &lt;, &gt;, &amp; and quotes.
    /// </summary>
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>Like <see cref="Options"/>, indented, for people reading the command line's output.</summary>
    public static readonly JsonSerializerOptions IndentedOptions = new(Options) { WriteIndented = true };

    public static JsonObject Report(CounterReport report)
    {
        return new JsonObject
        {
            ["Report_Header"] = Header(report),
            ["Report_Items"] = report.Definition.Level switch
            {
                CounterLevel.Platform => PlatformItems(report),
                CounterLevel.Title => TitleItems(report),
                _ => ItemItems(report),
            },
        };
    }

    public static JsonObject Exception(CounterExceptionRecord exception)
    {
        var json = new JsonObject { ["Code"] = exception.Code, ["Message"] = exception.Message };
        if (exception.Data is not null)
            json["Data"] = exception.Data;
        return json;
    }

    public static JsonArray Status(string platform) =>
    [
        new JsonObject
        {
            ["Description"] = $"COUNTER R5.1 usage reports of {platform}.",
            ["Service_Active"] = true,
            ["Note"] = "Usage not attributed to an institution is reported under customer_id=anonymous, without an API key. The current month is reported after it ends.",
        },
    ];

    public static JsonArray Members() =>
    [
        new JsonObject
        {
            ["Institution_Name"] = CounterReportBuilder.AnonymousInstitutionName,
            ["Customer_ID"] = CounterRequest.AnonymousCustomer,
            ["Notes"] = "All usage of the platform: usage is not attributed to institutions yet.",
        },
    ];

    public static JsonArray ReportList(DateOnly firstMonth, DateOnly lastMonth) =>
    [
        .. CounterReportDefinition.All.Select(r => new JsonObject
        {
            ["Report_Name"] = r.Name,
            ["Report_ID"] = r.Id,
            ["Release"] = Release,
            ["Report_Description"] = r.Description,
            ["Path"] = r.Path,
            ["First_Month_Available"] = firstMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            ["Last_Month_Available"] = lastMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        }),
    ];

    private static JsonObject Header(CounterReport report)
    {
        var request = report.Request;
        var filters = new JsonObject
        {
            ["Begin_Date"] = Date(request.Begin),
            ["End_Date"] = Date(report.EndDate),
        };
        foreach (var filter in request.Filters)
            filters[filter.Name] = filter.IsList ? new JsonArray([.. filter.Values.Select(v => (JsonNode)v!)]) : filter.Values[0];
        var header = new JsonObject
        {
            ["Release"] = Release,
            ["Report_ID"] = report.Definition.Id,
            ["Report_Name"] = report.Definition.Name,
            ["Created"] = report.Created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["Created_By"] = report.Platform,
            ["Institution_ID"] = new JsonObject { ["Proprietary"] = new JsonArray(report.IdNamespace + ":" + request.CustomerId) },
            ["Institution_Name"] = report.InstitutionName,
            // No COUNTER Registry record yet: the schema asks for the element, blank.
            ["Registry_Record"] = "",
        };
        if (!report.Definition.IsStandardView && Attributes(request) is { Count: > 0 } attributes)
            header["Report_Attributes"] = attributes;
        header["Report_Filters"] = filters;
        if (report.Exceptions.Count > 0)
            header["Exceptions"] = new JsonArray([.. report.Exceptions.Select(e => (JsonNode)Exception(e))]);
        return header;
    }

    private static JsonObject Attributes(CounterRequest request)
    {
        var attributes = new JsonObject();
        if (request.AttributesToShow.Count > 0)
            attributes["Attributes_To_Show"] = new JsonArray([.. request.AttributesToShow.Select(a => (JsonNode)a!)]);
        if (request.Report == CounterReportDefinition.Ir && request.ParentDetails)
            attributes["Include_Parent_Details"] = "True";
        if (request.GranularityGiven)
            attributes["Granularity"] = request.Totals ? "Total" : "Month";
        return attributes;
    }

    private static JsonArray PlatformItems(CounterReport report) => report.Rows.Count == 0 ? [] :
    [
        new JsonObject
        {
            ["Platform"] = report.Platform,
            ["Attribute_Performance"] = new JsonArray([.. report.Rows.Select(r => (JsonNode)AttributePerformance(report, r))]),
        },
    ];

    private static JsonArray TitleItems(CounterReport report) =>
    [
        .. report.Rows.GroupBy(r => r.Title!).Select(g =>
        {
            var item = new JsonObject
            {
                ["Title"] = g.Key.Title,
                ["Publisher"] = g.Key.Publisher,
                ["Platform"] = report.Platform,
                ["Item_ID"] = TitleId(g.Key),
                ["Attribute_Performance"] = new JsonArray([.. g.Select(r => (JsonNode)AttributePerformance(report, r))]),
            };
            return (JsonNode)item;
        }),
    ];

    private static JsonArray ItemItems(CounterReport report)
    {
        var request = report.Request;
        if (report.Rows.Count == 0)
            return [];
        if (!request.ParentDetails)
            return [new JsonObject { ["Items"] = Items(report, report.Rows) }];
        return
        [
            .. report.Rows.GroupBy(r => r.Item!.Parent).Select(g =>
            {
                var parent = new JsonObject { ["Title"] = g.Key.Title, ["Item_ID"] = TitleId(g.Key) };
                // IR_A1's parent (Item_Base_Parent_Item) has no Data_Type; the Item Report's (Item_Parent_Item) does.
                if (request.Report == CounterReportDefinition.Ir)
                    parent["Data_Type"] = "Journal";
                parent["Items"] = Items(report, [.. g]);
                return (JsonNode)parent;
            }),
        ];
    }

    private static JsonArray Items(CounterReport report, IReadOnlyList<CounterRow> rows)
    {
        var request = report.Request;
        return
        [
            .. rows.GroupBy(r => r.Item!).Select(g =>
            {
                var article = g.Key;
                var item = new JsonObject
                {
                    ["Item"] = article.Title,
                    ["Publisher"] = article.Parent.Publisher,
                    ["Platform"] = report.Platform,
                };
                if (request.Shows("Authors") && article.Authors.Count > 0)
                    item["Authors"] = new JsonArray([.. article.Authors.Select(Author)]);
                if (request.Shows("Publication_Date"))
                    item["Publication_Date"] = Date(article.PublicationDate);
                if (request.Shows("Article_Version"))
                    item["Article_Version"] = CounterTsv.ArticleVersion;
                var id = new JsonObject();
                if (article.Doi is not null)
                    id["DOI"] = article.Doi;
                id["Proprietary"] = article.Proprietary;
                item["Item_ID"] = id;
                item["Attribute_Performance"] = new JsonArray([.. g.Select(r => (JsonNode)AttributePerformance(report, r))]);
                return (JsonNode)item;
            }),
        ];
    }

    private static JsonNode Author(CounterAuthor author)
    {
        var json = new JsonObject { ["Name"] = author.Name };
        if (author.Orcid is not null)
            json["ORCID"] = author.Orcid;
        return json;
    }

    private static JsonObject TitleId(CounterTitle title)
    {
        var id = new JsonObject();
        if (title.PrintIssn is not null)
            id["Print_ISSN"] = title.PrintIssn;
        if (title.OnlineIssn is not null)
            id["Online_ISSN"] = title.OnlineIssn;
        id["Proprietary"] = title.Proprietary;
        return id;
    }

    private static JsonObject AttributePerformance(CounterReport report, CounterRow row)
    {
        var json = new JsonObject();
        if (row.DataType is not null)
            json["Data_Type"] = row.DataType;
        if (row.Yop is not null)
            json["YOP"] = row.Yop;
        if (row.AccessType is not null)
            json["Access_Type"] = row.AccessType;
        if (row.AccessMethod is not null)
            json["Access_Method"] = row.AccessMethod;
        var performance = new JsonObject();
        foreach (var (metric, counts) in row.Metrics)
        {
            var months = new JsonObject();
            for (var i = 0; i < counts.Length; i++)
            {
                if (counts[i] > 0)
                    months[report.Columns[i].ToString("yyyy-MM", CultureInfo.InvariantCulture)] = counts[i];
            }
            performance[metric] = months;
        }
        json["Performance"] = performance;
        return json;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
