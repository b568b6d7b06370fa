using Revista.Jats;

namespace Revista.Tests.Jats;

public sealed class JatsReaderObjectsTests
{
    [Fact]
    public void Reads_figures_including_those_in_a_fig_group()
    {
        var article = JatsSample.Read(JatsSample.Meta("", body: """
            <fig id="f1"><label>Figure 1.</label>
              <caption><title>Colony development.</title><p>Rosettes form in <italic>S. rosetta</italic>.</p></caption>
              <alt-text>Micrograph of rosette colonies</alt-text>
              <alternatives><graphic xlink:href="fig1.tif"/><graphic xlink:href="fig1.jpg"/></alternatives>
            </fig>
            <fig-group id="fg1"><caption><title>Group</title></caption>
              <fig id="f2a"><label>A</label><graphic xlink:href="fig2a.png"/></fig>
              <fig id="f2b"><label>B</label><graphic xlink:href="fig2b.png"/></fig>
            </fig-group>
            """));

        Assert.Equal(["f1", "f2a", "f2b"], article.Figures.Select(f => f.Id));
        var first = article.Figures[0];
        Assert.Equal("Figure 1.", first.Label);
        Assert.Equal("Colony development. Rosettes form in S. rosetta.", first.Caption.Text);
        Assert.NotEmpty(first.Caption.Html);
        Assert.Equal("Micrograph of rosette colonies", first.AltText);
        Assert.Equal(["fig1.tif", "fig1.jpg"], first.GraphicHrefs);
        Assert.All(article.Figures, f => Assert.Null(f.SubArticleId));
    }

    [Fact]
    public void Reads_tables_and_keeps_their_footnotes_out_of_the_back_matter_footnotes()
    {
        var article = JatsSample.Read(JatsSample.Meta("",
            body: """
            <table-wrap id="t1"><label>Table 1</label><caption><title>Participants</title></caption>
              <table><tr><td>1</td></tr></table>
              <table-wrap-foot><fn-group><fn id="tfn1"><p>Table note.</p></fn></fn-group></table-wrap-foot>
            </table-wrap>
            """,
            back: """
            <sec sec-type="additional-information"><fn-group content-type="competing-interest"><title>Competing interests</title>
              <fn fn-type="conflict" id="conf1"><p>None declared.</p></fn></fn-group></sec>
            <fn-group><fn id="fn1"><label>a</label><p>R Core Team. R. Vienna; 2011.</p></fn></fn-group>
            """));

        var table = article.Tables.Single();
        Assert.Equal(("t1", "Table 1", "Participants"), (table.Id, table.Label, table.Caption.Text));
        Assert.Equal(["conf1", "fn1"], article.Footnotes.Select(f => f.Id));
        Assert.Equal(("conflict", "Competing interests", "None declared."), (article.Footnotes[0].Type, article.Footnotes[0].Title, article.Footnotes[0].Content.Text));
        Assert.Equal(("a", "R Core Team. R. Vienna; 2011."), (article.Footnotes[1].Label, article.Footnotes[1].Content.Text));
    }

    [Fact]
    public void Tells_display_formulas_apart_by_their_richest_form()
    {
        var article = JatsSample.Read(JatsSample.Meta("", body: """
            <disp-formula id="e1"><label>(1)</label><mml:math><mml:mi>x</mml:mi></mml:math></disp-formula>
            <disp-formula id="e2"><tex-math>x^2</tex-math></disp-formula>
            <disp-formula id="e3"><graphic xlink:href="e3.gif"/></disp-formula>
            <disp-formula id="e4"><alternatives><graphic xlink:href="e4.gif"/><tex-math>y</tex-math><mml:math><mml:mi>y</mml:mi></mml:math></alternatives></disp-formula>
            <disp-formula id="e5">a + b = c</disp-formula>
            """));

        Assert.Equal(["mathml", "tex", "graphic", "mathml", "text"], article.Formulas.Select(f => f.Kind));
        Assert.Equal("(1)", article.Formulas[0].Label);
    }

    [Fact]
    public void Reads_supplementary_material_with_its_media_file_and_type()
    {
        var article = JatsSample.Read(JatsSample.Meta("", back: """
            <sec sec-type="supplementary-material">
              <supplementary-material id="SD1"><label>Supplementary file 1.</label>
                <caption><title>Underlying data.</title></caption>
                <media mimetype="application" mime-subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet" xlink:href="data1.xlsx"/>
              </supplementary-material>
              <supplementary-material id="SD2" xlink:href="code.zip" mimetype="application/zip"/>
            </sec>
            """));

        Assert.Equal(2, article.Supplements.Count);
        var data = article.Supplements[0];
        Assert.Equal(("SD1", "Supplementary file 1.", "Underlying data.", "data1.xlsx"), (data.Id, data.Label, data.Caption.Text, data.Href));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data.MimeType);
        Assert.Equal(("code.zip", "application/zip"), (article.Supplements[1].Href, article.Supplements[1].MimeType));
    }

    [Fact]
    public void Lists_every_file_the_xml_names_once_in_document_order()
    {
        var article = JatsSample.Read(JatsSample.Meta(
            """<self-uri content-type="pdf" xlink:href="article.pdf"/><self-uri xlink:href="https://journal.example/a/1"/>""",
            body: """
            <p>See <inline-graphic xlink:href="icon.png"/>.</p>
            <fig id="f1"><graphic xlink:href="fig1.jpg" mimetype="image" mime-subtype="jpeg"/></fig>
            <fig id="f2"><graphic xlink:href="fig1.jpg"/><media id="v1" xlink:href="movie.mp4" mimetype="video" mime-subtype="mp4"/></fig>
            """,
            back: """<supplementary-material id="S1" xlink:href="s1.pdf"/>"""));

        Assert.Equal(
            [
                new JatsAssetReference("article.pdf", "self-uri", null, null),
                new JatsAssetReference("icon.png", "inline-graphic", null, null),
                new JatsAssetReference("fig1.jpg", "graphic", "f1", "image/jpeg"),
                new JatsAssetReference("movie.mp4", "media", "v1", "video/mp4"),
                new JatsAssetReference("s1.pdf", "supplementary-material", "S1", null),
            ],
            article.AssetReferences);
    }

    [Fact]
    public void Objects_inside_a_sub_article_carry_its_id()
    {
        var article = JatsSample.Read("""
            <article xmlns:xlink="http://www.w3.org/1999/xlink" xml:lang="pt"><front><article-meta/></front>
              <body><fig id="f1"><graphic xlink:href="gf1.jpg"/></fig><table-wrap id="t1"/></body>
              <sub-article article-type="translation" id="TRen" xml:lang="en">
                <front-stub><title-group><article-title>Title</article-title></title-group></front-stub>
                <body><fig id="f1_en"><graphic xlink:href="gf1-en.jpg"/></fig><table-wrap id="t1_en"/><disp-formula id="e1_en"><tex-math>x</tex-math></disp-formula>
                  <supplementary-material id="s1_en" xlink:href="s1-en.pdf"/></body>
              </sub-article>
            </article>
            """);

        Assert.Equal([("f1", null), ("f1_en", "TRen")], article.Figures.Select(f => (f.Id, f.SubArticleId)));
        Assert.Equal([("t1", null), ("t1_en", "TRen")], article.Tables.Select(t => (t.Id, t.SubArticleId)));
        Assert.Equal("TRen", article.Formulas.Single().SubArticleId);
        Assert.Equal("TRen", article.Supplements.Single().SubArticleId);
    }
}
