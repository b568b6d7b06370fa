using System.Xml.Linq;
using Revista.Crossref;
using static Revista.Tests.Crossref.CrossrefFixtures;

namespace Revista.Tests.Crossref;

/// <summary>What a deposit says about an article, element by element (Crossref schema 5.4.0).</summary>
public sealed class CrossrefDepositTests
{
    private static readonly XNamespace Cr = "http://www.crossref.org/schema/5.4.0";
    private static readonly XNamespace Jats = "http://www.ncbi.nlm.nih.gov/JATS1";
    private static readonly XNamespace Fr = "http://www.crossref.org/fundref.xsd";
    private static readonly XNamespace Ai = "http://www.crossref.org/AccessIndicators.xsd";
    private static readonly XNamespace Rel = "http://www.crossref.org/relations.xsd";

    private static XDocument Bilingual() => Deposit(Work(CrossrefJats.Bilingual)).ToDocument();

    private static XElement Record(XDocument deposit, string doi) =>
        deposit.Descendants(Cr + "journal_article").Single(a => a.Element(Cr + "doi_data")!.Element(Cr + "doi")!.Value == doi);

    [Fact]
    public void Head_takes_its_batch_id_and_timestamp_from_the_clock()
    {
        var head = Bilingual().Root!.Element(Cr + "head")!;

        Assert.Equal("revista-20260304050607890", head.Element(Cr + "doi_batch_id")!.Value);
        Assert.Equal("20260304050607890", head.Element(Cr + "timestamp")!.Value);
        Assert.Equal("deposits@test.example", head.Element(Cr + "depositor")!.Element(Cr + "email_address")!.Value);
        Assert.Equal("Test Press", head.Element(Cr + "registrant")!.Value);
    }

    [Fact]
    public void Journal_metadata_carries_titles_both_issns_and_the_issue()
    {
        var journal = Bilingual().Descendants(Cr + "journal").Single();
        var metadata = journal.Element(Cr + "journal_metadata")!;

        Assert.Equal("es", (string?)metadata.Attribute("language"));
        Assert.Equal("Revista de Pruebas", metadata.Element(Cr + "full_title")!.Value);
        Assert.Equal("Rev Pruebas", metadata.Element(Cr + "abbrev_title")!.Value);
        Assert.Equal(["print:1234-5679", "electronic:2345-678X"], metadata.Elements(Cr + "issn").Select(i => $"{i.Attribute("media_type")!.Value}:{i.Value}"));
        var issue = journal.Element(Cr + "journal_issue")!;
        Assert.Equal("12", issue.Element(Cr + "journal_volume")!.Element(Cr + "volume")!.Value);
        Assert.Equal("2", issue.Element(Cr + "issue")!.Value);
        Assert.Equal("2025", issue.Element(Cr + "publication_date")!.Element(Cr + "year")!.Value);
    }

    [Fact]
    public void Titles_pair_each_translated_title_with_the_original_and_keep_italics()
    {
        var titles = Record(Bilingual(), "10.5555/rp.2025.017").Elements(Cr + "titles").ToList();

        Assert.Equal(2, titles.Count);
        Assert.Equal("Efecto del ejercicio en la artritis", titles[0].Element(Cr + "title")!.Value);
        Assert.Equal("ejercicio", titles[0].Element(Cr + "title")!.Element(Cr + "i")!.Value);
        Assert.Equal("Effect of exercise on arthritis", titles[1].Element(Cr + "title")!.Value);
        var original = titles[1].Element(Cr + "original_language_title")!;
        Assert.Equal("es", (string?)original.Attribute("language"));
        Assert.Equal("Efecto del ejercicio en la artritis", original.Value);
    }

    [Fact]
    public void Contributors_keep_byline_order_with_orcid_ror_and_group_authors_and_leave_editors_out()
    {
        var contributors = Record(Bilingual(), "10.5555/rp.2025.017").Element(Cr + "contributors")!.Elements().ToList();

        Assert.Equal(["person_name:first", "organization:additional", "person_name:additional"],
            contributors.Select(c => $"{c.Name.LocalName}:{c.Attribute("sequence")!.Value}"));
        Assert.All(contributors, c => Assert.Equal("author", (string?)c.Attribute("contributor_role")));
        var first = contributors[0];
        Assert.Equal("Ana María", first.Element(Cr + "given_name")!.Value);
        Assert.Equal("Pérez Gil", first.Element(Cr + "surname")!.Value);
        Assert.Equal("https://orcid.org/0000-0002-1825-0097", first.Element(Cr + "ORCID")!.Value);
        var institution = first.Element(Cr + "affiliations")!.Element(Cr + "institution")!;
        Assert.Equal("Universidad de Prueba", institution.Element(Cr + "institution_name")!.Value);
        Assert.Equal("https://ror.org/02gfys938", institution.Element(Cr + "institution_id")!.Value);
        Assert.Equal("ror", (string?)institution.Element(Cr + "institution_id")!.Attribute("type"));
        Assert.Equal("España", institution.Element(Cr + "institution_place")!.Value);
        Assert.Equal("Grupo de Estudio ARTE", contributors[1].Value);
        Assert.Equal("Hospital General, Madrid, España", contributors[2].Descendants(Cr + "institution_name").Single().Value);
    }

    [Fact]
    public void Abstracts_are_jats_one_per_language_with_sections_and_mathml()
    {
        var abstracts = Record(Bilingual(), "10.5555/rp.2025.017").Elements(Jats + "abstract").ToList();

        Assert.Equal(["es", "en"], abstracts.Select(a => (string?)a.Attribute(XNamespace.Xml + "lang")));
        var sections = abstracts[0].Elements(Jats + "sec").ToList();
        Assert.Equal(["Objetivo", "Resultados"], sections.Select(s => s.Element(Jats + "title")!.Value));
        var paragraph = sections[0].Element(Jats + "p")!;
        Assert.Single(paragraph.Elements(XName.Get("math", "http://www.w3.org/1998/Math/MathML")));
        Assert.StartsWith("Medir el efecto 1 con", paragraph.Value, StringComparison.Ordinal);
        Assert.Equal("clara", sections[1].Element(Jats + "p")!.Element(Jats + "bold")!.Value);
        Assert.Equal("effect", abstracts[1].Element(Jats + "p")!.Element(Jats + "italic")!.Value);
    }

    [Fact]
    public void Dates_pages_licence_and_funding_follow_the_jats()
    {
        var article = Record(Bilingual(), "10.5555/rp.2025.017");

        var dates = article.Elements(Cr + "publication_date").Select(d => $"{d.Attribute("media_type")!.Value}:{string.Join("-", d.Elements().Select(e => e.Value))}");
        Assert.Equal(["online:03-05-2025", "print:04-2025"], dates);
        Assert.Equal("01-20-2025", string.Join("-", article.Element(Cr + "acceptance_date")!.Elements().Select(e => e.Value)));
        Assert.Null(article.Element(Cr + "pages"));
        var item = article.Element(Cr + "publisher_item")!.Element(Cr + "item_number")!;
        Assert.Equal(("article_number", "e017"), ((string)item.Attribute("item_number_type")!, item.Value));
        var licence = article.Element(Ai + "program")!.Element(Ai + "license_ref")!;
        Assert.Equal(("2025-03-05", "vor", "https://creativecommons.org/licenses/by/4.0/"),
            ((string)licence.Attribute("start_date")!, (string)licence.Attribute("applies_to")!, licence.Value));
        Assert.NotNull(article.Element(Ai + "program")!.Element(Ai + "free_to_read"));
        var group = article.Element(Fr + "program")!.Element(Fr + "assertion")!;
        var funder = group.Elements(Fr + "assertion").Single(a => (string?)a.Attribute("name") == "funder_name");
        Assert.Equal("Fundación de Prueba", funder.Nodes().OfType<XText>().Single().Value);
        Assert.Equal("https://doi.org/10.13039/501100004837", funder.Element(Fr + "assertion")!.Value);
        Assert.Equal("PID2020-1234", group.Elements(Fr + "assertion").Single(a => (string?)a.Attribute("name") == "award_number").Value);
    }

    [Fact]
    public void A_translation_with_its_own_doi_is_related_both_ways_and_registered_in_its_language()
    {
        var deposit = Deposit(Work(CrossrefJats.Bilingual, id: 7));
        var document = deposit.ToDocument();
        var original = Record(document, "10.5555/rp.2025.017");
        var translation = Record(document, "10.5555/rp.2025.017.en");

        Assert.Equal(2, deposit.RecordCount);
        var has = original.Element(Rel + "program")!.Descendants(Rel + "intra_work_relation").Single();
        Assert.Equal(("hasTranslation", "doi", "10.5555/rp.2025.017.en"),
            ((string)has.Attribute("relationship-type")!, (string)has.Attribute("identifier-type")!, has.Value));
        var of = translation.Element(Rel + "program")!.Descendants(Rel + "intra_work_relation").Single();
        Assert.Equal(("isTranslationOf", "10.5555/rp.2025.017"), ((string)of.Attribute("relationship-type")!, of.Value));
        Assert.Equal("en", (string?)translation.Attribute("language"));
        Assert.Equal("Effect of exercise on arthritis", translation.Element(Cr + "titles")!.Element(Cr + "title")!.Value);
        Assert.Equal("https://journal.example/tj/articles/7?lang=en", translation.Element(Cr + "doi_data")!.Element(Cr + "resource")!.Value);
        Assert.Equal(["author:Pérez Gil", "author:Grupo de Estudio ARTE", "author:Ruiz", "translator:Brown"],
            translation.Element(Cr + "contributors")!.Elements().Select(c => $"{c.Attribute("contributor_role")!.Value}:{c.Element(Cr + "surname")?.Value ?? c.Value}"));
        Assert.Equal("Translated abstract.", translation.Element(Jats + "abstract")!.Value);
    }

    [Fact]
    public void Citations_carry_key_doi_structured_fields_and_the_citation_as_text()
    {
        var citations = Record(Bilingual(), "10.5555/rp.2025.017").Element(Cr + "citation_list")!.Elements(Cr + "citation").ToList();

        Assert.Equal(["r1", "r2"], citations.Select(c => (string)c.Attribute("key")!));
        Assert.Equal("journal_article", (string?)citations[0].Attribute("type"));
        Assert.Equal("10.5555/cited.1", citations[0].Element(Cr + "doi")!.Value);
        Assert.Equal("J Tests", citations[0].Element(Cr + "journal_title")!.Value);
        Assert.Equal("Smith", citations[0].Element(Cr + "author")!.Value);
        Assert.Equal("2020", citations[0].Element(Cr + "cYear")!.Value);
        // An element-citation is punctuated by the Vancouver style; a mixed-citation stays as the publisher wrote it.
        Assert.StartsWith("Smith J. A cited work. J Tests. 2020;1:1", citations[0].Element(Cr + "unstructured_citation")!.Value, StringComparison.Ordinal);
        Assert.Equal("Jones A. A Book. Madrid: Prensa; 2019.", citations[1].Element(Cr + "unstructured_citation")!.Value);
        Assert.Equal("book", (string?)citations[1].Attribute("type"));
        Assert.Null(citations[1].Element(Cr + "doi"));
    }

    [Fact]
    public void An_article_without_a_doi_is_left_out_and_named_and_a_refused_name_is_reported()
    {
        var deposit = Deposit(Work(CrossrefJats.WithoutDoi, id: 3), Work(CrossrefJats.WithDoiAndBadName("10.5555/tj.9"), id: 4));
        var article = deposit.ToDocument().Descendants(Cr + "journal_article").Single();

        Assert.Equal(1, deposit.RecordCount);
        Assert.Contains(deposit.Problems, p => p.StartsWith("article 3 (\"No DOI here\") has no DOI", StringComparison.Ordinal));
        Assert.Contains(deposit.Problems, p => p.StartsWith("10.5555/tj.9: contributor 1 (\"Inés ?lvarez\")", StringComparison.Ordinal));
        var person = article.Element(Cr + "contributors")!.Element(Cr + "person_name")!;
        Assert.Equal(("first", "Okafor"), ((string)person.Attribute("sequence")!, person.Element(Cr + "surname")!.Value));
        Assert.Equal(["10", "12"], article.Element(Cr + "pages")!.Elements().Select(e => e.Value));
        Assert.Equal("online:2024", string.Join(",", article.Elements(Cr + "publication_date").Select(d => $"{d.Attribute("media_type")!.Value}:{d.Value}")));
    }

    [Fact]
    public void Articles_of_one_issue_share_one_journal_element()
    {
        var deposit = Deposit(Work(CrossrefJats.WithDoiAndBadName("10.5555/tj.1"), id: 1), Work(CrossrefJats.WithDoiAndBadName("10.5555/tj.2"), id: 2));

        var journal = Assert.Single(deposit.ToDocument().Descendants(Cr + "journal"));
        Assert.Equal(2, journal.Elements(Cr + "journal_article").Count());
    }

    [Fact]
    public void Golden_output_is_the_same_for_the_same_input_and_clock()
    {
        var first = Deposit(Work(CrossrefJats.Bilingual)).ToXml();
        var second = Deposit(Work(CrossrefJats.Bilingual)).ToXml();

        Assert.Equal(first, second);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<doi_batch version=\"5.4.0\"", first.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Translation_relations_come_from_sub_articles_with_their_own_doi()
    {
        var relations = CrossrefRelations.TranslationRelations(Work(CrossrefJats.Bilingual));

        Assert.Equal([new CrossrefRelation(CrossrefRelation.HasTranslation, "10.5555/rp.2025.017.en")], relations);
    }
}
