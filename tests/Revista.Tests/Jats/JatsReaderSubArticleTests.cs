namespace Revista.Tests.Jats;

public sealed class JatsReaderSubArticleTests
{
    [Fact]
    public void Reads_a_scielo_translation_sub_article_with_its_front_stub()
    {
        var article = JatsSample.Read("""
            <article xmlns:xlink="http://www.w3.org/1999/xlink" article-type="research-article" xml:lang="pt">
              <front><article-meta>
                <article-categories><subj-group subj-group-type="heading"><subject>Artigos Originais</subject></subj-group></article-categories>
                <title-group><article-title>Adesão ao tratamento da hipertensão</article-title></title-group>
                <abstract><p>Resumo.</p></abstract>
              </article-meta></front>
              <sub-article article-type="translation" xml:lang="en" id="TRen">
                <front-stub>
                  <article-id pub-id-type="doi">10.1590/S0034-8910.2014048005044.en</article-id>
                  <article-categories><subj-group subj-group-type="heading"><subject>Original Articles</subject></subj-group></article-categories>
                  <title-group><article-title>Adherence to hypertension treatment</article-title><subtitle>An instrument</subtitle></title-group>
                  <author-notes><corresp><label>Correspondence</label>: <email>m@example.org</email></corresp></author-notes>
                  <abstract><sec><title>OBJECTIVE</title><p>To validate.</p></sec></abstract>
                  <kwd-group xml:lang="en"><kwd>Patient Compliance</kwd></kwd-group>
                </front-stub>
                <body><p>Text.</p></body>
              </sub-article>
            </article>
            """);

        var translation = Assert.Single(article.SubArticles);
        Assert.Equal(("TRen", "translation", "en", true), (translation.Id, translation.ArticleType, translation.Language, translation.IsTranslation));
        Assert.Equal(("Adherence to hypertension treatment", "An instrument"), (translation.Title.Text, translation.Subtitle?.Text));
        Assert.Equal("10.1590/S0034-8910.2014048005044.en", translation.Doi);
        Assert.Equal("Original Articles", translation.Section);
        Assert.Equal(("en", "OBJECTIVE: To validate."), (translation.Abstracts.Single().Language, translation.Abstracts.Single().Text));
        Assert.Equal(["Patient Compliance"], translation.KeywordGroups.Single().Keywords);
        Assert.Equal("corresp", translation.AuthorNotes.Single().Type);
        Assert.Null(translation.ParentId);
        Assert.Equal("Artigos Originais", article.Section);
    }

    [Fact]
    public void An_untyped_titled_sub_article_in_another_language_is_a_translation()
    {
        var article = JatsSample.Read("""
            <article article-type="research-article" xml:lang="es"><front><article-meta/></front>
              <sub-article id="s-en" xml:lang="en"><front-stub><title-group><article-title>English version</article-title></title-group></front-stub></sub-article>
              <sub-article id="s-pt" article-type="research-article" xml:lang="pt"><front-stub><title-group><article-title>Versão</article-title></title-group></front-stub></sub-article>
            </article>
            """);

        Assert.All(article.SubArticles, s => Assert.True(s.IsTranslation, s.Id));
    }

    [Fact]
    public void A_review_in_another_language_is_not_a_translation()
    {
        var article = JatsSample.Read("""
            <article article-type="research-article" xml:lang="pt"><front><article-meta/></front>
              <sub-article article-type="reviewer-report" id="s2" xml:lang="en">
                <front-stub><title-group><article-title>Review 1</article-title></title-group>
                  <contrib-group><contrib contrib-type="author"><name><surname>Castro</surname><given-names>Rodrigo</given-names></name><role specific-use="reviewer">Reviewer</role><xref ref-type="aff" rid="aff4"/></contrib></contrib-group>
                  <aff id="aff4"><institution content-type="original">Universidade Federal de Pernambuco, Recife, Brasil</institution></aff>
                </front-stub>
              </sub-article>
            </article>
            """);

        var review = article.SubArticles.Single();
        Assert.False(review.IsTranslation);
        Assert.Equal(("reviewer-report", "en"), (review.ArticleType, review.Language));
        Assert.Equal("Rodrigo Castro", review.Contributors.Single().DisplayName);
        Assert.Equal(["aff4"], review.Contributors.Single().AffiliationIds);
        Assert.Equal("Universidade Federal de Pernambuco, Recife, Brasil", review.Affiliations.Single().Text);
    }

    [Fact]
    public void A_reply_nested_in_a_translation_knows_its_parent_and_inherits_its_language()
    {
        var article = JatsSample.Read("""
            <article article-type="letter" xml:lang="pt"><front><article-meta/></front>
              <sub-article article-type="reply" id="s1"><front-stub><title-group><article-title>Resposta</article-title></title-group></front-stub></sub-article>
              <sub-article article-type="translation" id="TRen" xml:lang="en">
                <front-stub><title-group><article-title>Letter</article-title></title-group></front-stub>
                <sub-article article-type="reply" id="s2"><front-stub><title-group><article-title>Reply</article-title></title-group></front-stub></sub-article>
              </sub-article>
            </article>
            """);

        Assert.Equal(
            [("s1", null, "pt", false), ("TRen", null, "en", true), ("s2", "TRen", "en", false)],
            article.SubArticles.Select(s => (s.Id, s.ParentId, s.Language, s.IsTranslation)));
    }

    [Fact]
    public void Reads_an_elife_decision_letter_with_its_editors_and_doi()
    {
        var article = JatsSample.Read("""
            <article article-type="research-article"><front><article-meta/></front>
              <sub-article article-type="article-commentary" id="SA1">
                <front-stub>
                  <article-id pub-id-type="doi">10.7554/eLife.00013.037</article-id>
                  <title-group><article-title>Decision letter</article-title></title-group>
                  <contrib-group><contrib contrib-type="editor"><name><surname>Sneden</surname><given-names>Christopher</given-names></name><role>Reviewing editor</role>
                    <aff><institution>Pediatric Dengue Vaccine Initiative</institution>, <country>United States</country></aff></contrib></contrib-group>
                </front-stub>
                <body><p>Letter.</p></body>
              </sub-article>
            </article>
            """);

        var letter = article.SubArticles.Single();
        Assert.Equal(("SA1", "article-commentary", "en", false), (letter.Id, letter.ArticleType, letter.Language, letter.IsTranslation));
        Assert.Equal("10.7554/eLife.00013.037", letter.Doi);
        Assert.Equal("Decision letter", letter.Title.Text);
        var editor = letter.Contributors.Single();
        Assert.Equal(("editor", "Reviewing editor"), (editor.ContribType, editor.Roles.Single().Text));
        Assert.Equal(["Pediatric Dengue Vaccine Initiative, United States"], editor.InlineAffiliations);
    }

    [Fact]
    public void Reads_an_nlm_response_as_a_sub_article()
    {
        var article = JatsSample.Read("""
            <article article-type="letter"><front><article-meta/></front>
              <response response-type="reply" id="r1"><front-stub><title-group><article-title>Authors' reply</article-title></title-group></front-stub></response>
            </article>
            """);

        Assert.Equal(("r1", "reply", "Authors' reply"), (article.SubArticles.Single().Id, article.SubArticles.Single().ArticleType, article.SubArticles.Single().Title.Text));
    }

    [Fact]
    public void A_sub_article_without_an_id_gets_a_stable_one_that_its_objects_share()
    {
        var article = JatsSample.Read("""
            <article xmlns:xlink="http://www.w3.org/1999/xlink"><front><article-meta/></front>
              <sub-article article-type="reply"><front-stub/><body><fig id="rf1"><graphic xlink:href="r.png"/></fig></body></sub-article>
            </article>
            """);

        Assert.Equal("sub-article-1", article.SubArticles.Single().Id);
        Assert.Equal("sub-article-1", article.Figures.Single().SubArticleId);
    }
}
