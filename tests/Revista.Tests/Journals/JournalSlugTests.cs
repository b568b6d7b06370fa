using Revista.Journals;

namespace Revista.Tests.Journals;

public sealed class JournalSlugTests
{
    [Theory]
    [InlineData("Reumatol Clin", "reumatol-clin")]
    [InlineData("Rev. Esp. Cardiol.", "rev-esp-cardiol")]
    [InlineData("Acta Ortopédica Mexicana", "acta-ortopedica-mexicana")]
    [InlineData("  J   Med--Case  ", "j-med-case")]
    [InlineData("日本語", "journal")]
    [InlineData("", "journal")]
    [InlineData(null, "journal")]
    [InlineData("ES", "es-journal")]
    [InlineData("Oai", "oai-journal")]
    [InlineData("B.M.J.", "b-m-j")]
    public void Makes_lower_case_ascii_words_joined_by_hyphens(string? text, string slug)
    {
        Assert.Equal(slug, JournalSlug.FromText(text));
        Assert.True(JournalSlug.IsValid(slug));
    }

    [Fact]
    public void Keeps_slugs_short()
    {
        Assert.True(JournalSlug.FromText(new string('a', 30) + " " + new string('b', 80)).Length <= 60);
        Assert.False(JournalSlug.FromText(new string('a', 59) + " bbb").EndsWith('-'));
    }

    [Theory]
    [InlineData("Upper")]
    [InlineData("-lead")]
    [InlineData("trail-")]
    [InlineData("double--hyphen")]
    [InlineData("dot.dot")]
    [InlineData("../x")]
    [InlineData("")]
    [InlineData("es")]
    [InlineData("por")]
    [InlineData("assets")]
    public void Refuses_slugs_that_are_not_url_safe(string slug)
    {
        Assert.False(JournalSlug.IsValid(slug));
    }
}
