using Revista.Articles;
using Revista.Jats;

namespace Revista.Tests.Articles;

public sealed class PublicationDatesTests
{
    private static readonly JatsDate Epub = new() { Type = "epub", Year = 2014, Month = 8, Day = 20 };
    private static readonly JatsDate Ppub = new() { Type = "ppub", Year = 2014, Season = "Sep-Oct" };
    private static readonly JatsDate Collection = new() { Type = "collection", Year = 2015 };

    [Fact]
    public void The_article_date_is_the_electronic_one_and_the_issue_date_the_collection_or_print_one()
    {
        JatsDate[] dates = [Ppub, Collection, Epub];

        Assert.Same(Epub, PublicationDates.BestArticleDate(dates));
        Assert.Same(Collection, PublicationDates.BestIssueDate(dates));
        Assert.Same(Ppub, PublicationDates.BestIssueDate([Epub, Ppub]));
    }

    [Fact]
    public void Reads_jats_1_1_dates_typed_by_publication_format()
    {
        var print = new JatsDate { Type = "pub", PublicationFormat = "print", Year = 2020, Month = 3 };
        var electronic = new JatsDate { Type = "pub", PublicationFormat = "electronic", Year = 2020, Month = 1, Day = 9 };

        Assert.Same(electronic, PublicationDates.BestArticleDate([print, electronic]));
        Assert.Same(print, PublicationDates.BestIssueDate([electronic, print]));
    }

    [Fact]
    public void Dates_without_a_year_are_not_chosen()
    {
        Assert.Null(PublicationDates.BestArticleDate([new JatsDate { Type = "epub", StringDate = "Spring" }]));
    }

    [Theory]
    [InlineData(2014, 8, 20, null, null, true, "20 August 2014", "2014-08-20")]
    [InlineData(2014, null, null, "Sep-Oct", null, false, "September - October 2014", "2014-09-01")]
    [InlineData(2014, null, null, "Jan/Feb", null, false, "January - February 2014", "2014-01-01")]
    [InlineData(2020, null, null, "Spring", null, false, "Spring 2020", "2020-01-01")]
    [InlineData(2019, 12, null, null, null, true, "December 2019", "2019-12-01")]
    [InlineData(2019, 2, 31, null, null, true, "February 2019", "2019-02-01")]
    [InlineData(2019, null, null, null, null, true, "2019", "2019-01-01")]
    [InlineData(null, null, null, null, "2021-04-05", true, "5 April 2021", "2021-04-05")]
    public void Labels_and_dates_keep_only_what_the_file_says(int? year, int? month, int? day, string? season, string? iso, bool includeDay, string label, string date)
    {
        var jats = new JatsDate { Year = year, Month = month, Day = day, Season = season, Iso8601 = iso };

        Assert.Equal(label, PublicationDates.Label(jats, includeDay));
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), PublicationDates.ToDateOnly(jats));
    }

    [Fact]
    public void The_issue_label_leaves_out_the_day()
    {
        Assert.Equal("August 2014", PublicationDates.Label(Epub, includeDay: false));
    }

    [Fact]
    public void Iso_dates_carry_only_the_known_parts()
    {
        Assert.Equal("2014-08-20", PublicationDates.Iso(Epub));
        Assert.Equal("2014", PublicationDates.Iso(Ppub));
        Assert.Equal("2014-08", PublicationDates.Iso(new JatsDate { Year = 2014, Month = 8 }));
    }
}
