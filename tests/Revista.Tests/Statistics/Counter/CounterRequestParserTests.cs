using Revista.Statistics.Counter;

namespace Revista.Tests.Statistics.Counter;

/// <summary>What a SUSHI request may ask, and the Exceptions of the COUNTER_SUSHI API R5.1 for what it may not.</summary>
public sealed class CounterRequestParserTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    private static (CounterRequest? Request, CounterExceptionRecord? Refusal) Parse(string report, params string[] parameters) =>
        CounterRequestParser.Parse(
            CounterReportDefinition.Find(report)!,
            [.. parameters.Select(p => p.Split('=', 2)).Select(p => KeyValuePair.Create(p[0], p[1]))],
            Today,
            "Revista");

    [Fact]
    public void A_period_starting_in_the_current_month_is_refused_with_3020()
    {
        var (request, refusal) = Parse("tr", "customer_id=anonymous", "begin_date=2026-06", "end_date=2026-06");

        Assert.Null(request);
        Assert.Equal(3020, refusal!.Code);
        Assert.Equal(400, refusal.HttpStatus);
        Assert.Contains("2026-05", refusal.Data, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_ending_in_the_current_month_ends_the_month_before_with_3031()
    {
        var (request, _) = Parse("tr", "customer_id=anonymous", "begin_date=2026-01-01", "end_date=2026-06-30");

        Assert.Equal(new DateOnly(2026, 5, 1), request!.End);
        Assert.Equal(new DateOnly(2026, 1, 1), request.Begin);
        Assert.Equal(3031, Assert.Single(request.Exceptions).Code);
    }

    [Theory]
    [InlineData("2025-13", "2025-12")]
    [InlineData("2025/01", "2025-12")]
    [InlineData("2025-06", "2025-05")]
    public void Dates_that_are_not_dates_or_run_backwards_are_refused_with_3020(string begin, string end)
    {
        var (_, refusal) = Parse("pr", "customer_id=anonymous", "begin_date=" + begin, "end_date=" + end);

        Assert.Equal(3020, refusal!.Code);
    }

    [Fact]
    public void Missing_dates_or_customer_are_refused_with_1030_and_an_unknown_customer_with_2010()
    {
        Assert.Equal(1030, Parse("pr", "customer_id=anonymous", "begin_date=2025-01").Refusal!.Code);
        Assert.Equal(1030, Parse("pr", "begin_date=2025-01", "end_date=2025-02").Refusal!.Code);
        var unknown = Parse("pr", "customer_id=0000000000000000", "begin_date=2025-01", "end_date=2025-02").Refusal!;
        Assert.Equal(2010, unknown.Code);
        Assert.Equal(403, unknown.HttpStatus);
    }

    [Fact]
    public void Parameters_a_report_does_not_take_are_ignored_with_3050()
    {
        var (request, _) = Parse("tr_j3", "customer_id=anonymous", "begin_date=2025-01", "end_date=2025-02", "access_type=Open", "api_key=x");

        var exception = Assert.Single(request!.Exceptions);
        Assert.Equal(3050, exception.Code);
        Assert.StartsWith("access_type ", exception.Data, StringComparison.Ordinal);
        Assert.Null(request.AccessTypes);
    }

    [Fact]
    public void Attribute_values_a_report_does_not_show_are_ignored_with_3062()
    {
        var (request, _) = Parse("tr", "customer_id=anonymous", "begin_date=2025-01", "end_date=2025-02", "attributes_to_show=YOP|Country_Code", "granularity=Weekly");

        Assert.Equal([3062, 3062], request!.Exceptions.Select(e => e.Code));
        Assert.Equal(["YOP"], request.AttributesToShow);
        Assert.False(request.Totals);
    }

    [Fact]
    public void Yop_ranges_and_invalid_yop_values()
    {
        Assert.Equal([(2020, 2022), (2025, 2025)], Parse("tr", "customer_id=anonymous", "begin_date=2025-01", "end_date=2025-02", "yop=2020-2022|2025").Request!.Yops!);
        var (request, _) = Parse("tr", "customer_id=anonymous", "begin_date=2025-01", "end_date=2025-02", "yop=2022-2020");
        Assert.Null(request!.Yops);
        Assert.Equal(3060, Assert.Single(request.Exceptions).Code);
    }
}
