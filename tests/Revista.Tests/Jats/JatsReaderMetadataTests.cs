using Revista.Jats;

namespace Revista.Tests.Jats;

public sealed class JatsReaderMetadataTests
{
    [Fact]
    public void Reads_article_ids_by_type_and_strips_a_doi_url()
    {
        var article = JatsSample.Read(JatsSample.Meta("""
            <article-id pub-id-type="publisher-id">e123</article-id>
            <article-id pub-id-type="doi">https://doi.org/10.1590/S0034-8910.2014048005044</article-id>
            <article-id pub-id-type="pmid">24897042</article-id>
            <article-id pub-id-type="pmc">PMC4203079</article-id>
            """));

        Assert.Equal("10.1590/S0034-8910.2014048005044", article.Doi);
        Assert.Equal("24897042", article.Pmid);
        Assert.Equal("PMC4203079", article.Pmcid);
        Assert.Equal("e123", article.PublisherId);
    }

    [Theory]
    [InlineData("""<subj-group subj-group-type="heading"><subject>Cell Biology</subject></subj-group><subj-group subj-group-type="display-channel"><subject>Research Article</subject></subj-group>""", "Research Article")]
    [InlineData("""<subj-group subj-group-type="Discipline-v3"><subject>Biology</subject></subj-group><subj-group subj-group-type="heading"><subject>Artigos Originais</subject></subj-group>""", "Artigos Originais")]
    [InlineData("""<subj-group subj-group-type="Article Type"><subject>Case Report</subject></subj-group>""", "Case Report")]
    [InlineData("""<subj-group subj-group-type="Discipline"><subject>Ecology</subject></subj-group><subj-group><subject>Editorial</subject></subj-group>""", "Editorial")]
    [InlineData("""<subj-group subj-group-type="Discipline"><subject>Ecology</subject></subj-group>""", null)]
    public void Picks_the_section_a_reader_page_shows(string groups, string? section)
    {
        var article = JatsSample.Read(JatsSample.Meta($"<article-categories>{groups}</article-categories>"));

        Assert.Equal(section, article.Section);
    }

    [Fact]
    public void Nested_subject_groups_inherit_the_outer_type()
    {
        var article = JatsSample.Read(JatsSample.Meta("""
            <article-categories>
              <subj-group subj-group-type="Discipline-v3">
                <subject>Biology and life sciences</subject>
                <subj-group><subject>Genetics</subject></subj-group>
              </subj-group>
            </article-categories>
            """));

        Assert.Equal([new JatsSubject("Discipline-v3", "Biology and life sciences"), new JatsSubject("Discipline-v3", "Genetics")], article.Subjects);
    }

    [Fact]
    public void Reads_translated_titles_from_trans_title_group_with_xml_lang()
    {
        var article = JatsSample.Read(JatsSample.Meta("""
            <title-group>
              <article-title>Adesão ao tratamento</article-title>
              <trans-title-group xml:lang="en"><trans-title>Treatment adherence</trans-title><trans-subtitle>A study</trans-subtitle></trans-title-group>
              <trans-title-group xml:lang="ES"><trans-title>Adherencia al tratamiento</trans-title></trans-title-group>
            </title-group>
            """, attributes: " xml:lang=\"pt\""));

        Assert.Equal(2, article.TransTitles.Count);
        Assert.Equal(("en", "Treatment adherence", "A study"), (article.TransTitles[0].Language, article.TransTitles[0].Title.Text, article.TransTitles[0].Subtitle?.Text));
        Assert.Equal(("es", "Adherencia al tratamiento"), (article.TransTitles[1].Language, article.TransTitles[1].Title.Text));
        Assert.Null(article.TransTitles[1].Subtitle);
    }

    [Fact]
    public void Reads_nlm_trans_title_written_directly_in_title_group()
    {
        var article = JatsSample.Read(JatsSample.Meta("""
            <title-group>
              <article-title>Título</article-title>
              <trans-title xml:lang="en">Title</trans-title>
              <trans-subtitle xml:lang="en">Subtitle</trans-subtitle>
            </title-group>
            """, attributes: " xml:lang=\"es\""));

        var trans = Assert.Single(article.TransTitles);
        Assert.Equal(("en", "Title", "Subtitle"), (trans.Language, trans.Title.Text, trans.Subtitle?.Text));
    }

    [Fact]
    public void Reads_publication_dates_in_every_form()
    {
        var article = JatsSample.Read(JatsSample.Meta("""
            <pub-date pub-type="epub"><day>14</day><month>03</month><year>2006</year></pub-date>
            <pub-date date-type="pub" publication-format="electronic" iso-8601-date="2014-02-28"/>
            <pub-date pub-type="ppub"><season>Sep-Oct</season><year>2019</year></pub-date>
            <pub-date pub-type="collection"><month>Mar</month><year>2001</year></pub-date>
            <pub-date><string-date>Spring 2020</string-date></pub-date>
            <history>
              <date date-type="received"><day>13</day><month>7</month><year>2013</year></date>
              <date date-type="accepted" iso-8601-date="2013-11-29"><day>29</day><month>11</month><year>2013</year></date>
            </history>
            """));

        var dates = article.PubDates;
        Assert.Equal(5, dates.Count);
        Assert.Equal(new JatsDate { Type = "epub", Year = 2006, Month = 3, Day = 14 }, dates[0]);
        Assert.Equal(new JatsDate { Type = "pub", PublicationFormat = "electronic", Year = 2014, Month = 2, Day = 28, Iso8601 = "2014-02-28" }, dates[1]);
        Assert.Equal(new JatsDate { Type = "ppub", Year = 2019, Season = "Sep-Oct" }, dates[2]);
        Assert.Equal(3, dates[3].Month);
        Assert.Equal(new JatsDate { Type = "pub", StringDate = "Spring 2020" }, dates[4]);
        Assert.Equal(["received", "accepted"], article.HistoryDates.Select(d => d.Type));
        Assert.Equal((2013, 7, 13), (article.HistoryDates[0].Year!.Value, article.HistoryDates[0].Month!.Value, article.HistoryDates[0].Day!.Value));
    }

    [Fact]
    public void Reads_copyright_and_a_licence_with_xlink_href()
    {
        var article = JatsSample.Read(JatsSample.Meta("""
            <permissions>
              <copyright-statement>© 2024 The Authors</copyright-statement>
              <copyright-year>2024</copyright-year>
              <copyright-holder>The Authors</copyright-holder>
              <license license-type="open-access" xlink:href="https://creativecommons.org/licenses/by/4.0/">
                <license-p>This is an open access article under the <ext-link ext-link-type="uri" xlink:href="https://creativecommons.org/licenses/by/4.0/">CC BY</ext-link> licence.</license-p>
              </license>
            </permissions>
            """));

        var permissions = article.Permissions;
        Assert.Equal("© 2024 The Authors", permissions.CopyrightStatement);
        Assert.Equal("2024", permissions.CopyrightYear);
        Assert.Equal("The Authors", permissions.CopyrightHolder);
        var license = Assert.Single(permissions.Licenses);
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", license.Url);
        Assert.Equal("open-access", license.Type);
        Assert.StartsWith("This is an open access article", license.Text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_ali_license_ref_and_one_licence_per_language()
    {
        var article = JatsSample.Read(JatsSample.Meta("""
            <permissions>
              <license xml:lang="en"><ali:license_ref>https://creativecommons.org/licenses/by-nc/4.0/</ali:license_ref><license-p>English text.</license-p></license>
              <license xml:lang="pt"><ali:license_ref>https://creativecommons.org/licenses/by-nc/4.0/</ali:license_ref><license-p>Texto em português.</license-p></license>
            </permissions>
            """));

        Assert.Equal(["en", "pt"], article.Permissions.Licenses.Select(l => l.Language));
        Assert.All(article.Permissions.Licenses, l => Assert.Equal("https://creativecommons.org/licenses/by-nc/4.0/", l.Url));
        Assert.Equal("Texto em português.", article.Permissions.Licenses[1].Text.Text);
    }

    [Fact]
    public void Finds_the_licence_url_in_the_text_when_older_files_give_no_href()
    {
        var article = JatsSample.Read(JatsSample.Meta("""
            <permissions><license><license-p>Distributed under the <ext-link xlink:href="http://creativecommons.org/licenses/by/2.5/">Creative Commons Attribution License</ext-link>.</license-p></license></permissions>
            """));

        Assert.Equal("http://creativecommons.org/licenses/by/2.5/", article.Permissions.Licenses.Single().Url);
    }

    [Fact]
    public void Reads_a_structured_abstract_with_headings_in_its_plain_text()
    {
        var article = JatsSample.Read(JatsSample.Meta("""
            <abstract>
              <title>Abstract</title>
              <sec><title>Background</title><p>Why we did it.</p></sec>
              <sec><title>Methods:</title><p>How.</p></sec>
            </abstract>
            <abstract abstract-type="executive-summary"><title>eLife digest</title><p>Plain words.</p></abstract>
            <trans-abstract xml:lang="es"><title>Resumen</title><p>Por qué.</p></trans-abstract>
            """));

        Assert.Equal(3, article.Abstracts.Count);
        var main = article.Abstracts[0];
        Assert.Equal(("en", null, false, "Abstract"), (main.Language, main.Type, main.IsTranslation, main.Title));
        Assert.Equal("Background: Why we did it. Methods: How.", main.Text);
        Assert.DoesNotContain("Abstract", main.Text, StringComparison.Ordinal);
        Assert.NotEmpty(main.Html);
        Assert.Equal(("executive-summary", "Plain words."), (article.Abstracts[1].Type, article.Abstracts[1].Text));
        Assert.Equal(("es", true, "Resumen", "Por qué."), (article.Abstracts[2].Language, article.Abstracts[2].IsTranslation, article.Abstracts[2].Title, article.Abstracts[2].Text));
    }

    [Fact]
    public void An_abstract_in_another_language_counts_as_a_translation()
    {
        var article = JatsSample.Read(JatsSample.Meta("""
            <abstract><p>Resumo.</p></abstract>
            <abstract xml:lang="en"><p>Abstract.</p></abstract>
            """, attributes: " xml:lang=\"pt\""));

        Assert.Equal([("pt", false), ("en", true)], article.Abstracts.Select(a => (a.Language, a.IsTranslation)));
    }

    [Fact]
    public void Reads_keyword_groups_by_language_with_compound_keywords()
    {
        var article = JatsSample.Read(JatsSample.Meta("""
            <kwd-group xml:lang="pt"><title>Palavras-chave</title><kwd>Hipertensão</kwd><kwd>Adesão  à medicação</kwd></kwd-group>
            <kwd-group kwd-group-type="author-keywords"><kwd><italic>Aedes</italic> control</kwd>
              <compound-kwd><compound-kwd-part>Dengue</compound-kwd-part><compound-kwd-part>vector</compound-kwd-part></compound-kwd></kwd-group>
            """));

        Assert.Equal(("pt", null, "Palavras-chave"), (article.KeywordGroups[0].Language, article.KeywordGroups[0].Type, article.KeywordGroups[0].Title));
        Assert.Equal(["Hipertensão", "Adesão à medicação"], article.KeywordGroups[0].Keywords);
        Assert.Equal(("en", "author-keywords"), (article.KeywordGroups[1].Language, article.KeywordGroups[1].Type));
        Assert.Equal(["Aedes control", "Dengue vector"], article.KeywordGroups[1].Keywords);
    }

    [Fact]
    public void Reads_funding_awards_funders_and_statement()
    {
        var article = JatsSample.Read(JatsSample.Meta("""
            <funding-group>
              <award-group id="fund1">
                <funding-source>
                  <institution-wrap>
                    <institution-id institution-id-type="FundRef">http://dx.doi.org/10.13039/100000002</institution-id>
                    <institution>National Institutes of Health</institution>
                  </institution-wrap>
                </funding-source>
                <award-id>R01 GM086258</award-id>
                <award-id>T32 HG00047</award-id>
                <principal-award-recipient><name><surname>King</surname><given-names>Nicole</given-names></name></principal-award-recipient>
              </award-group>
              <award-group>
                <funding-source><institution-wrap><institution-id institution-id-type="ror">https://ror.org/01cwqze88</institution-id><institution>Fundação de Amparo</institution></institution-wrap></funding-source>
              </award-group>
              <award-group><funding-source>Wellcome Trust</funding-source></award-group>
              <award-group><award-id>2019/1234</award-id></award-group>
              <funding-statement>The funders had no role.</funding-statement>
            </funding-group>
            """));

        Assert.Equal(4, article.Funding.Count);
        var nih = article.Funding[0];
        Assert.Equal(("National Institutes of Health", "https://doi.org/10.13039/100000002", "Nicole King"), (nih.FunderName, nih.FunderId, nih.Recipient));
        Assert.Equal(["R01 GM086258", "T32 HG00047"], nih.AwardIds);
        Assert.Equal(("Fundação de Amparo", "https://ror.org/01cwqze88"), (article.Funding[1].FunderName, article.Funding[1].FunderId));
        Assert.Equal(("Wellcome Trust", null), (article.Funding[2].FunderName, article.Funding[2].FunderId));
        Assert.Null(article.Funding[3].FunderName);
        Assert.Equal(["2019/1234"], article.Funding[3].AwardIds);
        Assert.Equal("The funders had no role.", article.FundingStatement);
    }

    [Fact]
    public void Reads_author_notes_with_labels_apart_from_their_text()
    {
        var article = JatsSample.Read(JatsSample.Meta("""
            <author-notes>
              <corresp id="cor1"><label>*</label>Correspondence: <email>ana@example.org</email></corresp>
              <fn fn-type="conflict" id="fn1"><p>No competing interests.</p></fn>
              <fn fn-type="present-address" id="fn2"><label>†</label><p>Now at Elsewhere University.</p></fn>
            </author-notes>
            """));

        Assert.Equal(3, article.AuthorNotes.Count);
        Assert.Equal(("cor1", "corresp", "*", "Correspondence: ana@example.org"), (article.AuthorNotes[0].Id, article.AuthorNotes[0].Type, article.AuthorNotes[0].Label, article.AuthorNotes[0].Content.Text));
        Assert.Equal(("conflict", "No competing interests."), (article.AuthorNotes[1].Type, article.AuthorNotes[1].Content.Text));
        Assert.Equal(("†", "Now at Elsewhere University."), (article.AuthorNotes[2].Label, article.AuthorNotes[2].Content.Text));
        Assert.DoesNotContain("†", article.AuthorNotes[2].Content.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_notes_and_custom_meta_as_notes()
    {
        var article = JatsSample.Read(JatsSample.Meta(
            """
            <custom-meta-group>
              <custom-meta><meta-name>Author impact statement</meta-name><meta-value>Bacteria shape development.</meta-value></custom-meta>
            </custom-meta-group>
            """,
            back: """<notes notes-type="how-to-cite" id="n1"><title>How to cite</title><p>Silva A. A study. Test Journal. 2024;1:e1.</p></notes>"""));

        Assert.Equal(2, article.Notes.Count);
        var howToCite = article.Notes[0];
        Assert.Equal(("n1", "how-to-cite", "How to cite", "Silva A. A study. Test Journal. 2024;1:e1."), (howToCite.Id, howToCite.Type, howToCite.Title, howToCite.Content.Text));
        Assert.Equal(("custom-meta", "Author impact statement", "Bacteria shape development."), (article.Notes[1].Type, article.Notes[1].Title, article.Notes[1].Content.Text));
    }
}
