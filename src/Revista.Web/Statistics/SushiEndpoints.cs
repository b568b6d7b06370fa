using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Revista.Data;
using Revista.Statistics;
using Revista.Statistics.Counter;

namespace Revista.Web.Statistics;

/// <summary>
/// The COUNTER_SUSHI API R5.1 (COUNTER_SUSHI_API.json): /r51/status, /r51/members, /r51/reports and the reports this
/// platform serves under /r51/reports/{id}. Open without an API key: the only customer is "anonymous".
/// </summary>
internal static class SushiEndpoints
{
    public const string Prefix = "/r51";


    public static void MapSushi(this IEndpointRouteBuilder app)
    {
        var sushi = app.MapGroup(Prefix);
        // The status path MUST be public (the SUSHI API's description of /r51/status); members and the report list
        // ignore parameters they do not know (Exception 3050's description), but need the customer.
        sushi.MapGet("/status", (HttpContext context, IOptions<UsageOptions> options) =>
            Json(CounterJson.Status(Platform(context, options.Value))));
        sushi.MapGet("/members", (HttpContext context) =>
            CounterRequestParser.Refuse(context.Request.Query["customer_id"]) is { } refusal ? Refused(refusal) : Json(CounterJson.Members()));
        sushi.MapGet("/reports", async (HttpContext context, RevistaDb db, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            if (CounterRequestParser.Refuse(context.Request.Query["customer_id"]) is { } refusal)
                return Refused(refusal);
            var (first, last) = await AvailableMonthsAsync(db, clock, cancellationToken);
            return Json(CounterJson.ReportList(first, last));
        });
        sushi.MapGet("/reports/{id}", async (string id, HttpContext context, RevistaDb db, IOptions<UsageOptions> options, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            if (CounterReportDefinition.Find(id) is not { } definition)
            {
                return Json(CounterJson.Exception(CounterExceptionRecord.ParameterNotRecognized(
                    $"report {id} is not served here; /r51/reports lists the reports this platform serves.")), StatusCodes.Status404NotFound);
            }
            var platform = Platform(context, options.Value);
            var query = context.Request.Query.SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key, v ?? ""))).ToList();
            var (request, refused) = CounterRequestParser.Parse(definition, query, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), platform);
            if (request is null)
                return Refused(refused!);
            var report = await new CounterReportBuilder(db, platform, clock).BuildAsync(request, cancellationToken);
            return Json(CounterJson.Report(report));
        });
    }

    /// <summary>
    /// The months with usage ready: from the first month with processed totals to the month before the current one (the
    /// current month is reported once it has ended). With no usage yet, both are the previous month.
    /// </summary>
    public static async Task<(DateOnly First, DateOnly Last)> AvailableMonthsAsync(RevistaDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var last = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var first = await db.UsageMonths.MinAsync(m => (DateOnly?)m.Month, cancellationToken) ?? last;
        return (first > last ? last : first, last);
    }

    /// <summary>Revista:Usage:Platform, else the host name the client used, else "Revista".</summary>
    private static string Platform(HttpContext context, UsageOptions options) =>
        options.Platform.Trim() is { Length: >= 2 } configured ? configured
        : context.Request.Host.Host is { Length: >= 2 } host ? host
        : "Revista";

    private static IResult Refused(CounterExceptionRecord exception) => Json(CounterJson.Exception(exception), exception.HttpStatus);

    private static IResult Json(JsonNode json, int status = StatusCodes.Status200OK) =>
        Results.Text(json.ToJsonString(CounterJson.Options), "application/json; charset=utf-8", null, status);
}
