using Revista.Citations;

namespace Revista.Tests.Citations;

public sealed class CslLoadingTests
{
    [Fact]
    public void Ships_the_six_styles_and_three_locales()
    {
        Assert.Equal(["american-medical-association", "apa", "chicago-author-date", "harvard-cite-them-right", "iso690-author-date-es", "nlm-citation-sequence"], CslCatalog.StyleNames);
        Assert.Equal(["en-GB", "en-US", "es-ES"], CslCatalog.LocaleTags);
        foreach (var name in CslCatalog.StyleNames)
            Assert.NotEmpty(CslCatalog.Style(name).Title);
    }

    [Theory]
    [InlineData("es", "es-ES")]
    [InlineData("en", "en-US")]
    [InlineData("EN-gb", "en-GB")]
    [InlineData("fr-FR", null)]
    public void Resolves_locale_tags_to_shipped_locales(string tag, string? expected) =>
        Assert.Equal(expected, CslCatalog.ResolveLocale(tag));

    [Fact]
    public void A_doctype_with_an_external_entity_is_not_resolved()
    {
        var xml = """
            <?xml version="1.0"?>
            <!DOCTYPE style [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <style xmlns="http://purl.org/net/xbiblio/csl" version="1.0"><info><title>&xxe;</title></info>
              <citation><layout><text value="x"/></layout></citation></style>
            """;

        var e = Assert.Throws<CslFormatException>(() => CslStyle.Parse(xml, "evil.csl"));
        Assert.Contains("evil.csl", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_xml_names_the_file_and_position()
    {
        var e = Assert.Throws<CslFormatException>(() => CslStyle.Parse("<style><citation>", "broken.csl"));

        Assert.Contains("broken.csl is not well-formed XML", e.Message, StringComparison.Ordinal);
        Assert.Contains("line 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Undefined_macros_and_missing_citation_are_reported()
    {
        var noMacro = Assert.Throws<CslFormatException>(() => CslStyle.Parse("""
            <style xmlns="http://purl.org/net/xbiblio/csl" version="1.0"><citation><layout><text macro="nope"/></layout></citation></style>
            """, "s.csl"));
        var noCitation = Assert.Throws<CslFormatException>(() => CslStyle.Parse("""<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0"/>""", "s.csl"));

        Assert.Contains("macro \"nope\"", noMacro.Message, StringComparison.Ordinal);
        Assert.Contains("no <citation>", noCitation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_locale_file_must_be_a_locale()
    {
        var e = Assert.Throws<CslFormatException>(() => CslLocale.Parse("""<style xmlns="http://purl.org/net/xbiblio/csl"/>""", "x.xml"));

        Assert.Contains("expected a CSL <locale>", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Csl_json_items_read_names_dates_numbers_and_aliases()
    {
        var item = CslItem.ParseJson("""
            [{"id": 7, "type": "article-journal", "volume": 12, "journalAbbreviation": "J Tests",
              "author": [{"family": "van der Berg", "given": "Anna"}], "issued": {"date-parts": [["2020", "5"]]}}]
            """, "x.json")[0];

        Assert.Equal("7", item.Id);
        Assert.Equal("12", item.Get("volume"));
        Assert.Equal("J Tests", item.Get("container-title-short"));
        Assert.Equal("van der", item.GetNames("author")![0].NonDroppingParticle);
        Assert.Equal("Berg", item.GetNames("author")![0].Family);
        Assert.Equal([2020, 5, 0], item.GetDate("issued")!.Start);
    }

    [Fact]
    public void Json_that_is_not_an_array_of_items_is_refused_with_advice()
    {
        var e = Assert.Throws<CslFormatException>(() => CslItem.ParseJson("\"text\"", "x.json"));

        Assert.Contains("expected a CSL-JSON array of items", e.Message, StringComparison.Ordinal);
    }
}
