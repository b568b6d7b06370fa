using Revista.Jats;

namespace Revista.Tests.Jats;

public sealed class JatsReaderJournalTests
{
    [Fact]
    public void Reads_journal_meta_in_jats_form()
    {
        var article = JatsSample.Read("""
            <article><front>
              <journal-meta>
                <journal-id journal-id-type="nlm-ta">Rev Test</journal-id>
                <journal-id journal-id-type="publisher-id">rt</journal-id>
                <journal-title-group>
                  <journal-title>Revista de Prueba</journal-title>
                  <trans-title-group xml:lang="en"><trans-title>Test Journal</trans-title></trans-title-group>
                  <abbrev-journal-title abbrev-type="iso-abbrev">Rev. Prueba</abbrev-journal-title>
                </journal-title-group>
                <issn publication-format="print">1234-5678</issn>
                <issn publication-format="electronic">8765-4321</issn>
                <issn-l>1234-5678</issn-l>
                <publisher><publisher-name>Sociedad de Prueba</publisher-name><publisher-loc>Bogotá</publisher-loc></publisher>
              </journal-meta>
              <article-meta/>
            </front></article>
            """);

        var journal = article.Journal;
        Assert.Equal([new JatsId("nlm-ta", "Rev Test"), new JatsId("publisher-id", "rt")], journal.JournalIds);
        Assert.Equal("Revista de Prueba", journal.Title);
        Assert.Equal("en", journal.TransTitles.Single().Language);
        Assert.Equal("Test Journal", journal.TransTitles.Single().Title.Text);
        Assert.Equal([new JatsId("iso-abbrev", "Rev. Prueba")], journal.AbbreviatedTitles);
        Assert.Equal([new JatsId("ppub", "1234-5678"), new JatsId("epub", "8765-4321"), new JatsId("issn-l", "1234-5678")], journal.Issns);
        Assert.Equal("Sociedad de Prueba", journal.PublisherName);
        Assert.Equal("Bogotá", journal.PublisherLocation);
    }

    [Fact]
    public void Reads_nlm_2_journal_titles_written_directly_in_journal_meta()
    {
        var article = JatsSample.Read("""
            <article><front>
              <journal-meta>
                <journal-id journal-id-type="nlm-ta">Old J</journal-id>
                <journal-title>Old Journal</journal-title>
                <trans-title xml:lang="fr">Vieux Journal</trans-title>
                <abbrev-journal-title>Old J.</abbrev-journal-title>
                <issn pub-type="ppub">1111-2222</issn>
                <issn>3333-4444</issn>
              </journal-meta>
            </front></article>
            """);

        Assert.Equal("Old Journal", article.Journal.Title);
        Assert.Equal(("fr", "Vieux Journal"), (article.Journal.TransTitles.Single().Language, article.Journal.TransTitles.Single().Title.Text));
        Assert.Equal([new JatsId("unknown", "Old J.")], article.Journal.AbbreviatedTitles);
        Assert.Equal([new JatsId("ppub", "1111-2222"), new JatsId("unknown", "3333-4444")], article.Journal.Issns);
    }
}
