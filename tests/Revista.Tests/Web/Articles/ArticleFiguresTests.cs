using Revista.Web.Articles;

namespace Revista.Tests.Web.Articles;

/// <summary>Figures and tables read from a rendered full-text fragment, and the links to their pages.</summary>
public sealed class ArticleFiguresTests
{
    private const string Fragment = """
        <p>See <a href="#f1" class="xref xref-fig">Figure 1</a>.</p>
        <figure id="f1" class="fig"><div class="graphic"><img src="/assets/a/1.png" alt="One" width="10" height="20"></div>
        <figcaption><p class="caption-title"><span class="label">Figure <span class="bold">1</span></span> A title</p>
        <p class="download"><a href="/assets/a/1.png" download>Download</a> (5 KB)</p>
        </figcaption>
        </figure>
        <figure class="table-wrap" id="t1"><figcaption><p class="caption-title"><span class="label">Table 1</span></p></figcaption><table><tr><td>x</td></tr></table></figure>
        <figure class="fig"><div class="graphic"><img src="/assets/b/2.png" alt="" width="10" height="20"></div></figure>
        <figure class="fig-group" id="g1"><figure id="f3" class="fig"><figcaption><p>Third &amp; last</p></figcaption></figure></figure>
        """;

    [Fact]
    public void Reads_figures_in_order_with_labels_then_tables_apart()
    {
        var figures = ArticleFigures.Of(FragmentOutline.Of(Fragment, "en"), "en");

        Assert.Equal(["f1", "2", "f3"], figures.Figures.Select(f => f.Key));
        Assert.Equal(["f1", null, "f3"], figures.Figures.Select(f => f.ElementId));
        Assert.Equal(["Figure 1", "", ""], figures.Figures.Select(f => f.Label));
        Assert.StartsWith("<figure id=\"f1\" class=\"fig\">", figures.Figures[0].Html, StringComparison.Ordinal);
        Assert.EndsWith("</figure>", figures.Figures[0].Html, StringComparison.Ordinal);
        Assert.Contains("Third &amp; last", figures.Figures[2].Html, StringComparison.Ordinal);
        var table = Assert.Single(figures.Tables);
        Assert.Equal(("t1", "Table 1"), (table.Key, table.Label));
    }

    [Fact]
    public void Finds_a_figure_with_its_neighbours()
    {
        var figures = ArticleFigures.Of(FragmentOutline.Of(Fragment, "en"), "en");

        var (previous, figure, next) = figures.Find("2")!.Value;

        Assert.Equal(("f1", "2", "f3"), (previous!.Key, figure.Key, next!.Key));
        Assert.Null(figures.Find("f1")!.Value.Previous);
        Assert.Null(figures.Find("f3")!.Value.Next);
        Assert.Null(figures.Find("t1"));
        Assert.Null(figures.Find("F1"));
    }

    [Fact]
    public void Figures_borrowed_from_the_original_keep_the_original_language()
    {
        var html = "<figure id=\"s1-f9\" class=\"fig\"><figcaption><p>propia</p></figcaption></figure>\n"
            + "<div class=\"borrowed\" lang=\"en\"><figure id=\"f1\" class=\"fig\"><figcaption><p>borrowed</p></figcaption></figure></div>";

        var figures = ArticleFigures.Of(FragmentOutline.Of(html, "es"), "en");

        Assert.Equal(["es", "en"], figures.Figures.Select(f => f.Language));
    }

    [Fact]
    public void Adds_a_link_to_each_figure_page_inside_its_caption_or_at_its_end()
    {
        var linked = ArticleFigures.WithFigureLinks(Fragment, "/j/articles/7", "View <figure>", "Close", "Open page");

        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(linked);
        var links = document.QuerySelectorAll("figure.fig .figure-view a");
        Assert.Equal(["/j/articles/7/figures/f1", "/j/articles/7/figures/2", "/j/articles/7/figures/f3"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["figcaption", "figure", "figcaption"], links.Select(a => a.ParentElement!.ParentElement!.LocalName));
        Assert.All(links, a => Assert.Equal("View <figure>", a.TextContent));
        Assert.Equal(["f1", null, "f3"], links.Select(a => a.GetAttribute("data-figure")));
        Assert.Equal("Close", links[0].GetAttribute("data-close"));
        Assert.Empty(document.QuerySelectorAll("figure.table-wrap .figure-view"));
        // Nothing else changes: without the added paragraphs the fragment is as the renderer wrote it.
        Assert.Equal(Fragment, System.Text.RegularExpressions.Regex.Replace(linked, "<p class=\"figure-view\">.*?</a></p>\n", ""));
    }

    [Fact]
    public void Figure_keys_are_escaped_in_links()
    {
        var figure = new ArticleFigure("fig 1/a", "fig 1/a", "", "", "en");

        Assert.Equal("/j/articles/1/figures/fig%201%2Fa", ArticleFigures.PagePath("/j/articles/1", figure));
    }
}
