using Revista.Web.Articles;

namespace Revista.Tests.Web.Articles;

/// <summary>A translation borrows the original's figures, tables and references it links to but does not carry.</summary>
public sealed class FragmentBlocksTests
{
    private const string Original =
        """<p>Text <a href="#f1">Fig. 1</a></p><figure id="f1" class="fig"><figure id="inner" class="fig"><p>nested</p></figure></figure>"""
        + """<figure id="f2" class="fig"><p>unused</p></figure><figure id="t1" class="table-wrap"><table></table></figure>"""
        + """<section class="ref-list"><h2>References</h2><section class="ref-list"><ol><li id="r1" class="ref">A</li></ol></section></section>""";

    [Fact]
    public void Borrows_the_linked_figures_and_the_whole_reference_list()
    {
        var borrowed = FragmentBlocks.Borrowed("""<p>Texto <a href="#f1">Fig. 1</a>, <a href="#t1">Tabla 1</a> y <a href="#r1">1</a></p>""", Original);

        Assert.Contains("""<figure id="f1" class="fig"><figure id="inner" class="fig"><p>nested</p></figure></figure>""", borrowed, StringComparison.Ordinal);
        Assert.Contains("""<figure id="t1" class="table-wrap">""", borrowed, StringComparison.Ordinal);
        Assert.DoesNotContain("f2", borrowed, StringComparison.Ordinal);
        Assert.Contains("""<li id="r1" class="ref">A</li></ol></section></section>""", borrowed, StringComparison.Ordinal);
        Assert.Equal(1, borrowed.Split("<h2>References</h2>").Length - 1);
    }

    [Fact]
    public void Borrows_nothing_the_translation_already_has()
    {
        var translation = """<p><a href="#f1">Fig. 1</a></p><figure id="f1" class="fig"></figure><section class="ref-list"></section>""";

        Assert.Equal("", FragmentBlocks.Borrowed(translation, Original));
    }

    [Fact]
    public void The_outline_counts_figures_and_tables_and_gives_the_reference_list_an_anchor()
    {
        var outline = FragmentOutline.Of(Original, "en");

        Assert.Equal((3, 1), (outline.Figures, outline.Tables));
        Assert.Equal(("f1", "t1"), (outline.FirstFigureId, outline.FirstTableId));
        Assert.Equal(FragmentOutline.ReferencesAnchor, outline.ReferencesId);
        Assert.Contains("""<section id="references" class="ref-list"><h2>""", outline.Html, StringComparison.Ordinal);
    }
}
