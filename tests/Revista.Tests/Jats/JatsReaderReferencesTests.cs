using Revista.Jats;

namespace Revista.Tests.Jats;

public sealed class JatsReaderReferencesTests
{
    private static JatsArticle WithRefs(string refs, string subArticle = "") => JatsSample.Read($"""
        <article xmlns:xlink="http://www.w3.org/1999/xlink">
          <front><article-meta/></front>
          <back><ref-list><title>References</title>{refs}</ref-list></back>
          {subArticle}
        </article>
        """);

    [Fact]
    public void Reads_the_fields_of_an_element_citation()
    {
        var reference = WithRefs("""
            <ref id="B1"><label>1</label>
              <element-citation publication-type="journal">
                <person-group person-group-type="author">
                  <name><surname>Carvalho</surname><given-names>ALM</given-names></name>
                  <name><surname>Silva</surname><given-names>JEG</given-names><suffix>Jr</suffix></name>
                  <etal/>
                </person-group>
                <person-group person-group-type="editor"><name><surname>Editor</surname><given-names>E</given-names></name></person-group>
                <article-title>Adesão ao tratamento</article-title>
                <source>Cienc Saude Coletiva</source>
                <year>2012</year><volume>17</volume><issue>7</issue><fpage>1885</fpage><lpage>1892</lpage>
                <pub-id pub-id-type="doi">10.1590/S1413-81232012000700028</pub-id>
                <pub-id pub-id-type="pmid">22872351</pub-id>
                <pub-id pub-id-type="pmcid">PMC123456</pub-id>
              </element-citation>
            </ref>
            """).References.Single();

        Assert.Equal(("B1", "1", "journal"), (reference.Id, reference.Label, reference.PublicationType));
        Assert.Equal([new JatsName("Carvalho", "ALM", null, null), new JatsName("Silva", "JEG", "Jr", null)], reference.Authors);
        Assert.Equal([new JatsName("Editor", "E", null, null)], reference.Editors);
        Assert.True(reference.HasEtAl);
        Assert.Equal(("Adesão ao tratamento", "Cienc Saude Coletiva", "2012"), (reference.ArticleTitle, reference.Source, reference.Year));
        Assert.Equal(("17", "7", "1885", "1892"), (reference.Volume, reference.Issue, reference.FirstPage, reference.LastPage));
        Assert.Equal(("10.1590/S1413-81232012000700028", "22872351", "PMC123456"), (reference.Doi, reference.Pmid, reference.Pmcid));
        Assert.Contains("Carvalho ALM", reference.Text, StringComparison.Ordinal);
        Assert.Contains("Cienc Saude Coletiva 2012 17 7 1885 1892", reference.Text, StringComparison.Ordinal);
        Assert.Null(reference.SubArticleId);
    }

    [Fact]
    public void Keeps_the_text_of_a_mixed_citation_as_written_with_names_outside_person_group()
    {
        var reference = WithRefs("""
            <ref id="pbio-0040088-b1"><label>1</label><mixed-citation publication-type="journal"><name><surname>Zuckerkandl</surname><given-names>E</given-names></name>, <name><surname>Pauling</surname><given-names>L</given-names></name> (<year>1965</year>) <article-title>Evolutionary divergence</article-title>. <source>Evolving genes and proteins</source>. <publisher-loc>New York</publisher-loc>: <publisher-name>Academic Press</publisher-name>. pp. <fpage>97</fpage>–<lpage>166</lpage>.</mixed-citation></ref>
            """).References.Single();

        Assert.Equal("Zuckerkandl E, Pauling L (1965) Evolutionary divergence. Evolving genes and proteins. New York: Academic Press. pp. 97–166.", reference.Text);
        Assert.Equal(["Zuckerkandl", "Pauling"], reference.Authors.Select(a => a.Surname));
        Assert.Equal(("Academic Press", "New York", "97", "166"), (reference.Publisher, reference.PublisherLocation, reference.FirstPage, reference.LastPage));
        Assert.NotEmpty(reference.Html);
    }

    [Fact]
    public void Takes_fields_from_the_element_citation_and_text_from_the_mixed_citation()
    {
        var reference = WithRefs("""
            <ref id="B1"><label>1</label>
              <mixed-citation>. Andrade DF, Valle RC. Teoria da Resposta ao Item. São Paulo: ABE; 2000.</mixed-citation>
              <element-citation publication-type="book">
                <person-group><name><surname>Andrade</surname><given-names>DF</given-names></name><name><surname>Valle</surname><given-names>RC</given-names></name></person-group>
                <source>Teoria da Resposta ao Item</source><publisher-loc>São Paulo</publisher-loc><publisher-name>ABE</publisher-name><year>2000</year>
              </element-citation>
            </ref>
            """).References.Single();

        Assert.Equal("Andrade DF, Valle RC. Teoria da Resposta ao Item. São Paulo: ABE; 2000.", reference.Text);
        Assert.Equal("book", reference.PublicationType);
        Assert.Equal(["Andrade", "Valle"], reference.Authors.Select(a => a.Surname));
        Assert.Equal(("Teoria da Resposta ao Item", "ABE", "São Paulo"), (reference.Source, reference.Publisher, reference.PublisherLocation));
    }

    [Fact]
    public void Reads_nlm_citation_and_nlm_2_citation()
    {
        var references = WithRefs("""
            <ref id="r1"><nlm-citation citation-type="journal"><person-group person-group-type="author"><name><surname>Old</surname><given-names>A</given-names></name></person-group><article-title>Old title</article-title><source>J Old</source><year>1999</year><volume>1</volume><fpage>1</fpage></nlm-citation></ref>
            <ref id="r2"><citation citation-type="book"><name><surname>Older</surname><given-names>B</given-names></name>. <source>A Book</source>. <year>1990</year>.</citation></ref>
            """).References;

        Assert.Equal(("journal", "Old title", "J Old", "1999"), (references[0].PublicationType, references[0].ArticleTitle, references[0].Source, references[0].Year));
        Assert.Equal(("book", "A Book", "Older"), (references[1].PublicationType, references[1].Source, references[1].Authors.Single().Surname));
    }

    [Fact]
    public void Reads_every_ref_of_nested_ref_lists_in_document_order()
    {
        var article = JatsSample.Read("""
            <article><front><article-meta/></front>
              <body><sec><ref-list><ref id="s1"><mixed-citation>In body.</mixed-citation></ref></ref-list></sec></body>
              <back>
                <ref-list>
                  <ref-list><title>Primary</title><ref id="a1"><mixed-citation>A.</mixed-citation></ref><ref id="a2"><mixed-citation>B.</mixed-citation></ref></ref-list>
                  <ref-list><title>Data</title><ref id="d1"><element-citation publication-type="data"><data-title>Set</data-title></element-citation></ref></ref-list>
                </ref-list>
              </back>
            </article>
            """);

        Assert.Equal(["s1", "a1", "a2", "d1"], article.References.Select(r => r.Id));
        Assert.Equal("Set", article.References[3].ArticleTitle);
    }

    [Fact]
    public void Splits_a_page_range_and_takes_year_from_date_and_chapter_title()
    {
        var reference = WithRefs("""
            <ref id="r1"><element-citation publication-type="book">
              <chapter-title>A chapter</chapter-title><source>The Book</source>
              <date><year>2011</year></date><page-range>112–19</page-range><elocation-id>e7</elocation-id>
            </element-citation></ref>
            """).References.Single();

        Assert.Equal(("A chapter", "2011", "112", "19", "e7"), (reference.ArticleTitle, reference.Year, reference.FirstPage, reference.LastPage, reference.ElocationId));
    }

    [Theory]
    [InlineData("""<ext-link ext-link-type="uri" xlink:href="https://doi.org/10.1038/nature11183">https://doi.org/10.1038/nature11183</ext-link>""")]
    [InlineData("""<comment>doi: 10.1038/nature11183.</comment>""")]
    [InlineData("""<uri>http://dx.doi.org/10.1038%2Fnature11183</uri>""")]
    [InlineData("""<ext-link ext-link-type="doi" xlink:href="10.1038/nature11183">link</ext-link>""")]
    public void Finds_a_doi_written_as_a_link_or_in_a_comment(string doi)
    {
        var reference = WithRefs($"""<ref id="r1"><element-citation publication-type="journal"><source>Nature</source>{doi}</element-citation></ref>""").References.Single();

        Assert.Equal("10.1038/nature11183", reference.Doi);
        Assert.Null(reference.Uri);
    }

    [Fact]
    public void Keeps_a_web_link_as_the_uri()
    {
        var reference = WithRefs("""
            <ref id="r1"><element-citation publication-type="webpage"><source>WHO</source>
              <comment>Available from: <ext-link ext-link-type="uri" xlink:href="https://www.who.int/data">https://www.who.int/data</ext-link></comment>
            </element-citation></ref>
            """).References.Single();

        Assert.Equal("https://www.who.int/data", reference.Uri);
        Assert.Null(reference.Doi);
    }

    [Fact]
    public void Reads_group_and_literal_names_and_ignores_translators()
    {
        var reference = WithRefs("""
            <ref id="r1"><element-citation publication-type="report">
              <person-group person-group-type="author"><collab>World Health Organization</collab><string-name>Ministério da Saúde</string-name></person-group>
              <person-group person-group-type="translator"><name><surname>Tradutor</surname></name></person-group>
              <source>Report</source>
            </element-citation></ref>
            """).References.Single();

        Assert.Equal([new JatsName(null, null, null, "World Health Organization"), new JatsName("Ministério da Saúde", null, null, null)], reference.Authors);
        Assert.Empty(reference.Editors);
    }

    [Fact]
    public void References_of_a_sub_article_carry_its_id()
    {
        var article = WithRefs(
            """<ref id="B1"><mixed-citation>Main.</mixed-citation></ref>""",
            """
            <sub-article article-type="reply" id="s1"><front-stub><title-group><article-title>Reply</article-title></title-group></front-stub>
              <back><ref-list><ref id="B5"><mixed-citation>Reply ref.</mixed-citation></ref></ref-list></back>
            </sub-article>
            """);

        Assert.Equal([("B1", null), ("B5", "s1")], article.References.Select(r => (r.Id, r.SubArticleId)));
    }
}
