using System.Text;
using System.Xml;
using System.Xml.Linq;
using Revista.Jats;

namespace Revista.Tests.Jats;

public sealed class JatsXmlTests
{
    private const string Doctype =
        "<!DOCTYPE article PUBLIC \"-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.3 20210610//EN\" \"JATS-journalpublishing1-3.dtd\">";

    private static XDocument Parse(string xml) => JatsXml.Parse(Encoding.UTF8.GetBytes(xml), "test.xml");

    private static JatsFormatException ParseFails(string xml) => Assert.Throws<JatsFormatException>(() => Parse(xml));

    private static JatsFormatException ParseFails(byte[] bytes) => Assert.Throws<JatsFormatException>(() => JatsXml.Parse(bytes, "test.xml"));

    [Fact]
    public void Parses_a_file_with_a_doctype_without_reading_the_dtd()
    {
        var document = Parse("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + Doctype + "\n<article><front/></article>");

        Assert.Equal("article", document.Root!.Name.LocalName);
    }

    [Fact]
    public void Keeps_line_numbers_for_later_messages()
    {
        var document = Parse("<article>\n  <front>\n    <title>x</title>\n  </front>\n</article>");

        var title = (IXmlLineInfo)document.Descendants("title").Single();
        Assert.True(title.HasLineInfo());
        Assert.Equal(3, title.LineNumber);
        Assert.Equal(6, title.LinePosition);
    }

    [Fact]
    public void Resolves_named_entities_the_jats_dtds_declare()
    {
        var document = Parse(Doctype + "<article><p>a&nbsp;b &iquest;Qu&eacute;? x&mdash;y &alpha;&lsqb;</p></article>");

        Assert.Equal("a\u00A0b ¿Qué? x—y α[", document.Root!.Value);
    }

    [Fact]
    public void Resolves_entities_in_attribute_values_too()
    {
        var document = Parse("<article><p title=\"caf&eacute;\"/></article>");

        Assert.Equal("café", document.Root!.Element("p")!.Attribute("title")!.Value);
    }

    [Fact]
    public void Resolves_entities_outside_the_basic_plane_and_with_several_characters()
    {
        var document = Parse("<article><p>&Afr;|&Hmacr;|&b.alpha;</p></article>");

        Assert.Equal("\U0001D504|H\u0304|\U0001D6C2", document.Root!.Value);
    }

    [Fact]
    public void Keeps_predefined_and_numeric_references_as_xml_defines_them()
    {
        var document = Parse("<article><p>&lt;&amp;&gt;&quot;&apos;&#233;&#x00E9;</p></article>");

        Assert.Equal("<&>\"'éé", document.Root!.Value);
    }

    [Fact]
    public void Leaves_references_in_comments_and_cdata_alone()
    {
        var document = Parse("<article><!-- &Thetas; is not an entity --><p><![CDATA[&unknown; stays]]></p></article>");

        Assert.Equal("&unknown; stays", document.Root!.Value);
    }

    [Fact]
    public void Skips_a_doctype_whose_internal_subset_contains_markup_characters()
    {
        var document = Parse("<!DOCTYPE article [<!ENTITY y \"a>b\"> <!ENTITY x \"&unknownThing;\"> <!-- &other; -->]><article>&nbsp;</article>");

        Assert.Equal("\u00A0", document.Root!.Value);
    }

    [Fact]
    public void An_unknown_entity_fails_with_its_name_line_and_column()
    {
        var error = ParseFails("<article>\n<p>ok</p>\n  <p>&notAnEntity;</p></article>");

        Assert.Contains("&notAnEntity;", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 3, column 6", error.Message, StringComparison.Ordinal);
        Assert.Contains("does not expand entities declared in a DTD", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
        Assert.Equal(6, error.Column);
    }

    [Fact]
    public void A_billion_laughs_bomb_fails_cleanly_without_expanding()
    {
        var xml = """
            <?xml version="1.0"?>
            <!DOCTYPE article [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
            ]>
            <article><p>&lol9;</p></article>
            """;

        var error = ParseFails(xml);

        Assert.Contains("&lol9;", error.Message, StringComparison.Ordinal);
        Assert.Contains("internal subset", error.Message, StringComparison.Ordinal);
        Assert.Equal(9, error.Line);
    }

    [Fact]
    public void An_external_entity_is_never_read()
    {
        var secret = Path.Combine(Path.GetTempPath(), "revista-secret-" + Guid.NewGuid() + ".txt");
        File.WriteAllText(secret, "TOP-SECRET-CONTENT");
        try
        {
            var uri = new Uri(secret).AbsoluteUri;
            var error = ParseFails($"<!DOCTYPE article [<!ENTITY xxe SYSTEM \"{uri}\">]><article><p>&xxe;</p></article>");

            Assert.Contains("&xxe;", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("TOP-SECRET", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void External_dtds_and_parameter_entities_are_ignored_not_fetched()
    {
        var document = Parse("""
            <!DOCTYPE article SYSTEM "file:///etc/passwd" [
              <!ENTITY % remote SYSTEM "http://example.invalid/evil.dtd">
              %remote;
            ]>
            <article><p>fine</p></article>
            """);

        Assert.Equal("fine", document.Root!.Value);
    }

    [Fact]
    public void Invalid_utf8_is_reported_with_its_line_and_column()
    {
        var bytes = Encoding.UTF8.GetBytes("<article>\n<p>caf").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes("</p></article>")).ToArray();

        var error = ParseFails(bytes);

        Assert.Contains("invalid UTF-8 byte sequence", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 2, column 7", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Reads_a_file_declared_as_iso_8859_1()
    {
        var bytes = Encoding.Latin1.GetBytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><article><p>Saúde Pública &nbsp;</p></article>");

        var document = JatsXml.Parse(bytes, "latin1.xml");

        Assert.Equal("Saúde Pública \u00A0", document.Root!.Value);
    }

    [Fact]
    public void Reads_a_file_declared_as_windows_1252()
    {
        var bytes = Encoding.ASCII.GetBytes("<?xml version='1.0' encoding='windows-1252'?><article><p>").Concat(new byte[] { 0x80, 0x93, 0x94 })
            .Concat(Encoding.ASCII.GetBytes("</p></article>")).ToArray();

        var document = JatsXml.Parse(bytes, "cp1252.xml");

        Assert.Equal("€“”", document.Root!.Value);
    }

    [Fact]
    public void Reads_utf8_with_a_byte_order_mark_and_utf16()
    {
        var xml = "<?xml version=\"1.0\"?><article><p>ação</p></article>";

        Assert.Equal("ação", JatsXml.Parse([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(xml)], "bom.xml").Root!.Value);
        Assert.Equal("ação", JatsXml.Parse([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(xml)], "utf16.xml").Root!.Value);
        Assert.Equal("ação", JatsXml.Parse([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(xml)], "utf16be.xml").Root!.Value);
    }

    [Fact]
    public void An_unknown_declared_encoding_is_refused_with_advice()
    {
        var error = ParseFails(Encoding.ASCII.GetBytes("<?xml version=\"1.0\" encoding=\"x-klingon\"?><article/>"));

        Assert.Contains("x-klingon", error.Message, StringComparison.Ordinal);
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_xml_reports_line_and_column()
    {
        var error = ParseFails("<article>\n  <front>\n    <p>text</front>\n</article>");

        Assert.Contains("not well-formed XML", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
        Assert.IsType<XmlException>(error.InnerException);
    }

    [Fact]
    public void Columns_after_a_replaced_entity_still_match_the_file()
    {
        var withEntities = ParseFails("<article><p>&nbsp;&eacute;</b></p></article>");
        var sameLength = ParseFails("<article><p>xxxxxxxxxxxxxx</b></p></article>");

        Assert.Equal(1, withEntities.Line);
        Assert.Equal(sameLength.Column, withEntities.Column);
    }

    [Fact]
    public void Too_deep_nesting_is_refused()
    {
        var depth = JatsXml.MaxElementDepth + 1;
        var xml = string.Concat(Enumerable.Repeat("<list>", depth)) + string.Concat(Enumerable.Repeat("</list>", depth));

        var error = ParseFails(xml);

        Assert.Contains($"more than {JatsXml.MaxElementDepth} levels deep", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_accepted()
    {
        var depth = JatsXml.MaxElementDepth;
        var xml = string.Concat(Enumerable.Repeat("<list>", depth)) + string.Concat(Enumerable.Repeat("</list>", depth));

        Assert.Equal(depth, Parse(xml).Descendants("list").Count());
    }

    [Fact]
    public void Oversize_input_is_refused_before_parsing()
    {
        var bytes = new byte[JatsXml.MaxInputBytes + 1];
        "<article>"u8.CopyTo(bytes);

        var error = ParseFails(bytes);
        using var stream = new MemoryStream(bytes);
        var fromStream = Assert.Throws<JatsFormatException>(() => JatsXml.Parse(stream, "big.xml"));

        Assert.Contains("larger than the 50 MB", error.Message, StringComparison.Ordinal);
        Assert.Contains("larger than the 50 MB", fromStream.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parses_from_a_stream()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("<article><p>&hellip;</p></article>"));

        Assert.Equal("…", JatsXml.Parse(stream, "stream.xml").Root!.Value);
    }

    [Fact]
    public void An_empty_file_says_it_is_empty()
    {
        Assert.Contains("is empty", ParseFails([]).Message, StringComparison.Ordinal);
        Assert.Contains("only white space", ParseFails(" \n\t ").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_files_are_named_for_what_they_are()
    {
        Assert.Contains("a PDF file", ParseFails("%PDF-1.7\n%\u00e2\u00e3"u8.ToArray()).Message, StringComparison.Ordinal);
        Assert.Contains("a ZIP archive", ParseFails([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]).Message, StringComparison.Ordinal);
        Assert.Contains("a PNG image", ParseFails([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A]).Message, StringComparison.Ordinal);
        Assert.Contains("binary file", ParseFails([0x3C, 0x61, 0x00, 0x01, 0x02]).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_html_page_is_recognised()
    {
        var error = ParseFails("<!DOCTYPE html>\n<html><head><title>Article</title></head><body><p>Hi<br></body></html>");
        var xhtml = ParseFails("<?xml version=\"1.0\"?>\n<!-- saved page -->\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>");

        Assert.Contains("HTML page", error.Message, StringComparison.Ordinal);
        Assert.Contains("HTML page", xhtml.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_text_is_not_xml()
    {
        var error = ParseFails("Title: A study\nAuthors: …");

        Assert.Contains("is not XML", error.Message, StringComparison.Ordinal);
        Assert.Contains("Title: A study", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_entity_table_holds_the_standard_sets()
    {
        Assert.True(JatsCharacterEntities.Count > 2000);
        Assert.Equal("\u00A0", JatsCharacterEntities.Characters("nbsp"));
        Assert.Equal("\u2014", JatsCharacterEntities.Characters("mdash"));
        Assert.Equal("%", JatsCharacterEntities.Characters("percnt"));
        Assert.Equal("\u20AC", JatsCharacterEntities.Characters("euro"));
        Assert.Null(JatsCharacterEntities.Characters("amp"));
        Assert.Null(JatsCharacterEntities.Characters("lol"));
    }
}
