using Revista.Journals;

namespace Revista.Tests.Journals;

public sealed class IssnTests
{
    [Theory]
    [InlineData("1234-567X", "1234-567X")]
    [InlineData("1234-567x", "1234-567X")]
    [InlineData("1234567X", "1234-567X")]
    [InlineData(" 0028–0836 ", "0028-0836")]
    public void Writes_issns_as_nnnn_nnnc(string value, string issn)
    {
        Assert.Equal(issn, Issn.Normalize(value));
    }

    [Theory]
    [InlineData("1234-56")]
    [InlineData("1234-56789")]
    [InlineData("X234-5678")]
    [InlineData("ISSN 1234-5678")]
    [InlineData("")]
    [InlineData(null)]
    public void Refuses_what_is_not_an_issn(string? value)
    {
        Assert.Null(Issn.Normalize(value));
    }
}
