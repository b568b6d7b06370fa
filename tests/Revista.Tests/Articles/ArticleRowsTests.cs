using Revista.Articles;

namespace Revista.Tests.Articles;

public sealed class ArticleRowsTests
{
    [Theory]
    [InlineData("271", 271)]
    [InlineData("e0012", 12)]
    [InlineData("S12", 12)]
    [InlineData("123-4", 123)]
    [InlineData("000", 0)]
    [InlineData("99999999999", int.MaxValue)]
    [InlineData("xii", null)]
    [InlineData(null, null)]
    public void Page_order_is_the_first_number_of_the_page(string? page, int? order)
    {
        Assert.Equal(order, ArticleRows.PageOrderOf(page));
    }

    [Theory]
    [InlineData("10.1016/J.REUMA.2014.01.001", "10.1016/j.reuma.2014.01.001")]
    [InlineData(" https://doi.org/10.1016/X ", "10.1016/x")]
    [InlineData("doi:10.1016/x", "10.1016/x")]
    [InlineData("  ", null)]
    [InlineData(null, null)]
    public void The_doi_key_is_the_bare_doi_lower_cased(string? doi, string? key)
    {
        Assert.Equal(key, ArticleUpsert.DoiKeyOf(doi));
    }

    [Fact]
    public void A_cursor_round_trips_through_its_url_form()
    {
        var cursor = new ArticleCursor(new DateOnly(2014, 9, 15), 123);

        Assert.Equal("2014-09-15.123", cursor.ToString());
        Assert.True(ArticleCursor.TryParse("2014-09-15.123", out var parsed));
        Assert.Equal(cursor, parsed);
        Assert.False(ArticleCursor.TryParse("2014-09-15", out _));
        Assert.False(ArticleCursor.TryParse("2014-13-01.1", out _));
        Assert.False(ArticleCursor.TryParse("2014-09-15.-1", out _));
        Assert.False(ArticleCursor.TryParse(null, out _));
    }
}
