using Revista.Jats;

namespace Revista.Tests.Jats;

public sealed class JatsReaderContributorsTests
{
    [Fact]
    public void Reads_contributors_in_order_across_contrib_groups()
    {
        var article = JatsSample.Read(JatsSample.Meta("""
            <contrib-group>
              <contrib contrib-type="author"><name><surname>Sallés</surname><given-names>Meritxell</given-names></name></contrib>
              <contrib contrib-type="author"><name name-style="eastern"><surname>Wang</surname><given-names>Wei</given-names></name></contrib>
              <contrib><name><surname>Smith</surname><given-names>John</given-names><prefix>Dr</prefix><suffix>Jr</suffix></name><degrees>MD</degrees><degrees>PhD</degrees></contrib>
            </contrib-group>
            <contrib-group><contrib contrib-type="editor"><name><surname>Penny</surname><given-names>David</given-names></name><role>Academic Editor</role></contrib></contrib-group>
            """));

        Assert.Equal(["Meritxell Sallés", "Wang Wei", "John Smith Jr", "David Penny"], article.Contributors.Select(c => c.DisplayName));
        Assert.Equal(["author", "author", "author", "editor"], article.Contributors.Select(c => c.ContribType));
        Assert.Equal("eastern", article.Contributors[1].NameStyle);
        Assert.Equal(("Dr", "Jr"), (article.Contributors[2].Prefix, article.Contributors[2].Suffix));
        Assert.Equal(["MD", "PhD"], article.Contributors[2].Degrees);
        Assert.Equal("Academic Editor", article.Contributors[3].Roles.Single().Text);
    }

    [Fact]
    public void Reads_a_group_author_without_its_nested_members()
    {
        var article = JatsSample.Read(JatsSample.Meta("""
            <contrib-group>
              <contrib contrib-type="author">
                <collab>The XYZ Consortium
                  <contrib-group><contrib><name><surname>Member</surname><given-names>Ann</given-names></name></contrib></contrib-group>
                </collab>
              </contrib>
              <contrib><anonymous/></contrib>
              <contrib><string-name>Maria da Silva</string-name></contrib>
              <contrib><string-name><given-names>José</given-names> <surname>Pérez</surname></string-name></contrib>
            </contrib-group>
            """));

        Assert.Equal(4, article.Contributors.Count);
        Assert.Equal("The XYZ Consortium", article.Contributors[0].Collab);
        Assert.Null(article.Contributors[0].Surname);
        Assert.Equal("The XYZ Consortium", article.Contributors[0].DisplayName);
        Assert.Equal("Anonymous", article.Contributors[1].Collab);
        Assert.Equal("Maria da Silva", article.Contributors[2].DisplayName);
        Assert.Equal(("Pérez", "José"), (article.Contributors[3].Surname, article.Contributors[3].GivenNames));
    }

    [Theory]
    [InlineData("""<contrib-id contrib-id-type="orcid" authenticated="true">https://orcid.org/0000-0002-1825-0097</contrib-id>""")]
    [InlineData("""<contrib-id contrib-id-type="orcid">http://orcid.org/0000-0002-1825-0097/</contrib-id>""")]
    [InlineData("""<contrib-id contrib-id-type="orcid">0000-0002-1825-0097</contrib-id>""")]
    [InlineData("""<uri content-type="orcid">https://orcid.org/0000-0002-1825-0097</uri>""")]
    public void Normalises_an_orcid_to_the_bare_id(string id)
    {
        var article = JatsSample.Read(JatsSample.Meta($"""
            <contrib-group><contrib><name><surname>Carberry</surname><given-names>Josiah</given-names></name>{id}</contrib></contrib-group>
            """));

        Assert.Equal("0000-0002-1825-0097", article.Contributors.Single().Orcid);
    }

    [Fact]
    public void An_orcid_ending_in_x_is_upper_cased_and_other_ids_are_ignored()
    {
        var article = JatsSample.Read(JatsSample.Meta("""
            <contrib-group><contrib>
              <contrib-id contrib-id-type="group-author-key">group-author-id1</contrib-id>
              <contrib-id contrib-id-type="orcid">http://orcid.org/0000-0002-7361-560x</contrib-id>
              <name><surname>Brown</surname></name>
            </contrib></contrib-group>
            """));

        Assert.Equal("0000-0002-7361-560X", article.Contributors.Single().Orcid);
    }

    [Fact]
    public void Reads_corresponding_authors_and_their_emails()
    {
        var article = JatsSample.Read(JatsSample.Meta("""
            <contrib-group>
              <contrib corresp="yes"><name><surname>Clardy</surname></name><email>jon@example.org</email></contrib>
              <contrib><name><surname>King</surname></name><xref ref-type="corresp" rid="cor2">*</xref></contrib>
              <contrib><name><surname>Other</surname></name></contrib>
            </contrib-group>
            <author-notes>
              <corresp id="cor2">For correspondence: <email>king@example.org</email></corresp>
            </author-notes>
            """));

        Assert.Equal([true, true, false], article.Contributors.Select(c => c.IsCorresponding));
        Assert.Equal(["jon@example.org"], article.Contributors[0].Emails);
        Assert.Equal(["king@example.org"], article.Contributors[1].Emails);
        Assert.Empty(article.Contributors[2].Emails);
    }

    [Fact]
    public void A_lone_corresponding_author_gets_the_single_correspondence_email()
    {
        var article = JatsSample.Read(JatsSample.Meta("""
            <contrib-group>
              <contrib><name><surname>Rodrigues</surname></name></contrib>
              <contrib corresp="yes"><name><surname>Moreira</surname></name></contrib>
            </contrib-group>
            <author-notes><corresp><label>Correspondência</label>: Thereza Moreira E-mail: <email>thereza@example.org</email></corresp></author-notes>
            """));

        Assert.Empty(article.Contributors[0].Emails);
        Assert.Equal(["thereza@example.org"], article.Contributors[1].Emails);
    }

    [Fact]
    public void Reads_affiliation_references_and_inline_affiliations()
    {
        var article = JatsSample.Read(JatsSample.Meta("""
            <contrib-group>
              <contrib><name><surname>A</surname></name><xref ref-type="aff" rid="aff1 aff2"><sup>1,2</sup></xref><xref ref-type="aff" rid="aff2"/></contrib>
              <contrib contrib-type="editor"><name><surname>B</surname></name>
                <aff><institution>Pediatric Dengue Vaccine Initiative</institution>, <country>United States</country></aff></contrib>
              <aff id="aff1"><label>1</label>University One, Lima, Peru</aff>
            </contrib-group>
            <aff id="aff2"><label>2</label>University Two, Quito, Ecuador</aff>
            """));

        Assert.Equal(["aff1", "aff2"], article.Contributors[0].AffiliationIds);
        Assert.Equal(["Pediatric Dengue Vaccine Initiative, United States"], article.Contributors[1].InlineAffiliations);
        Assert.Equal(["aff1", "aff2"], article.Affiliations.Select(a => a.Id));
    }

    [Fact]
    public void Reads_equal_contribution_and_deceased_from_attributes_and_notes()
    {
        var article = JatsSample.Read(JatsSample.Meta("""
            <contrib-group>
              <contrib equal-contrib="yes"><name><surname>A</surname></name></contrib>
              <contrib><name><surname>B</surname></name><xref ref-type="fn" rid="eq"/></contrib>
              <contrib><name><surname>C</surname></name><xref ref-type="fn" rid="con1"/><xref ref-type="fn" rid="eq2"/></contrib>
              <contrib deceased="yes"><name><surname>D</surname></name></contrib>
              <contrib><name><surname>E</surname></name><xref ref-type="fn" rid="dec"/><xref ref-type="fn" rid="con2"/></contrib>
            </contrib-group>
            <author-notes>
              <fn fn-type="equal" id="eq"><p>Joint first authors.</p></fn>
              <fn fn-type="con" id="eq2"><p>Estes autores contribuíram igualmente.</p></fn>
              <fn fn-type="deceased" id="dec"><p>Deceased</p></fn>
            </author-notes>
            """, back: """
            <fn-group><fn fn-type="con" id="con1"><p>CS designed the study.</p></fn><fn fn-type="con" id="con2"><p>EE wrote the paper.</p></fn></fn-group>
            """));

        Assert.Equal([true, true, true, false, false], article.Contributors.Select(c => c.EqualContribution));
        Assert.Equal([false, false, false, true, true], article.Contributors.Select(c => c.IsDeceased));
        Assert.Equal(["eq"], article.Contributors[1].NoteIds);
        Assert.Equal(["eq2"], article.Contributors[2].NoteIds);
    }

    [Fact]
    public void A_contribution_statement_alone_is_not_equal_contribution()
    {
        var article = JatsSample.Read(JatsSample.Meta("""
            <contrib-group><contrib><name><surname>Drummond</surname></name><xref ref-type="fn" rid="n1"/></contrib></contrib-group>
            <author-notes><fn fn-type="con" id="n1"><p>AJD conceived the idea and wrote the software.</p></fn></author-notes>
            """));

        Assert.False(article.Contributors.Single().EqualContribution);
    }

    [Fact]
    public void Reads_credit_roles_from_vocab_attributes_and_the_older_content_type_form()
    {
        var article = JatsSample.Read(JatsSample.Meta("""
            <contrib-group><contrib><name><surname>A</surname></name>
              <role vocab="credit" vocab-identifier="https://credit.niso.org/" vocab-term="Conceptualization"
                    vocab-term-identifier="https://credit.niso.org/contributor-roles/conceptualization/">Conceptualization</role>
              <role content-type="http://credit.niso.org/contributor-roles/writing-review-editing/">Writing – review &amp; editing</role>
              <role>Reviewer</role>
            </contrib></contrib-group>
            """));

        var roles = article.Contributors.Single().Roles;
        Assert.Equal(new JatsRole("Conceptualization", "Conceptualization", "https://credit.niso.org/contributor-roles/conceptualization/"), roles[0]);
        Assert.Equal(new JatsRole("Writing – review & editing", "Writing – review & editing", "http://credit.niso.org/contributor-roles/writing-review-editing/"), roles[1]);
        Assert.Equal(new JatsRole("Reviewer", null, null), roles[2]);
    }

    [Fact]
    public void Reads_affiliation_parts_ids_and_country_code()
    {
        var article = JatsSample.Read(JatsSample.Meta("""
            <aff id="aff1">
              <label>a</label>
              <institution-wrap>
                <institution-id institution-id-type="ror">03yrm5c26</institution-id>
                <institution-id institution-id-type="ringgold">1234</institution-id>
                <institution content-type="dept">Department of Zoology</institution>
                <institution>University of Oxford</institution>
              </institution-wrap>,
              <addr-line><named-content content-type="city">Oxford</named-content></addr-line>,
              <country country="gb">United Kingdom</country>
            </aff>
            """));

        var aff = article.Affiliations.Single();
        Assert.Equal(("aff1", "a"), (aff.Id, aff.Label));
        // As written: the file puts no comma between the two institutions.
        Assert.Equal("Department of Zoology University of Oxford, Oxford, United Kingdom", aff.Text);
        Assert.Equal(["Department of Zoology", "University of Oxford"], aff.Institutions);
        Assert.Equal(("United Kingdom", "GB"), (aff.Country, aff.CountryCode));
        Assert.Equal([new JatsId("ror", "https://ror.org/03yrm5c26"), new JatsId("ringgold", "1234")], aff.InstitutionIds);
    }

    [Fact]
    public void Prefers_scielo_original_affiliation_text_and_joins_purely_tagged_parts()
    {
        var article = JatsSample.Read(JatsSample.Meta("""
            <aff id="aff1">
              <label>I</label>
              <institution content-type="orgdiv1">Colégio Técnico</institution>
              <institution content-type="orgname">Universidade Federal do Piauí</institution>
              <addr-line><named-content content-type="city">Teresina</named-content><named-content content-type="state">PI</named-content></addr-line>
              <country country="BR">Brasil</country>
              <institution content-type="original">Colégio Técnico. Universidade Federal do Piauí. Teresina, PI, Brasil</institution>
            </aff>
            <aff id="aff2"><label>2</label><institution>Universidad de Chile</institution><addr-line><city>Santiago</city></addr-line><country>Chile</country></aff>
            """));

        Assert.Equal("Colégio Técnico. Universidade Federal do Piauí. Teresina, PI, Brasil", article.Affiliations[0].Text);
        Assert.Equal(["Colégio Técnico", "Universidade Federal do Piauí"], article.Affiliations[0].Institutions);
        Assert.Equal("BR", article.Affiliations[0].CountryCode);
        Assert.Equal("Universidad de Chile, Santiago, Chile", article.Affiliations[1].Text);
    }

    [Fact]
    public void Tidies_punctuation_left_by_line_breaks_in_written_affiliations()
    {
        var article = JatsSample.Read(JatsSample.Meta("""
            <aff id="aff1">
              <label>1</label>
              <institution content-type="dept">Department of Molecular and Cell Biology</institution>,
              <institution>University of California, Berkeley</institution>,
              <addr-line>
                <named-content content-type="city">Berkeley</named-content>
              </addr-line>, <country>United States</country>
            </aff>
            """));

        Assert.Equal("Department of Molecular and Cell Biology, University of California, Berkeley, Berkeley, United States", article.Affiliations.Single().Text);
    }

    [Fact]
    public void Reads_each_language_of_aff_alternatives_under_the_wrapper_id()
    {
        var article = JatsSample.Read(JatsSample.Meta("""
            <contrib-group><contrib><name><surname>A</surname></name><xref ref-type="aff" rid="aff1"/></contrib></contrib-group>
            <aff-alternatives id="aff1">
              <aff xml:lang="en"><institution>University of Tokyo</institution></aff>
              <aff xml:lang="ja"><institution>東京大学</institution></aff>
            </aff-alternatives>
            """));

        Assert.Equal([("aff1", "en", "University of Tokyo"), ("aff1", "ja", "東京大学")], article.Affiliations.Select(a => (a.Id, a.Language, a.Text)));
    }
}
